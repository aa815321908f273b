// With one P, timers run only where the P schedules (findRunnable's checkTimers) or when the
// idle thread sleeping for them wakes: a timer that expires while a goroutine spins waits until
// that goroutine blocks, and a timer channel's receiver wakes into runnext.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func spin(d time.Duration) {
	start := time.Now()
	for time.Since(start) < d {
	}
}

func main() {
	runtime.GOMAXPROCS(1)

	names := make(chan string)
	go func() {
		time.Sleep(2 * time.Millisecond)
		names <- "sleeper"
	}()
	runtime.Gosched()
	spin(6 * time.Millisecond)
	go func() { names <- "spawned" }()
	fmt.Println(<-names, <-names)

	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		<-time.After(time.Millisecond)
		fmt.Println("timer channel")
	}()
	runtime.Gosched()
	go func() {
		defer wg.Done()
		fmt.Println("other")
	}()
	spin(5 * time.Millisecond)
	wg.Wait()

	t1 := time.NewTimer(5 * time.Millisecond)
	t2 := time.NewTimer(5 * time.Millisecond)
	got := make(chan string, 2)
	go func() { <-t1.C; got <- "t1" }()
	go func() { <-t2.C; got <- "t2" }()
	fmt.Println(<-got, <-got)
}
