// Race-free: a buffered channel of capacity 1 used as a lock (the k-th receive happens
// before the (k+C)-th send completes).
package main

import (
	"fmt"
	"sync"
)

func main() {
	sem := make(chan struct{}, 1)
	count := 0
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			count++
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println(count)
}
