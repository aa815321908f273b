// sync.Mutex under contention: a lock held for longer than 1 ms pushes waiters into starvation
// mode and back out; TryLock; an embedded Mutex; and %v of the state word. The printed results
// do not depend on which goroutine wins each race.
package main

import (
	"fmt"
	"sync"
	"time"
)

type account struct {
	sync.Mutex
	balance int
}

func (a *account) deposit(n int) {
	a.Lock()
	defer a.Unlock()
	a.balance += n
}

func main() {
	// A holder that keeps the lock for 2 ms at a time, and waiters that queue behind it.
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				mu.Lock()
				count++
				if g == 0 {
					time.Sleep(2 * time.Millisecond)
				}
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("count", count)
	fmt.Printf("after contention: %v\n", mu)

	// Many short critical sections.
	a := &account{}
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				a.deposit(g)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("balance", a.balance)

	// TryLock never blocks.
	var m sync.Mutex
	fmt.Println("trylock free:", m.TryLock())
	fmt.Println("trylock held:", m.TryLock())
	got := make(chan bool)
	go func() { got <- m.TryLock() }()
	fmt.Println("trylock held, other goroutine:", <-got)
	m.Unlock()
	fmt.Println("trylock after unlock:", m.TryLock())
	fmt.Printf("%v %+v\n", m, m)
	m.Unlock()

	// Lock in one goroutine, Unlock in another.
	var h sync.Mutex
	h.Lock()
	go func() {
		time.Sleep(time.Millisecond)
		h.Unlock()
	}()
	h.Lock()
	fmt.Println("unlocked by another goroutine")
	h.Unlock()
}
