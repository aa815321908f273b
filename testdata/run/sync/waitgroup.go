// sync.WaitGroup waits for a set of goroutines; each writes its own slot so
// no further synchronisation is needed.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	squares := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			squares[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println(squares)
	var outer sync.WaitGroup
	total := make([]int, 3)
	for g := 0; g < 3; g++ {
		outer.Add(1)
		go func(g int) {
			defer outer.Done()
			var inner sync.WaitGroup
			parts := make([]int, 4)
			for k := 0; k < 4; k++ {
				inner.Add(1)
				go func(k int) { defer inner.Done(); parts[k] = g*10 + k }(k)
			}
			inner.Wait()
			for _, p := range parts {
				total[g] += p
			}
		}(g)
	}
	outer.Wait()
	fmt.Println(total)
}
