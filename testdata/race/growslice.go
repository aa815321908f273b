// An append that reallocates reads the old elements (runtime.growslice): a write to one of them
// in another goroutine races with it.
package main

import (
	"fmt"
	"time"
)

func main() {
	s := make([]int, 2, 2)
	go func() {
		s[1] = 5
	}()
	time.Sleep(5 * time.Millisecond)
	t := append(s, 3)
	fmt.Println(len(t), cap(t) >= 3)
}
