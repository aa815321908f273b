// recover returns the panic value in a deferred call, runtime errors are
// recovered as runtime.Error values, and recover called from a function
// nested inside the deferred function returns nil.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Printf("%s: runtime error: %v\n", name, re)
			return
		}
		fmt.Printf("%s: %v (%T)\n", name, r, r)
	}()
	f()
}

func helper() interface{} { return recover() }

func nestedRecover() (res string) {
	defer func() {
		res = fmt.Sprint("nested helper got ", helper())
		recover()
	}()
	panic("boom")
}

func main() {
	try("string", func() { panic("oops") })
	try("int", func() { panic(42) })
	try("error", func() { panic(fmt.Errorf("err %d", 7)) })
	try("index", func() {
		s := []int{1}
		i := 3
		_ = s[i]
	})
	try("nilmap", func() {
		var m map[int]int
		m[1] = 2
	})
	try("div", func() {
		z := 0
		fmt.Println(1 / z)
	})
	try("none", func() {})
	fmt.Println(nestedRecover())
	fmt.Println(recover())
	try("again", func() {
		defer func() {
			panic(fmt.Sprint("second after ", recover()))
		}()
		panic("first")
	})
}
