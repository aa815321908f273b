// Calibration: map[string]int with short string keys built beforehand: inserts and lookups.
package main

import (
	"fmt"
	"strconv"
	"time"
)

func main() {
	keys := make([]string, 50_000)
	for i := range keys {
		keys[i] = "key-" + strconv.Itoa(i)
	}
	start := time.Now()
	sum := 0
	for r := 0; r < 4; r++ {
		m := make(map[string]int)
		for i, k := range keys {
			m[k] = i
		}
		for j := 0; j < 2; j++ {
			for _, k := range keys {
				sum += m[k]
			}
		}
	}
	el := time.Since(start)
	fmt.Println("sum", sum)
	fmt.Printf("elapsed_ns=%d\n", el.Nanoseconds())
}
