package main

// Generic types and functions used without instantiation, where Go 1.19 wants type arguments.

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func main() {
	Box.Get(Box[int]{}) // ERROR "cannot use generic type Box without instantiation"
	_ = Box.Get // ERROR "cannot use generic type Box without instantiation"
	var b = Box // ERROR "cannot use generic type Box without instantiation"
	_ = b
	f := Map // ERROR "cannot use generic function Map without instantiation"
	_ = f
	_ = Box[int].Get
	_ = Map[int, string]
}
