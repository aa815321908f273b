// Calibration: a worker pool: jobs over a channel, results in a map under a Mutex, a WaitGroup.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	jobs := make(chan int, 64)
	var mu sync.Mutex
	var wg sync.WaitGroup
	res := make(map[int]int)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				x := 0
				for k := 0; k < 200; k++ {
					x += (j ^ k) & 7
				}
				mu.Lock()
				res[j%1000] += x
				mu.Unlock()
			}
		}()
	}
	for i := 0; i < 100_000; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	sum := 0
	for _, v := range res {
		sum += v
	}
	el := time.Since(start)
	fmt.Println("sum", sum)
	fmt.Printf("elapsed_ns=%d\n", el.Nanoseconds())
}
