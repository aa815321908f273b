// A WaitGroup reused for several rounds, with several goroutines waiting on each round; its
// state word as %v shows it; and the negative-counter panic, recovered.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var done int64
	for round := 1; round <= 4; round++ {
		var waiters sync.WaitGroup
		wg.Add(10)
		for w := 0; w < 3; w++ {
			waiters.Add(1)
			go func() {
				defer waiters.Done()
				wg.Wait()
				if atomic.LoadInt64(&done) != int64(round*10) {
					fmt.Println("woken early")
				}
			}()
		}
		for i := 0; i < 10; i++ {
			go func(i int) {
				defer wg.Done()
				time.Sleep(time.Duration(i%3) * time.Millisecond)
				atomic.AddInt64(&done, 1)
			}(i)
		}
		wg.Wait()
		waiters.Wait()
		fmt.Println("round", round, "done", atomic.LoadInt64(&done))
	}
	fmt.Printf("%v\n", wg)
	wg.Add(3)
	fmt.Printf("%+v\n", wg)
	wg.Add(-3)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Done()
	}()
	fmt.Printf("%v\n", wg)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Add(1)
	}()
	fmt.Printf("%v\n", wg)
}
