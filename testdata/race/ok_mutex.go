// Race-free: a Mutex guards a counter and a map shared by several goroutines.
package main

import (
	"fmt"
	"sync"
)

type registry struct {
	mu    sync.Mutex
	n     int
	names map[string]int
}

func (r *registry) add(name string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.n++
	r.names[name]++
}

func main() {
	r := &registry{names: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r.add(fmt.Sprint("w", i%2))
		}(i)
	}
	wg.Wait()
	fmt.Println(r.n, r.names["w0"], r.names["w1"])
}
