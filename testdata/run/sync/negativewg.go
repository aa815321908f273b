// env: GOMAXPROCS=1

// One Done too many panics with "sync: negative WaitGroup counter", in the goroutine that
// called it; the traceback shows Done and Add above it.
package main

import (
	"fmt"
	"sync"
)

func worker(wg *sync.WaitGroup, n int) {
	fmt.Println("worker", n)
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(&wg, 1)
	wg.Wait()
	done := make(chan bool)
	go func() {
		worker(&wg, 2)
		done <- true
	}()
	<-done
}
