// Race-free: readers under RLock, a writer under Lock, and TryLock.
package main

import (
	"fmt"
	"sync"
)

var (
	mu    sync.RWMutex
	table = map[int]string{}
	gen   int
)

func read(k int) (string, int) {
	mu.RLock()
	defer mu.RUnlock()
	return table[k], gen
}

func write(k int, v string) {
	mu.Lock()
	table[k] = v
	gen++
	mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(2)
		go func(i int) {
			defer wg.Done()
			write(i, fmt.Sprint("v", i))
		}(i)
		go func(i int) {
			defer wg.Done()
			read(i)
		}(i)
	}
	wg.Wait()
	if mu.TryLock() {
		gen++
		mu.Unlock()
	}
	_, g := read(0)
	fmt.Println(len(table), g)
}
