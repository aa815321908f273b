// Two goroutines writing one map on one P: Go preempts no runtime function, so neither is
// descheduled inside the other's write window, and no concurrent write is reported.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	m := map[int]int{}
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 300000; i++ {
				m[i%64+g*64] = i
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("done", len(m))
}
