// mapptr: a map[int]*record grows to 200,000 entries, records are replaced (the old ones
// become garbage) and every third key is deleted; the map stays live to the end.
package main

import (
	"fmt"
	"runtime"
)

type record struct {
	id    int
	score int
	name  string
	prev  *record
}

var table map[int]*record

func newRecord(id, score int, prev *record) *record {
	return &record{id: id, score: score, name: "rec", prev: prev}
}

func main() {
	table = make(map[int]*record)
	var last *record
	for i := 0; i < 200000; i++ {
		last = newRecord(i, i%97, last)
		table[i*7] = last
	}
	// Replace every record six times; the previous versions are unreachable afterwards.
	for pass := 1; pass <= 6; pass++ {
		for i := 0; i < 200000; i++ {
			table[i*7] = newRecord(i, (i*pass)%89, nil)
		}
	}
	last = nil
	for i := 0; i < 200000; i += 3 {
		delete(table, i*7)
	}
	sum := 0
	for k, r := range table {
		sum += k%11 + r.score + r.id%5
	}
	fmt.Println("entries", len(table), "checksum", sum)

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	numgc := m.NumGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Printf("gcstat numgc=%d live=%d\n", numgc, m.HeapAlloc)
}
