// Spin-waits on visible operations (an atomic load, a select with a default, TryLock) on one
// P end once sysmon preempts the spinner and the goroutine they wait for runs.
package main

import (
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(1)
	var flag int32
	go atomic.StoreInt32(&flag, 1)
	for atomic.LoadInt32(&flag) == 0 {
	}
	println("flag seen")
	c := make(chan bool)
	go func() { c <- true }()
	for {
		select {
		case <-c:
			println("received")
			goto next
		default:
		}
	}
next:
	var mu sync.Mutex
	mu.Lock()
	go func() { runtime.Gosched(); mu.Unlock() }()
	for !mu.TryLock() {
	}
	println("locked")
}
