// Two goroutines sleep for the same time, then write one map. Without -race their write
// windows can overlap ("concurrent map writes"); under -race the second write's race report
// takes long enough that the first write is done before the second's check: exit 66, never
// the crash.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	seen := map[int]int{}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			time.Sleep(5 * time.Millisecond)
			seen[id] = id * 10
		}(i)
	}
	wg.Wait()
	fmt.Println("entries:", len(seen))
}
