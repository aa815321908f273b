// Race-free: each goroutine fills its own slot; main reads all of them after Wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make([]int, 6)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * i
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, v := range results {
		sum += v
	}
	fmt.Println(sum)
}
