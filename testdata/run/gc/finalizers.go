// Finalizers: they run after the object becomes unreachable and a cycle finds it, once, on
// the finalizer goroutine; a resurrected object is freed by a later cycle; SetFinalizer(x, nil)
// removes one; tiny objects get theirs too.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"
)

type res struct {
	id   int
	data []byte
}

var (
	mu        sync.Mutex
	finalized []int
	saved     *res
)

func record(r *res) {
	mu.Lock()
	finalized = append(finalized, r.id)
	mu.Unlock()
}

func settle() {
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

func main() {
	keep := make([]*res, 0, 3)
	for i := 0; i < 8; i++ {
		r := &res{id: i, data: make([]byte, 64)}
		runtime.SetFinalizer(r, record)
		if i%3 == 0 {
			keep = append(keep, r)
		}
	}
	removed := &res{id: 100}
	runtime.SetFinalizer(removed, record)
	runtime.SetFinalizer(removed, nil)
	removed = nil
	settle()
	mu.Lock()
	sort.Ints(finalized)
	fmt.Println("finalized:", finalized)
	mu.Unlock()
	fmt.Println("kept:", len(keep), keep[0].id, keep[2].id)

	// A finalizer that saves its object: the object lives on, and the finalizer does not run
	// again.
	runs := 0
	func() {
		r := &res{id: 7}
		runtime.SetFinalizer(r, func(x *res) { runs++; saved = x })
	}()
	settle()
	fmt.Println("resurrected:", saved != nil && saved.id == 7, "runs:", runs)
	saved = nil
	settle()
	fmt.Println("runs after drop:", runs)

	// Tiny objects share 16-byte blocks; their finalizers run when the block is unreachable.
	got := make(chan int32, 40)
	for i := 0; i < 40; i++ {
		x := new(int32)
		*x = int32(i)
		runtime.SetFinalizer(x, func(p *int32) { got <- *p })
	}
	settle()
	fmt.Println("tiny finalized:", len(got) >= 36)
	runtime.KeepAlive(keep)
}
