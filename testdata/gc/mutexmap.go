// mutexmap: four workers share a map[int]*item guarded by a sync.Mutex. Each visit of a key
// bumps its count and appends to its history; the fifth visit deletes the item, so its
// payload becomes garbage. The outcome does not depend on how the workers interleave.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type item struct {
	count   int
	history []int
	payload []byte
}

var (
	mu     sync.Mutex
	shared = map[int]*item{}
)

func visit(w, key int) {
	mu.Lock()
	defer mu.Unlock()
	it := shared[key]
	if it == nil {
		it = &item{payload: make([]byte, 96+key%160)}
		shared[key] = it
	}
	it.count++
	it.history = append(it.history, w)
	if it.count == 5 {
		delete(shared, key)
	}
}

func worker(w int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 150000; i++ {
		visit(w, (i*7919+w*31)%40000)
	}
}

func main() {
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(w, &wg)
	}
	wg.Wait()
	counts, hist, bytes := 0, 0, 0
	for k, it := range shared {
		counts += it.count * (k%7 + 1)
		hist += len(it.history)
		bytes += len(it.payload)
	}
	fmt.Println("items", len(shared), "counts", counts, "history", hist, "bytes", bytes)

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	numgc := m.NumGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Printf("gcstat numgc=%d live=%d\n", numgc, m.HeapAlloc)
}
