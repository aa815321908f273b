// Two goroutines print without synchronisation before main waits; the
// interleaving of their lines depends on scheduling.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for _, name := range []string{"ping", "pong"} {
		wg.Add(1)
		go func(n string) {
			defer wg.Done()
			for i := 0; i < 2; i++ {
				fmt.Println(n, i)
			}
		}(name)
	}
	wg.Wait()
}
