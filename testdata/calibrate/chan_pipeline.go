// Calibration: a three-stage pipeline over buffered channels (capacity 100).
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	a := make(chan int, 100)
	b := make(chan int, 100)
	done := make(chan int)
	go func() {
		for i := 0; i < 300_000; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for v := range a {
			b <- v * 2
		}
		close(b)
	}()
	go func() {
		s := 0
		for v := range b {
			s += v
		}
		done <- s
	}()
	s := <-done
	el := time.Since(start)
	fmt.Println("sum", s)
	fmt.Printf("elapsed_ns=%d\n", el.Nanoseconds())
}
