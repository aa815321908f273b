// A WaitGroup reused while a Wait may still be running: an Add from zero in another goroutine
// races with the first Wait (Go models them as a read and a write of the semaphore).
package main

import (
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		time.Sleep(time.Millisecond)
		wg.Done()
	}()
	go func() {
		time.Sleep(20 * time.Millisecond)
		wg.Add(1)
		wg.Done()
	}()
	wg.Wait()
	time.Sleep(50 * time.Millisecond)
}
