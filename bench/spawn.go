// Benchmark: start 100k goroutines (by default) that each do a little work and report on a
// WaitGroup, measuring goroutine creation and exit. Usage: spawn [n]; prints the sum.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
)

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var wg sync.WaitGroup
	var sum int64
	for r := 0; r < 3; r++ {
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func(i int) {
				atomic.AddInt64(&sum, int64(i&15))
				wg.Done()
			}(i)
		}
		wg.Wait()
	}
	fmt.Println(sum)
}
