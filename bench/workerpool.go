// Benchmark: a pool of workers takes jobs from a channel and adds results under a Mutex,
// waited for with a WaitGroup. Usage: workerpool [jobs]; prints the total.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func work(j int) int {
	s := 0
	for k := 0; k < 50; k++ {
		s += (j ^ k) & 7
	}
	return s
}

func main() {
	n := 4000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	jobs := make(chan int, 64)
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := work(j)
				mu.Lock()
				total += r
				mu.Unlock()
			}
		}()
	}
	for j := 0; j < n; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	fmt.Println(total)
}
