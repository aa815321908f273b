// Benchmark: insert then look up string keys in a map, measuring string hashing and the
// faststr paths. Usage: map_string [n]; prints the map size and a checksum.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	keys := make([]string, n)
	for i := range keys {
		keys[i] = "key-" + strconv.Itoa(i*31)
	}
	m := make(map[string]int)
	for i, k := range keys {
		m[k] = i
	}
	sum := 0
	for r := 0; r < 3; r++ {
		for _, k := range keys {
			sum += m[k]
		}
	}
	fmt.Println(len(m), sum)
}
