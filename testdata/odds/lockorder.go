// Odds: a lock-order inversion. One goroutine takes a then b, the other b then a, each with a
// little work in between. When each holds its first lock at once, both wait forever and Go
// reports "all goroutines are asleep - deadlock!"; otherwise the program finishes.
package main

import (
	"fmt"
	"sync"
)

var a, b sync.Mutex

func work(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i ^ n
	}
	return s
}

func main() {
	var wg sync.WaitGroup
	total := 0
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Lock()
		x := work(200000)
		b.Lock()
		total += x
		b.Unlock()
		a.Unlock()
	}()
	go func() {
		defer wg.Done()
		b.Lock()
		x := work(200000)
		a.Lock()
		total += x
		a.Unlock()
		b.Unlock()
	}()
	wg.Wait()
	fmt.Println("finished", total > 0)
}
