// Goroutines started in a loop read the loop variable while the loop advances it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	sum := make([]int, 3)
	var mu sync.Mutex
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := i
			mu.Lock()
			sum[0] += v * 0
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("sum", sum[0])
}
