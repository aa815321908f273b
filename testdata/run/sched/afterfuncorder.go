// Timers of an idle P run when a thread wakes for the first of them, in the timer slack after
// it: AfterFuncs due nanoseconds apart run together, each starting its goroutine in runnext, so
// with one P the last one's goroutine runs first, then the others in order.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	for i := 0; i < 4; i++ {
		i := i
		time.AfterFunc(time.Millisecond, func() { fmt.Println("func", i) })
	}
	time.Sleep(20 * time.Millisecond)
	done := make(chan int, 3)
	for i := 0; i < 3; i++ {
		i := i
		time.AfterFunc(2*time.Millisecond, func() { done <- i })
	}
	fmt.Println(<-done, <-done, <-done)
}
