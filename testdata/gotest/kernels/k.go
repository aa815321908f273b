// Package kernels holds small concurrency bugs of kinds found in real Go code (written for
// gort's tests): a double lock, a WaitGroup Add inside the goroutine, and a missed Cond signal.
package kernels

import "sync"

// Cache locks in Get and again in the refresh Get calls: a double lock.
type Cache struct {
	mu   sync.Mutex
	vals map[string]int
}

func (c *Cache) Get(k string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.vals[k]
	if !ok {
		v = c.refresh(k)
	}
	return v
}

func (c *Cache) refresh(k string) int {
	c.mu.Lock() // already held by Get
	defer c.mu.Unlock()
	c.vals[k] = len(k)
	return c.vals[k]
}

// Sum adds the squares of xs in goroutines, calling Add inside each goroutine: Wait may
// return before they have all started.
func Sum(xs []int) int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for _, x := range xs {
		go func(x int) {
			wg.Add(1)
			defer wg.Done()
			mu.Lock()
			total += x * x
			mu.Unlock()
		}(x)
	}
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	return total
}

// Once signals ready without holding the lock and before the waiter waits: the signal can be
// lost, and the waiter sleeps forever.
func Once() bool {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	go func() {
		ready = true
		c.Signal()
	}()
	mu.Lock()
	c.Wait()
	mu.Unlock()
	return ready
}
