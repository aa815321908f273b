// Unexported names of two packages are two names: a sync.Mutex's unexported field does not
// hide, or make ambiguous, a method of the same name promoted from the program's own type.
package main

import (
	"fmt"
	"sync"
)

type T struct{}

func (T) state() string { return "T.state" }
func (T) sema() string  { return "T.sema" }

type S struct {
	sync.Mutex
	T
}

type stater interface{ state() string }

func main() {
	var x any = S{}
	st, ok := x.(stater)
	fmt.Println(ok)
	if ok {
		fmt.Println(st.state())
	}
	var s S
	s.Lock()
	fmt.Println(s.sema(), s.state())
	s.Unlock()
}
