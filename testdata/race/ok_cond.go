// Race-free: a queue guarded by a Mutex, with a Cond for waiting consumers.
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	done  bool
}

func main() {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	var wg sync.WaitGroup
	total := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			q.mu.Lock()
			for len(q.items) == 0 && !q.done {
				q.cond.Wait()
			}
			if len(q.items) == 0 {
				q.mu.Unlock()
				return
			}
			total += q.items[0]
			q.items = q.items[1:]
			q.mu.Unlock()
		}
	}()
	for i := 1; i <= 4; i++ {
		q.mu.Lock()
		q.items = append(q.items, i)
		q.mu.Unlock()
		q.cond.Signal()
	}
	q.mu.Lock()
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
	wg.Wait()
	fmt.Println(total)
}
