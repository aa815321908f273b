// Calibration: a CPU-bound loop of integer arithmetic (xorshift), no calls, no allocation.
// Prints a checksum and the elapsed time of the work (elapsed_ns=N).
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	x := uint64(88172645463325252)
	sum := uint64(0)
	for i := 0; i < 20_000_000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		sum += x & 0xff
	}
	el := time.Since(start)
	fmt.Println("sum", sum)
	fmt.Printf("elapsed_ns=%d\n", el.Nanoseconds())
}
