// A runtime panic inside a generic function: First[T any] indexes s[0] and is
// finally called with an empty slice, so the program dies with an index out
// of range and a traceback naming the generic frame main.First[...].
package main

import (
	"errors"
	"fmt"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func First[T any](s []T) T {
	return s[0]
}

func SafeFirst[T any](s []T) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return First(s), nil
}

func MustPositive[T ~int | ~float64](v T) T {
	if v <= 0 {
		panic(errors.New(fmt.Sprintf("MustPositive: got %v (%T)", v, v)))
	}
	return v
}

func main() {
	fmt.Println(First([]int{4, 5, 6}))
	fmt.Println(First([]string{"head", "tail"}))
	fmt.Printf("%+v\n", First([]Pair[string, int]{{"k", 1}}))
	v, err := SafeFirst([]float64{})
	fmt.Println(v, err)
	p, err := SafeFirst([]Pair[int, bool]{})
	fmt.Printf("%+v %v\n", p, err)
	func() {
		defer func() { fmt.Println("caught:", recover()) }()
		MustPositive(-2.5)
	}()
	fmt.Println(MustPositive(3))
	var empty []Pair[string, []byte]
	fmt.Println("about to fail")
	fmt.Println(First(empty))
	fmt.Println("unreachable")
}
