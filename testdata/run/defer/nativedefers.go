// Deferred calls of sync's methods (Unlock, RUnlock, Done) while other
// goroutines contend for the same locks on two Ps, around panics that are
// recovered and a Goexit; then a deferred Unlock of an unlocked mutex, which
// is fatal.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type store struct {
	mu sync.Mutex
	rw sync.RWMutex
	n  int
	m  map[int]int
}

func (s *store) add(k int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.n++
	s.rw.Lock()
	defer s.rw.Unlock()
	s.m[k%7]++
}

func (s *store) read(k int) int {
	s.rw.RLock()
	defer s.rw.RUnlock()
	return s.m[k%7]
}

func (s *store) risky(k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	s.mu.Lock()
	defer s.mu.Unlock()
	if k%5 == 0 {
		panic(fmt.Sprint("bad ", k))
	}
	s.n++
	return nil
}

func main() {
	s := &store{m: map[int]int{}}
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				s.add(g*1000 + i)
				_ = s.read(i)
				if err := s.risky(i); err != nil && i < 20 {
					errs <- err
				}
			}
		}(g)
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer s.mu.Unlock()
		s.mu.Lock()
		runtime.Goexit()
	}()
	wg.Wait()
	close(errs)
	count := 0
	for range errs {
		count++
	}
	fmt.Println(s.n, len(s.m), count)
	var mu sync.Mutex
	defer mu.Unlock()
	fmt.Println("about to unlock an unlocked mutex")
}
