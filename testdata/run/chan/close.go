// Closing a channel: buffered values are still delivered, then receives
// return the zero value with ok=false; close wakes every receiver.
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Println(v, ok)
	}
	gate := make(chan struct{})
	var wg sync.WaitGroup
	woke := make([]bool, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-gate
			woke[i] = true
		}(i)
	}
	close(gate)
	wg.Wait()
	fmt.Println(woke)
	sc := make(chan string)
	close(sc)
	s, ok := <-sc
	fmt.Printf("%q %v\n", s, ok)
}
