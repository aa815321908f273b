// A generic type instantiated with a type declared in a function is named with gc's number for
// it, its place among the package's local types in source order (main.Box[main.L·3]).
package main

import "fmt"

type Box[T any] struct{ V T }

func f() {
	type A int
	type B int
	fmt.Printf("%T %T\n", Box[A]{}, Box[B]{})
}

func main() {
	type L struct{ x int }
	{
		type L int
		fmt.Printf("%T\n", Box[L]{})
	}
	fmt.Printf("%T %T\n", Box[L]{}, Box[[]L]{})
	f()
	func() {
		type C int
		fmt.Printf("%T\n", Box[C]{})
	}()
	fmt.Printf("%T\n", L{})
}
