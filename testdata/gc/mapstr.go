// mapstr: a map[string]int with keys built by strconv is grown to 150,000 entries, then
// rebuilt from scratch three times; only the last map is live at the end.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

var counts map[string]int

func fill(n, gen int) map[string]int {
	m := make(map[string]int)
	for i := 0; i < n; i++ {
		key := "k" + strconv.Itoa(i*31+gen) + "-" + strconv.Itoa(gen)
		m[key] += i % 13
	}
	return m
}

func main() {
	total := 0
	for gen := 1; gen <= 4; gen++ {
		counts = fill(150000, gen)
		s := 0
		for k, v := range counts {
			s += v + len(k)
		}
		fmt.Println("generation", gen, "entries", len(counts), "sum", s)
		total += s
	}
	fmt.Println("checksum", total, "lookup", counts["k"+strconv.Itoa(31*500+4)+"-4"])

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	numgc := m.NumGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Printf("gcstat numgc=%d live=%d\n", numgc, m.HeapAlloc)
}
