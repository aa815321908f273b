// Race-free: sync.Once initializes a config that every goroutine then reads.
package main

import (
	"fmt"
	"sync"
)

type config struct {
	name  string
	limit int
}

var (
	once sync.Once
	cfg  *config
)

func get() *config {
	once.Do(func() {
		cfg = &config{name: "prod", limit: 10}
	})
	return cfg
}

func main() {
	var wg sync.WaitGroup
	limits := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			limits[i] = get().limit
		}(i)
	}
	wg.Wait()
	fmt.Println(get().name, limits)
}
