// Calibration: medium allocations (make([]byte, 1024)) and append growth.
package main

import (
	"fmt"
	"time"
)

var keep [][]byte

func main() {
	keep = make([][]byte, 64)
	start := time.Now()
	total := 0
	for i := 0; i < 200_000; i++ {
		b := make([]byte, 1024)
		b[i%1024] = byte(i)
		keep[i%64] = b
		total += len(b)
	}
	for i := 0; i < 20_000; i++ {
		var s []int
		for j := 0; j < 40; j++ {
			s = append(s, j)
		}
		total += len(s)
	}
	el := time.Since(start)
	fmt.Println("total", total)
	fmt.Printf("elapsed_ns=%d\n", el.Nanoseconds())
}
