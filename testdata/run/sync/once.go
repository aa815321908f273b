// sync.Once runs its function exactly once even when called from many
// goroutines, and later calls wait for the first to finish.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	inits  int
)

func load() {
	inits++
	config = map[string]string{"mode": "fast"}
}

func main() {
	var wg sync.WaitGroup
	modes := make([]string, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(load)
			modes[i] = config["mode"]
		}(i)
	}
	wg.Wait()
	ok := true
	for _, m := range modes {
		ok = ok && m == "fast"
	}
	fmt.Println(inits, ok)
	var o2 sync.Once
	for i := 0; i < 3; i++ {
		o2.Do(func() { fmt.Println("only once, i =", i) })
	}
}
