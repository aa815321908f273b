// mapbuild: a map[int]*rec of 100,000 entries stays live while 20 temporary maps of 20,000
// entries each (with *rec values) are built, summed and dropped, and live entries are replaced.
package main

import (
	"fmt"
	"runtime"
)

type rec struct {
	id   int
	name []byte
	next *rec
}

var live map[int]*rec

func main() {
	live = make(map[int]*rec)
	for i := 0; i < 100000; i++ {
		live[i] = &rec{id: i, name: make([]byte, 16)}
	}
	total := 0
	for r := 0; r < 20; r++ {
		tmp := make(map[int]*rec)
		var prev *rec
		for i := 0; i < 20000; i++ {
			prev = &rec{id: i * r, name: make([]byte, 24), next: prev}
			tmp[i*7+r] = prev
		}
		for k, v := range tmp {
			total += (k + v.id) & 15
		}
		for i := 0; i < 5000; i++ {
			k := (i*131 + r*7919) % 100000
			live[k] = &rec{id: k, name: make([]byte, 16)}
		}
	}
	fmt.Println("total", total, "live", len(live))
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Printf("gcpace numgc=%d\n", m.NumGC)
}
