// Three goroutines append their id to a shared, mutex-protected log while
// yielding; the final order depends on scheduling.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var order []int
	for g := 1; g <= 3; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 2; i++ {
				mu.Lock()
				order = append(order, g)
				mu.Unlock()
				runtime.Gosched()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(len(order), order[0] > 0)
	fmt.Println(order)
}
