// An atomic operation's access races with a plain access of the same word that no
// synchronization orders (an atomic write and a plain read, a plain write and an atomic load),
// and never with another atomic one.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

var flag int32

func main() {
	var n int64
	var ok uint64
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddUint64(&ok, 1) // atomic with atomic: no race
		}()
	}
	go func() {
		atomic.AddInt64(&n, 1)
		flag = 1
	}()
	time.Sleep(5 * time.Millisecond)
	fmt.Println(n)
	fmt.Println(atomic.LoadInt32(&flag))
	wg.Wait()
	fmt.Println(atomic.LoadUint64(&ok), ok)
}
