// Assigning an array value evaluates its right-hand side once, also when the array lives in
// memory (its address was taken) and is copied element by element: a call there runs once,
// and copying an array over itself through a pointer is a no-op.
package main

import "fmt"

var calls int

func next() [4]int {
	calls++
	return [4]int{calls, calls * 10, calls * 100, calls * 1000}
}

type grid struct {
	rows [2][3]int
}

func (g *grid) fill() [2][3]int {
	calls++
	return [2][3]int{{calls, 0, 0}, {0, calls, 0}}
}

func main() {
	var a [4]int
	p := &a
	a = next()
	fmt.Println(calls, *p)

	var g grid
	q := &g.rows
	g.rows = g.fill()
	fmt.Println(calls, *q)

	b := [3]string{"x", "y", "z"}
	pb := &b
	*pb = b
	fmt.Println(b, *pb)
}
