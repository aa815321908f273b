// workers: four goroutines allocate at the same time, each building short-lived linked
// chunks and a long-lived slice of boxed values that it hands back through a global slot.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type cell struct {
	v    int
	next *cell
}

type box struct {
	id   int
	data []int
}

var results [4][]*box
var scratch [4]*cell

func chain(n, base int) *cell {
	var c *cell
	for i := 0; i < n; i++ {
		c = &cell{v: base + i, next: c}
	}
	return c
}

func work(w int) {
	var keep []*box
	for round := 0; round < 100; round++ {
		scratch[w] = chain(20000, round*w)
		s := 0
		for c := scratch[w]; c != nil; c = c.next {
			s += c.v % 7
		}
		keep = append(keep, &box{id: w*1000 + round, data: make([]int, 2000+s%50)})
	}
	scratch[w] = nil
	results[w] = keep
}

func main() {
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			work(w)
		}(w)
	}
	wg.Wait()
	sum := 0
	for w := 0; w < 4; w++ {
		for _, b := range results[w] {
			sum += b.id + len(b.data)
		}
	}
	fmt.Println("boxes", 4*len(results[0]), "checksum", sum)

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	numgc := m.NumGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Printf("gcstat numgc=%d live=%d\n", numgc, m.HeapAlloc)
}
