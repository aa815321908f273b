// Calibration: map[int]int inserts (with growth), lookups and deletes.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	sum := 0
	for r := 0; r < 4; r++ {
		m := make(map[int]int)
		for i := 0; i < 100_000; i++ {
			m[i*7] = i
		}
		for i := 0; i < 200_000; i++ {
			sum += m[i*7%700_000]
		}
		for i := 0; i < 100_000; i += 2 {
			delete(m, i*7)
		}
		sum += len(m)
	}
	el := time.Since(start)
	fmt.Println("sum", sum)
	fmt.Printf("elapsed_ns=%d\n", el.Nanoseconds())
}
