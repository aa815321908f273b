// Package wgmisuse is a kernel of WaitGroup misuse: Add is called inside the goroutine, so Wait
// may return before a late goroutine has been counted.
package wgmisuse

import (
	"sync"
	"sync/atomic"
)

func checksum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s = (s*31 + i) % 1000003
	}
	return s
}

// Sum adds the items concurrently and returns the total and a checksum of the work.
func Sum(items []int) (int64, int) {
	var wg sync.WaitGroup
	var total int64
	for _, it := range items {
		go func(v int) {
			wg.Add(1) // the bug: Add belongs before the go statement
			defer wg.Done()
			atomic.AddInt64(&total, int64(v))
		}(it)
	}
	c := checksum(300000) // meanwhile, some work of our own
	wg.Wait()
	return atomic.LoadInt64(&total), c
}
