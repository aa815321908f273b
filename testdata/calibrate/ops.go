// Calibration: single operations in loops, each timed on its own (best of 3 rounds of 200000)
// and printed as `op=NAME ns=N.N` per operation: the per-operation figures that
// src/runtime/costs.ts cites.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

var sink int

const n = 200_000

func best(name string, f func()) {
	b := 1e18
	for r := 0; r < 3; r++ {
		s := time.Now()
		f()
		d := float64(time.Since(s).Nanoseconds()) / n
		if d < b {
			b = d
		}
	}
	fmt.Printf("op=%s ns=%.1f\n", name, b)
}

type small struct{ a, b, c, d int }

var keep *small
var keepBytes []byte

func main() {
	start := time.Now()
	best("loop-iteration", func() {
		s := 0
		for i := 0; i < n; i++ {
			s += i
		}
		sink = s
	})
	var mu sync.Mutex
	best("mutex-lock-unlock", func() {
		for i := 0; i < n; i++ {
			mu.Lock()
			mu.Unlock()
		}
	})
	var x int64
	best("atomic-add", func() {
		for i := 0; i < n; i++ {
			atomic.AddInt64(&x, 1)
		}
	})
	c := make(chan int, 1)
	best("chan-send-recv-buffered", func() {
		for i := 0; i < n; i++ {
			c <- i
			<-c
		}
	})
	m := make(map[int]int)
	best("mapassign-1000-keys", func() {
		for i := 0; i < n; i++ {
			m[i%1000] += i
		}
	})
	best("mapaccess-1000-keys", func() {
		s := 0
		for i := 0; i < n; i++ {
			s += m[i%1000]
		}
		sink = s
	})
	best("new-32B", func() {
		for i := 0; i < n; i++ {
			keep = &small{a: i}
		}
	})
	best("make-1KiB", func() {
		for i := 0; i < n; i++ {
			keepBytes = make([]byte, 1024)
		}
	})
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v
		}
	}()
	best("unbuffered-round-trip", func() {
		for i := 0; i < n; i++ {
			ping <- i
			<-pong
		}
	})
	var wg sync.WaitGroup
	best("go-and-exit", func() { // in batches of 100, so that few stacks are live at once
		for i := 0; i < n; i += 100 {
			for j := 0; j < 100; j++ {
				wg.Add(1)
				go wg.Done()
			}
			wg.Wait()
		}
	})
	el := time.Since(start)
	fmt.Printf("elapsed_ns=%d\n", el.Nanoseconds())
}
