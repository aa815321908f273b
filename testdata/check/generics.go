package main

import "fmt"

type Number interface{ ~int | ~float64 }

type Stringer interface{ String() string }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Join[T Stringer](xs []T) string { return fmt.Sprint(len(xs)) }

func Keys[K comparable, V any](m map[K]V) []K { return nil }

func Zero[T any]() T {
	var z T
	return z
}

func Pair[A, B any](a A, b B) {}

func Same[T any](a, b T) {}

type List[T any] struct{ v T }

type Set[T comparable] map[T]bool

func main() {
	_ = Sum([]string{"a"}) // ERROR "string does not implement Number \\(string missing in ~int \\| ~float64\\)"
	_ = Join([]int{1}) // ERROR "int does not implement Stringer \\(missing String method\\)"
	_ = Zero[int, string]() // ERROR "got 2 type arguments but want 1"
	var l List // ERROR "cannot use generic type List\\[T any\\] without instantiation"
	_ = l
	f := Sum // ERROR "cannot use generic function Sum without instantiation"
	_ = f
	Same(1, "a") // ERROR "default type string of \"a\" does not match inferred type int for T"
	Same(1, 2.5) // ERROR "default type float64 of 2.5 does not match inferred type int for T"
	var s Set[[]int] // ERROR "\\[\\]int does not implement comparable"
	_ = s
	var t List[int, int] // ERROR "got 2 arguments but 1 type parameters"
	_ = t
	_ = Keys[int, string, bool] // ERROR "got 3 type arguments but want 2"
	Pair[int](1, 2)
	var num Number // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"
	_ = num
}
