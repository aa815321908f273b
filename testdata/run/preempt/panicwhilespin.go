// main panics while two goroutines are busy in loops with no yield point.
// The panic ends the program with Go's report; the busy goroutines' deferred
// calls never run.
package main

import (
	"fmt"
	"time"
)

var x int

func busy(n int) {
	defer fmt.Println("never printed")
	for i := 0; i < n; i++ {
		x += i
	}
}

func work(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s ^= i * 7
	}
	return s
}

func main() {
	go busy(1 << 62)
	go func() {
		defer fmt.Println("deferred in the busy closure: never printed")
		work(1 << 62)
	}()
	time.Sleep(3 * time.Millisecond)
	panic(fmt.Sprintf("boom %d", work(1000)))
}
