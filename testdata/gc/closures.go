// closures: tables of closures ([]func() int) that capture slices of a few kilobytes. Each
// round builds a new table and drops the old one, so the captured slices die with it; some
// closures also capture a counter they update. The last table stays live.
package main

import (
	"fmt"
	"runtime"
)

var table []func() int

func makeSummer(n, seed int) func() int {
	data := make([]int, n)
	for i := range data {
		data[i] = (i*seed + 11) % 97
	}
	return func() int {
		s := 0
		for _, v := range data {
			s += v
		}
		return s
	}
}

func makeCounter(buf []byte) func() int {
	calls := 0
	return func() int {
		calls++
		buf[calls%len(buf)]++
		return calls + len(buf)
	}
}

func build(round, n int) []func() int {
	fs := make([]func() int, 0, n)
	for i := 0; i < n; i++ {
		if i%4 == 3 {
			fs = append(fs, makeCounter(make([]byte, 3000+i%500)))
		} else {
			fs = append(fs, makeSummer(600+(i*round)%400, round+i))
		}
	}
	return fs
}

func main() {
	total := 0
	for round := 1; round <= 12; round++ {
		table = build(round, 600)
		for _, f := range table {
			total += f()
		}
		for i := 3; i < len(table); i += 4 {
			total += table[i]()
		}
	}
	table = build(13, 400)
	for _, f := range table {
		total += f()
	}
	fmt.Println("closures", len(table), "checksum", total)

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	numgc := m.NumGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Printf("gcstat numgc=%d live=%d\n", numgc, m.HeapAlloc)
	if table[0]() < 0 {
		fmt.Println("negative")
	}
}
