// env: GOMAXPROCS=1
// A goroutine computes an exponential recursion with no loop at all: function
// entries are preemption points too, so main wakes from its sleep and exits.
package main

import (
	"fmt"
	"time"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func main() {
	fmt.Println(fib(20), even(1000), odd(7))
	go fib(90)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("main done")
}
