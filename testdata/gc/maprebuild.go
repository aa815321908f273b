// maprebuild: a map[string][]int index is rebuilt from scratch several times. Every rebuild
// makes new keys (strconv), new value slices and a new map that grows by doubling; the old
// map is dropped whole. The final index stays live.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

var index map[string][]int

func rebuild(round, n int) map[string][]int {
	m := make(map[string][]int)
	for i := 0; i < n; i++ {
		key := "doc-" + strconv.Itoa(i%(n/2)) + "-" + strconv.Itoa(round)
		m[key] = append(m[key], i, i*round%13)
	}
	return m
}

func main() {
	total := 0
	for round := 1; round <= 6; round++ {
		index = rebuild(round, 80000)
		for k, v := range index {
			total += len(k) + v[0] + v[len(v)-1]
		}
	}
	total += len(index)
	fmt.Println("keys", len(index), "checksum", total)

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	numgc := m.NumGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Printf("gcstat numgc=%d live=%d\n", numgc, m.HeapAlloc)
	if len(index["doc-1-6"]) != 4 {
		fmt.Println("missing")
	}
}
