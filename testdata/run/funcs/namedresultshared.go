// A struct or array named result that a closure shares is copied out on return: the caller's
// value is its own when the closure changes the variable afterwards.
package main

import "fmt"

type P struct{ x, y int }

var hook, hook2 func()

func f() (p P) {
	o := P{1, 2}
	hook = func() { o.x = 100 }
	hook2 = func() { p.y = 200 }
	return o
}

func g() (p P) {
	o := P{1, 2}
	hook = func() { o.x = 100 }
	defer func() { p.y = 5 }()
	return o
}

func h() (p P) {
	hook2 = func() { p.y = 300 }
	p = P{7, 7}
	return
}

func k() (a [2]int) {
	o := [2]int{1, 2}
	hook = func() { o[0] = 100 }
	hook2 = func() { a[1] = 200 }
	return o
}

func main() {
	r := f()
	hook()
	hook2()
	fmt.Println(r)
	r2 := g()
	hook()
	fmt.Println(r2)
	r3 := h()
	hook2()
	fmt.Println(r3)
	r4 := k()
	hook()
	hook2()
	fmt.Println(r4)
}
