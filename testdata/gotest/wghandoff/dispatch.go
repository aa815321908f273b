// Package wghandoff hands jobs to a worker and waits for them.
package wghandoff

import "sync"

// Sum queues each job for a worker goroutine, which adds it up, and returns the total once
// the worker has taken every job. The bug: a job is counted (wg.Add) after it is queued, so
// the worker may be done with it (wg.Done) first, and the counter goes negative.
func Sum(jobs []int) int {
	ch := make(chan int, len(jobs))
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	go func() {
		for j := range ch {
			mu.Lock()
			total += j
			mu.Unlock()
			wg.Done()
		}
	}()
	for _, j := range jobs {
		ch <- j
		wg.Add(1)
	}
	close(ch)
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	return total
}
