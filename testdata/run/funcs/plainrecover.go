// recover in plain func literals called as deferred func values, directly and not.
package main

import (
	"errors"
	"fmt"
)

func try(f func()) (err error) {
	handler := func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}
	defer handler()
	f()
	return nil
}

func main() {
	fmt.Println(try(func() { panic("boom") }))
	fmt.Println(try(func() {}))
	fmt.Println(try(func() { var m map[string]int; m["a"] = 1 }))
	indirect := func() any { return recover() }
	func() {
		defer func() { fmt.Println("indirect recover:", indirect(), recover()) }()
		panic(errors.New("e2"))
	}()
	var h func()
	h = func() { fmt.Println("h recovers", recover()) }
	func() {
		defer h()
		panic(3)
	}()
}
