// A failed type assertion panics with a *runtime.TypeAssertionError, which a program can name,
// assert to and use as a runtime.Error; a bounds error is another runtime.Error type.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type S struct{}

func try(f func()) {
	defer func() {
		r := recover()
		te, ok := r.(*runtime.TypeAssertionError)
		var re runtime.Error
		fmt.Println(ok, te != nil, errors.As(r.(error), &re))
		fmt.Printf("%T %v\n", r, r)
		if ok {
			fmt.Println(te.Error())
		}
	}()
	f()
}

func main() {
	var x any = "str"
	try(func() { _ = x.(int) })
	try(func() { _ = x.(fmt.Stringer) })
	var n any
	try(func() { _ = n.(S) })
	try(func() { var a []int; _ = a[3] })
	_ = x.(S)
}
