// panic with values of several kinds, recovered and printed; then an
// unrecovered panic with a custom integer type shows the type in the
// message.
package main

import "fmt"

type Code int

func show(v interface{}) {
	defer func() { fmt.Printf("%v|%T\n", recover(), v) }()
	panic(v)
}

func main() {
	show(3.5)
	show(true)
	show([]int{1})
	show(Code(4))
	panic(Code(7))
}
