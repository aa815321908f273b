// Failing type assertions panic with *runtime.TypeAssertionError; the
// messages name the interface, the dynamic type and any missing method.
package main

import (
	"fmt"
	"io"
)

type Shape interface{ Area() float64 }
type Sq struct{}

func (Sq) Area() float64 { return 1 }

type T struct{}

func show(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var e interface{} = "str"
	show(func() { _ = e.(int) })
	show(func() { _ = e.(io.Reader) })
	var n interface{}
	show(func() { _ = n.(string) })
	show(func() { _ = n.(Shape) })
	var s Shape = Sq{}
	show(func() { _ = s.(*Sq) })
	show(func() { _ = s.(io.Writer) })
	var t interface{} = T{}
	show(func() { _ = t.(Shape) })
	show(func() { _ = e.(fmt.Stringer) })
}
