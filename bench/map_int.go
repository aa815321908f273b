// Benchmark: insert then look up int keys in a map, measuring the hashmap's fast64 paths.
// Usage: map_int [n]; prints the map size and a checksum.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 1200000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7919%n] = i
	}
	sum := 0
	for r := 0; r < 3; r++ {
		for i := 0; i < n; i++ {
			sum += m[i]
		}
	}
	fmt.Println(len(m), sum)
}
