// mapheavy: map writes and reads in a loop, for the CPU profile's runtime frames
// (runtime.mapassign_fast64, runtime.mapaccess1_fast64) and allocation samples.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func fill(n int) map[int]int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i * 2
	}
	return m
}

func main() {
	total := 0
	rounds := 5
	if len(os.Args) > 1 {
		rounds, _ = strconv.Atoi(os.Args[1])
	}
	for r := 0; r < rounds; r++ {
		m := fill(20000)
		for i := 0; i < 20000; i++ {
			total += m[i]
		}
	}
	fmt.Println(total)
}
