// Function literals in package variables' initializers: a literal that takes the address of its
// own local, closures nested in it that capture its locals, and goroutines started from it that
// share a channel and a mutex with it.
package main

import (
	"fmt"
	"sync"
)

var bump = func() int {
	x := 1
	p := &x
	*p = 2
	inc := func() { x++ }
	inc()
	return x
}

var table = map[string]func() int{
	"pipe": func() int {
		ch := make(chan int)
		total := 0
		for i := 0; i < 5; i++ {
			go func() { ch <- i }()
			total += <-ch
		}
		return total
	},
	"locked": func() int {
		var mu sync.Mutex
		var wg sync.WaitGroup
		n := 0
		for i := 0; i < 4; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				n++
				mu.Unlock()
			}()
		}
		wg.Wait()
		return n
	},
}

func main() {
	fmt.Println(bump())
	fmt.Println(table["pipe"]() >= 0, table["locked"]())
}
