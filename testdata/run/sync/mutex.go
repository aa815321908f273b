// sync.Mutex protects a shared counter and map from many goroutines; the
// final values are deterministic even though the order is not.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
	n  int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
	c.n++
}

func main() {
	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				c.Inc(fmt.Sprint("k", g%3))
				if i%10 == 0 {
					runtime.Gosched()
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(c.n, c.m)
	var rw sync.RWMutex
	shared := 0
	for r := 0; r < 5; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			_ = shared
			rw.RUnlock()
			rw.Lock()
			shared++
			rw.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("shared", shared)
}
