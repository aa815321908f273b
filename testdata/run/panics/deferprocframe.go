// A panic runs open-coded defers from runOpenDeferFrame (panic.go:884) and the others, a defer
// in a loop or one of more than 8 in a function, by d.fn() (panic.go:890): the line of the
// panic frame under each deferred call that panics again.
package main

import "fmt"

func many() {
	defer fmt.Println(1)
	defer fmt.Println(2)
	defer fmt.Println(3)
	defer fmt.Println(4)
	defer fmt.Println(5)
	defer fmt.Println(6)
	defer fmt.Println(7)
	defer fmt.Println(8)
	defer func() { panic("nine") }()
	panic("many")
}

func looped() {
	defer func() {
		recover()
		many()
	}()
	for i := 0; i < 2; i++ {
		defer func(i int) { panic(fmt.Sprint("loop ", i)) }(i)
	}
	panic("looped")
}

func main() {
	defer func() { panic("open") }()
	looped()
}
