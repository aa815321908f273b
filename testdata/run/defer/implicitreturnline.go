// A function that falls off its end runs its deferred calls at its closing brace: a panic in
// one (here a negative WaitGroup counter) shows that line.
package main

import (
	"fmt"
	"sync"
)

func worker(wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("work")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	worker(&wg)
	worker(&wg)
}
