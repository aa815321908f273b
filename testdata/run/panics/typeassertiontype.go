// A failed type assertion panics with a *runtime.TypeAssertionError: %T names the pointer type,
// and it is a runtime.Error.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(f func()) (err error) {
	defer func() {
		r := recover()
		err = r.(error)
	}()
	f()
	return nil
}

func main() {
	var i interface{} = 3
	err := try(func() { _ = i.(string) })
	fmt.Printf("%T|%v|%s|%q\n", err, err, err, err)
	var re runtime.Error
	fmt.Println(errors.As(err, &re), re)
	fmt.Println(err.Error())
	var e2 interface{ Foo() }
	err = try(func() { _ = i.(interface{ Foo() }) })
	_ = e2
	fmt.Printf("%T %v\n", err, err)
	err = try(func() { var n interface{}; _ = n.(int) })
	fmt.Printf("%T %v\n", err, err)
	_ = i.(string)
}
