// slices: a []int is grown by append to 1,000,000 elements five times over (each growth
// leaves the old backing array as garbage), and a [][]byte of 60,000 rows of 1 to 300 bytes
// is built by append and kept live.
package main

import (
	"fmt"
	"runtime"
)

var ints []int
var rows [][]byte

func grow(n, mul int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i*mul%1009)
	}
	return s
}

func row(i int) []byte {
	var b []byte
	for j := 0; j < 1+i%300; j++ {
		b = append(b, byte(i+j))
	}
	return b
}

func main() {
	total := 0
	for round := 1; round <= 5; round++ {
		ints = grow(1000000, round)
		for _, v := range ints {
			total += v
		}
	}
	ints = nil
	for i := 0; i < 60000; i++ {
		rows = append(rows, row(i))
	}
	bytes := 0
	for _, r := range rows {
		bytes += len(r) + int(r[len(r)-1])
	}
	fmt.Println("ints checksum", total, "rows", len(rows), "bytes checksum", bytes)

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	numgc := m.NumGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Printf("gcstat numgc=%d live=%d\n", numgc, m.HeapAlloc)
}
