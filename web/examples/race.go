package main

import (
	"fmt"
	"sync"
)

// Four goroutines count hits into one int without a lock. Run it with -race (the checkbox):
// the race detector reports the unsynchronized read and write, whatever the total is.
func main() {
	hits := 0
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				hits++
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", hits)
}
