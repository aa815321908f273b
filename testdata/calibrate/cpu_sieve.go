// Calibration: nested loops over a slice (sieve of Eratosthenes, repeated).
package main

import (
	"fmt"
	"time"
)

func main() {
	const n = 1_000_000
	flags := make([]bool, n)
	start := time.Now()
	count := 0
	for r := 0; r < 10; r++ {
		for i := range flags {
			flags[i] = false
		}
		count = 0
		for i := 2; i < n; i++ {
			if flags[i] {
				continue
			}
			count++
			for j := i * 2; j < n; j += i {
				flags[j] = true
			}
		}
	}
	el := time.Since(start)
	fmt.Println("primes", count)
	fmt.Printf("elapsed_ns=%d\n", el.Nanoseconds())
}
