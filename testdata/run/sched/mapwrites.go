// Two goroutines writing the same map without a lock: the runtime's
// detector reports "concurrent map writes" (a fatal error, not a panic)
// when it observes the overlap; otherwise the program finishes normally.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100000; i++ {
				m[i%64] = g
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("finished", len(m))
}
