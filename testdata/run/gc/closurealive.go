// A closure reachable only from the call that runs it keeps what it captures alive until it
// returns: the finalizer of a captured object runs after the call, as in Go.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type big struct{ a [1 << 12]int }

func mk() func() int {
	p := &big{}
	p.a[0] = 42
	runtime.SetFinalizer(p, func(*big) { fmt.Println("finalized p") })
	return func() int {
		time.Sleep(10 * time.Millisecond) // parks: the GC below runs meanwhile
		return p.a[0]
	}
}

func main() {
	go func() {
		for i := 0; i < 5; i++ {
			runtime.GC()
			time.Sleep(time.Millisecond)
		}
	}()
	fmt.Println("result", mk()())
	runtime.GC()
	time.Sleep(50 * time.Millisecond)
}
