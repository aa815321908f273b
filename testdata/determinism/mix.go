// Input of the determinism test (tools/determinism.test.ts): four goroutines allocate garbage,
// update a map under a mutex and report on a channel, while main selects over their results,
// a ticker and a done channel closed after a WaitGroup. What it prints depends on the
// schedule, so it differs between seeds; for one seed it must never change.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type node struct {
	next *node
	val  [8]int
}

func worker(w int, mu *sync.Mutex, m map[int]int, order *[]string, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	var head *node
	for i := 0; i < 300; i++ {
		head = &node{next: head}
		if i%50 == 0 {
			head = nil
		}
		mu.Lock()
		m[w*1000+i%7] += i
		if i%40 == 0 {
			*order = append(*order, fmt.Sprintf("w%d:%d", w, i))
		}
		mu.Unlock()
		if i%25 == 0 {
			runtime.Gosched()
		}
	}
	results <- w
}

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	m := map[int]int{}
	var order []string
	results := make(chan int, 4)
	done := make(chan struct{})
	tick := time.NewTicker(20 * time.Microsecond)
	defer tick.Stop()
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(w, &mu, m, &order, results, &wg)
	}
	go func() {
		wg.Wait()
		close(done)
	}()
	ticks := 0
	var finished []int
	for {
		select {
		case w := <-results:
			finished = append(finished, w)
		case <-tick.C:
			ticks++
		case <-done:
			for len(results) > 0 {
				finished = append(finished, <-results)
			}
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			fmt.Println("finished", finished, "ticks", ticks, "keys", len(m), "gcs", ms.NumGC > 0)
			fmt.Println(order)
			return
		}
	}
}
