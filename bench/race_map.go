// Benchmark for -race: four goroutines each fill and read their own map, then merge counts into
// a shared map under a Mutex; main reads the result after Wait. Every map operation and the
// shared counters go through the race detector when built with -race.
// Usage: race_map [n]; prints the shared map's size and a checksum.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	n := 400000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const workers = 4
	shared := make(map[int]int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			local := make(map[int]int)
			for i := 0; i < n; i++ {
				local[(i*7919+w)%n] += i
			}
			sum := 0
			for i := 0; i < n; i++ {
				sum += local[i]
			}
			mu.Lock()
			for k := 0; k < 1000; k++ {
				shared[k] += local[k]
			}
			shared[-1-w] = sum
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	check := 0
	for _, v := range shared {
		check ^= v
	}
	fmt.Println(len(shared), check)
}
