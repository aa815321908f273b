// gcpercent: the program sets GOGC to 50 with debug.SetGCPercent, keeps a ring of 40,000
// records (about 8 MB with their payloads) live, and replaces ring slots round-robin so that
// each replaced record becomes garbage once no live record links to it.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type item struct {
	key     int
	payload []int64
	link    *item
}

var ring []*item

func newItem(key int, link *item) *item {
	it := &item{key: key, payload: make([]int64, 16+key%32), link: link}
	it.payload[0] = int64(key)
	return it
}

func main() {
	old := debug.SetGCPercent(50)
	ring = make([]*item, 40000)
	for i := range ring {
		ring[i] = newItem(i, nil)
	}
	sum := 0
	for i := 0; i < 400000; i++ {
		slot := (i * 7) % len(ring)
		// The replaced record's own link is cut, so at most one retired record hangs off
		// each live one.
		ring[slot].link = nil
		ring[slot] = newItem(i, ring[(slot+1)%len(ring)])
		sum += int(ring[slot].payload[0] % 10)
	}
	// Cut the links so that only the ring's current records stay reachable.
	for _, it := range ring {
		it.link = nil
	}
	fmt.Println("old GOGC", old, "checksum", sum)

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	numgc := m.NumGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Printf("gcstat numgc=%d live=%d\n", numgc, m.HeapAlloc)
}
