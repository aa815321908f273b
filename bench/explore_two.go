// A two-goroutine kernel for the explorer's throughput (bench/explore.ts): a mutex and a channel.
package main

import "sync"

func main() {
	var mu sync.Mutex
	n := 0
	done := make(chan bool)
	go func() {
		mu.Lock()
		n++
		mu.Unlock()
		done <- true
	}()
	mu.Lock()
	n++
	mu.Unlock()
	<-done
	if n != 2 {
		panic("bad")
	}
}
