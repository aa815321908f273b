package main

// A type parameter cannot be embedded, nor a pointer to one (checked in each instance).

type Inner struct{ Name string }

type Wrapper[T any] struct {
	T // ERROR "embedded field type cannot be a \\(pointer to a\\) type parameter"
	n int
}

type PW[T any] struct {
	*T // ERROR "embedded field type cannot be a \\(pointer to a\\) type parameter"
}

var _ = Wrapper[Inner]{}
var _ = PW[Inner]{}

func main() {}
