// Inside a generic function a conversion to a type parameter is not a constant: T(100) + T(100)
// wraps at run time for 8-bit types, x / T(0) panics at run time. A partly instantiated
// function used as a value completes its type arguments from its constraints.
package main

import "fmt"

func Wrap[T ~uint8 | ~int8](a T) T {
	return T(100) + T(100) + a
}

func High[T ~uint8 | ~uint16 | ~uint32]() T {
	return T(1) << 12
}

func Div[T ~int | ~float64](x T) T {
	return x / T(0)
}

func Last[S ~[]E, E any](s S) E { return s[len(s)-1] }

type Names []string

func main() {
	fmt.Println(Wrap[uint8](60), Wrap[int8](0), High[uint8](), High[uint16](), High[uint32]())
	fmt.Println(Div(1.5))
	last := Last[Names]
	fmt.Println(last(Names{"a", "b"}))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(Div(7))
}
