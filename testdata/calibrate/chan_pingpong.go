// Calibration: two goroutines passing a value back and forth over unbuffered channels.
package main

import (
	"fmt"
	"time"
)

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	start := time.Now()
	v := 0
	for i := 0; i < 200_000; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	el := time.Since(start)
	fmt.Println("v", v)
	fmt.Printf("elapsed_ns=%d\n", el.Nanoseconds())
}
