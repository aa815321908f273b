// The typed atomics of Go 1.19 (Bool, Uint32, Uint64, Uintptr, Value) with their Swap and
// CompareAndSwap, and the uintptr and unsigned Swap functions, from several goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name  string
	level int
}

func main() {
	var ready atomic.Bool
	fmt.Println("swap false->true:", ready.Swap(true), ready.Load())
	fmt.Println("cas true->false:", ready.CompareAndSwap(true, false), ready.Load())
	fmt.Println("cas true->false again:", ready.CompareAndSwap(true, false), ready.Load())

	var u32 atomic.Uint32
	u32.Store(7)
	fmt.Println("u32 swap:", u32.Swap(1<<31+5), u32.Load())
	fmt.Println("u32 cas:", u32.CompareAndSwap(1<<31+5, 9), u32.CompareAndSwap(1, 2), u32.Load())

	var u64 atomic.Uint64
	u64.Store(1<<63 + 11)
	fmt.Println("u64 swap:", u64.Swap(3), u64.Load())
	fmt.Println("u64 cas:", u64.CompareAndSwap(3, 1<<64-1), u64.Load())

	var up atomic.Uintptr
	fmt.Println("uintptr:", up.Add(40), up.Swap(2), up.CompareAndSwap(2, 8), up.Load())

	var raw uintptr = 1
	atomic.AddUintptr(&raw, 2)
	atomic.StoreUintptr(&raw, atomic.LoadUintptr(&raw)*10)
	fmt.Println("raw uintptr:", atomic.SwapUintptr(&raw, 5), atomic.CompareAndSwapUintptr(&raw, 5, 6), raw)
	var r32 uint32 = 4
	var r64 uint64 = 1 << 40
	fmt.Println("raw swaps:", atomic.SwapUint32(&r32, 5), r32, atomic.SwapUint64(&r64, 6), r64)

	var v atomic.Value
	fmt.Println("value cas on empty with non-nil old:", v.CompareAndSwap(config{"a", 1}, config{"b", 2}))
	fmt.Println("value cas on empty with nil old:", v.CompareAndSwap(nil, config{"a", 1}), v.Load())
	fmt.Println("value swap:", v.Swap(config{"c", 3}), v.Load())
	fmt.Println("value cas match:", v.CompareAndSwap(config{"c", 3}, config{"d", 4}), v.Load())
	fmt.Println("value cas miss:", v.CompareAndSwap(config{"x", 0}, config{"e", 5}), v.Load())
	var w atomic.Value
	fmt.Println("swap into empty:", w.Swap(42), w.Load())

	// Many goroutines claim a slot with CompareAndSwap: exactly one wins each round.
	var wg sync.WaitGroup
	var slot atomic.Uint32
	var wins atomic.Uint64
	for round := 0; round < 5; round++ {
		slot.Store(0)
		for i := 1; i <= 8; i++ {
			wg.Add(1)
			go func(id uint32) {
				defer wg.Done()
				if slot.CompareAndSwap(0, id) {
					wins.Add(1)
				}
			}(uint32(i))
		}
		wg.Wait()
	}
	fmt.Println("wins:", wins.Load())

	for _, f := range []func(){
		func() { var x atomic.Value; x.Swap(nil) },
		func() { var x atomic.Value; x.Store(1); x.Swap("s") },
		func() { var x atomic.Value; x.CompareAndSwap(nil, nil) },
		func() { var x atomic.Value; x.CompareAndSwap(1, "s") },
		func() { var x atomic.Value; x.Store(1); x.CompareAndSwap(nil, "s") },
		func() { var x atomic.Value; x.Store([]int{1}); x.CompareAndSwap([]int{1}, []int{2}) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
}
