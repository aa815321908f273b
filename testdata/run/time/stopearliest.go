// Stopping or resetting the earliest pending timer must not lose the wake-up of the timers
// after it: a sleep, a ticker's goroutine, a context's timer, an AfterFunc debouncer.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func stopThenSleep() {
	t := time.NewTimer(10 * time.Millisecond)
	done := make(chan bool)
	go func() {
		time.Sleep(20 * time.Millisecond) // queued behind t
		done <- true
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("stopped", t.Stop())
	<-done
	fmt.Println("sleeper woke")
}

func resetLater() {
	t := time.NewTimer(10 * time.Millisecond)
	done := make(chan bool)
	go func() {
		time.Sleep(20 * time.Millisecond)
		done <- true
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("reset", t.Reset(time.Hour))
	<-done
	fmt.Println("sleeper woke after reset")
}

func cancelContext() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		time.Sleep(20 * time.Millisecond)
	}()
	time.Sleep(time.Millisecond)
	cancel()
	<-ctx.Done()
	fmt.Println("context", ctx.Err())
	wg.Wait()
	fmt.Println("worker done")
}

func tickerStop() {
	tk := time.NewTicker(5 * time.Millisecond)
	ticks := 0
	for range tk.C {
		ticks++
		if ticks == 3 {
			tk.Stop()
			break
		}
	}
	time.Sleep(15 * time.Millisecond)
	fmt.Println("ticks", ticks)
}

func debounce() {
	var mu sync.Mutex
	fired := 0
	var t *time.Timer
	for i := 0; i < 5; i++ {
		mu.Lock()
		if t != nil {
			t.Stop()
		}
		t = time.AfterFunc(10*time.Millisecond, func() {
			mu.Lock()
			fired++
			mu.Unlock()
		})
		mu.Unlock()
		time.Sleep(2 * time.Millisecond)
	}
	time.Sleep(30 * time.Millisecond)
	mu.Lock()
	fmt.Println("debounced fires", fired)
	mu.Unlock()
}

func main() {
	stopThenSleep()
	resetLater()
	cancelContext()
	tickerStop()
	debounce()
}
