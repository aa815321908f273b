// Race-free: an atomic flag publishes data written before it; atomic counters.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

var (
	payload string
	ready   int32
	hits    int64
	gen     atomic.Int32
)

func main() {
	go func() {
		payload = "hello"
		atomic.StoreInt32(&ready, 1)
	}()
	for atomic.LoadInt32(&ready) == 0 {
		time.Sleep(time.Millisecond)
	}
	fmt.Println(payload)

	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&hits, 1)
			gen.Add(1)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&hits), gen.Load())
}
