// runtime.GOMAXPROCS resizes the machine: shrinking to one P and growing again while
// goroutines run, timers and a GC cycle across resizes, and the values it returns.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func work(id int, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % (id + 3)
	}
	return s
}

func main() {
	fmt.Println("start", runtime.GOMAXPROCS(0))
	fmt.Println("set 1, was", runtime.GOMAXPROCS(1))
	var wg sync.WaitGroup
	res := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res[i] = work(i, 200000)
		}(i)
	}
	wg.Wait()
	fmt.Println(res, runtime.GOMAXPROCS(0))
	fmt.Println("set 4, was", runtime.GOMAXPROCS(4))
	var mu sync.Mutex
	total := 0
	t := time.AfterFunc(time.Millisecond, func() { mu.Lock(); total += 1000; mu.Unlock() })
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			v := work(i, 50000)
			mu.Lock()
			total += v
			mu.Unlock()
		}(i)
	}
	fmt.Println("set 2, was", runtime.GOMAXPROCS(2))
	wg.Wait()
	time.Sleep(5 * time.Millisecond)
	t.Stop()
	fmt.Println(total, runtime.GOMAXPROCS(0), runtime.NumGoroutine())
	fmt.Println("set 200, was", runtime.GOMAXPROCS(200), runtime.GOMAXPROCS(0))
	runtime.GC()
	fmt.Println("set 1, was", runtime.GOMAXPROCS(1))
	ch := make(chan int)
	go func() { ch <- 1 }()
	fmt.Println(<-ch)
}
