// Goroutines that sleep for different durations wake in order of their
// deadlines, so the output order is fixed (the delays are 50 ms apart so that
// real Go keeps the order even on a loaded machine).
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan string)
	delays := []int{150, 50, 250, 100, 200}
	for _, d := range delays {
		go func(d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			out <- fmt.Sprint("woke after ", d, "ms")
		}(d)
	}
	for range delays {
		fmt.Println(<-out)
	}
	start := time.Now()
	time.Sleep(5 * time.Millisecond)
	fmt.Println(time.Since(start) >= 5*time.Millisecond)
}
