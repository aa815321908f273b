// sync.Cond: Signal wakes the goroutine that has waited longest, Broadcast wakes all of them,
// a signal with nobody waiting is lost, and a bounded queue works with two conditions.
package main

import (
	"fmt"
	"sync"
	"time"
)

const pause = 5 * time.Millisecond

func signalOrder() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	var wg sync.WaitGroup
	for id := 0; id < 4; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			c.Wait()
			fmt.Println("  woken:", id)
			mu.Unlock()
		}(id)
		time.Sleep(pause) // waiter id is queued before waiter id+1
	}
	for i := 0; i < 4; i++ {
		c.Signal()
		time.Sleep(pause)
	}
	wg.Wait()
}

func broadcast() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	var wg sync.WaitGroup
	ready, woken := 0, 0
	for id := 0; id < 5; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			ready++
			c.Wait()
			woken++
			mu.Unlock()
		}()
	}
	for {
		mu.Lock()
		n := ready
		mu.Unlock()
		if n == 5 {
			break
		}
		time.Sleep(pause)
	}
	// Every waiter has called Wait (each released mu inside Wait before ready could be read).
	c.Signal()
	c.Broadcast()
	wg.Wait()
	fmt.Println("  woken:", woken)
}

func lostSignal() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	c.Signal() // nobody waits: lost
	c.Broadcast()
	done := make(chan bool)
	go func() {
		mu.Lock()
		c.Wait()
		mu.Unlock()
		done <- true
	}()
	select {
	case <-done:
		fmt.Println("  woken by an old signal")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("  still waiting")
	}
	c.Signal()
	<-done
	fmt.Println("  woken by a new signal")
}

type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
}

func newQueue() *queue {
	q := &queue{}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(x int) {
	q.mu.Lock()
	for len(q.items) == 2 {
		q.notFull.Wait()
	}
	q.items = append(q.items, x)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	x := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	q.mu.Unlock()
	return x
}

func boundedQueue() {
	q := newQueue()
	var wg sync.WaitGroup
	for p := 0; p < 3; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 1; i <= 100; i++ {
				q.put(p*1000 + i)
			}
		}(p)
	}
	sum := 0
	for i := 0; i < 300; i++ {
		sum += q.get()
	}
	wg.Wait()
	fmt.Println("  sum:", sum)
}

func rwCond() {
	// A Cond over an RWMutex's read lock: Wait unlocks and relocks through the Locker.
	var rw sync.RWMutex
	c := sync.NewCond(rw.RLocker())
	done := make(chan bool)
	go func() {
		rw.RLock()
		c.Wait()
		rw.RUnlock()
		done <- true
	}()
	time.Sleep(pause)
	rw.Lock() // the waiter released its read lock in Wait
	rw.Unlock()
	c.Signal()
	<-done
	fmt.Println("  read-locked waiter woken")
}

func main() {
	fmt.Println("signal order:")
	signalOrder()
	fmt.Println("broadcast:")
	broadcast()
	fmt.Println("lost signal:")
	lostSignal()
	fmt.Println("bounded queue:")
	boundedQueue()
	fmt.Println("cond over RLocker:")
	rwCond()
}
