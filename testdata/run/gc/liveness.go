// How long a local keeps a heap object alive, seen through finalizers: a struct whose address
// is passed to a function is dead in the caller once its last use (the argument) is over, a
// struct passed by value likewise, and one used after the call stays alive until that use.
package main

import (
	"fmt"
	"runtime"
)

type payload [16]int64

type holder struct {
	p *payload
}

var phase int
var collected = map[string]int{}

func track(name string) *payload {
	p := new(payload)
	runtime.SetFinalizer(p, func(*payload) { collected[name] = phase })
	return p
}

func collect() {
	runtime.GC()
	runtime.GC()
	runtime.GC()
	phase++
}

func byPointer(h *holder) {
	collect() // 1: h is still used below
	runtime.KeepAlive(h)
	collect() // 2: nothing uses h any more
}

func byValue(h holder, keep bool) {
	var p *holder
	if keep {
		p = &h
	}
	collect() // 3
	if p != nil {
		runtime.KeepAlive(p.p)
	}
	collect() // 4
}

func usedAfter(h *holder) {
	collect() // 5
}

func main() {
	a := holder{track("pointer")}
	byPointer(&a)

	b := holder{track("value")}
	byValue(b, true)

	c := holder{track("after")}
	usedAfter(&c)
	fmt.Println(c.p[0])
	collect() // 6

	for _, name := range []string{"pointer", "value", "after"} {
		fmt.Println(name, collected[name])
	}
}
