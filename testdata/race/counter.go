// Several goroutines increment one package-level counter without a lock.
package main

import (
	"fmt"
	"sync"
)

var hits int

func worker(wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 3; i++ {
		hits++
	}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(&wg)
	}
	wg.Wait()
	fmt.Println("done")
}
