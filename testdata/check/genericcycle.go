package main

type U[X any] struct{ u U[X] } // ERROR "invalid recursive type U"

type Ok[X any] struct{ next *Ok[X] }

func main() {
	var u U[int]
	var o Ok[string]
	_, _ = u, o
}
