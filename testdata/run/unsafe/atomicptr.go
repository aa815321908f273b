// Lock-free publication through sync/atomic's pointer operations: atomic.Pointer[T] and
// LoadPointer/StorePointer/CompareAndSwapPointer on an unsafe.Pointer, with goroutines that
// swap in new versions of a config while readers load it.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

type config struct {
	version int
	name    string
}

type stack struct {
	head unsafe.Pointer // *item
}

type item struct {
	val  int
	next unsafe.Pointer
}

func (s *stack) push(v int) {
	it := &item{val: v}
	for {
		old := atomic.LoadPointer(&s.head)
		it.next = old
		if atomic.CompareAndSwapPointer(&s.head, old, unsafe.Pointer(it)) {
			return
		}
	}
}

func (s *stack) sum() (n, total int) {
	for p := atomic.LoadPointer(&s.head); p != nil; p = (*item)(p).next {
		n++
		total += (*item)(p).val
	}
	return
}

func main() {
	var cur atomic.Pointer[config]
	fmt.Println("empty:", cur.Load() == nil)
	cur.Store(&config{1, "first"})

	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for {
				old := cur.Load()
				next := &config{old.version + 1, fmt.Sprint("by ", w)}
				if cur.CompareAndSwap(old, next) {
					return
				}
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("version:", cur.Load().version)
	prev := cur.Swap(&config{100, "last"})
	fmt.Println("swapped out:", prev.version, "now:", cur.Load().version, cur.Load().name)

	var s stack
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 1; i <= 10; i++ {
				s.push(w*100 + i)
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(s.sum())

	var p unsafe.Pointer
	x := 5
	atomic.StorePointer(&p, unsafe.Pointer(&x))
	*(*int)(atomic.LoadPointer(&p)) = 6
	fmt.Println("x:", x, atomic.SwapPointer(&p, nil) == unsafe.Pointer(&x), p == nil)
}
