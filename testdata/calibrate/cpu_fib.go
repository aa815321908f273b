// Calibration: recursive calls (fib), no allocation.
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

func main() {
	start := time.Now()
	r := fib(30)
	el := time.Since(start)
	fmt.Println("fib", r)
	fmt.Printf("elapsed_ns=%d\n", el.Nanoseconds())
}
