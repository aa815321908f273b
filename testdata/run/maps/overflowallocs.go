// The allocations of a growing map: its bucket arrays and overflow buckets, and for a map whose
// buckets hold no pointers (map[int]int) the mapextra and the []*bmap list that keeps its
// overflow buckets alive, which append grows (allocations of at most 32 bytes). Each map has
// its own hash seed, so the counts are averages over many maps, rounded (sizes chosen so that
// the averages stay clear of a half).
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

func fillInts(n int) int {
	m := make(map[int]int)
	for j := 0; j < n; j++ {
		m[j] = j
	}
	return len(m)
}

func fillStrings(keys []string) int {
	m := make(map[string]int)
	for j, k := range keys {
		m[k] = j
	}
	return len(m)
}

func report(label string, f func()) {
	var a, b runtime.MemStats
	const runs = 4000
	runtime.ReadMemStats(&a)
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&b)
	small, big := 0.0, 0.0
	for k := range a.BySize {
		d := float64(b.BySize[k].Mallocs-a.BySize[k].Mallocs) / runs
		if a.BySize[k].Size <= 32 {
			small += d
		} else {
			big += d
		}
	}
	fmt.Printf("%-12s small %.0f, buckets %.0f\n", label, small, big)
}

func main() {
	for _, n := range []int{9, 27, 45} {
		n := n
		report("ints "+strconv.Itoa(n), func() { fillInts(n) })
	}
	keys := make([]string, 45)
	for i := range keys {
		keys[i] = "key" + strconv.Itoa(i*7919)
	}
	report("strings 45", func() { fillStrings(keys) })
}
