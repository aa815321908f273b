// Goroutines started in a range loop capture the loop's value variable, which Go 1.19 shares
// across iterations: each iteration's write of it races with the earlier goroutines' reads.
package main

import (
	"fmt"
	"sync"
)

type task struct {
	name string
	cost int
}

func main() {
	tasks := []task{{"parse", 3}, {"plan", 5}, {"run", 8}}
	var mu sync.Mutex
	total := 0
	var wg sync.WaitGroup
	for _, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := t.cost
			mu.Lock()
			total += c
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("done", total > 0)
}
