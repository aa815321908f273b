// A statement's calls happen before its operands panic: an index out of range, a nil
// dereference or a division by zero in an operand is reported after the calls of the same
// statement, including those to its right; a type assertion to a non-pointer type panics
// where it stands.
package main

import "fmt"

type node struct{ v int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	say := func(s string) int { fmt.Println("  called", s); return 0 }
	try("index", func() {
		a := []int{1}
		i := 5
		fmt.Println(a[i], say("index"))
	})
	try("nil", func() {
		var p *node
		fmt.Println(p.v, say("nil"))
	})
	try("divide", func() {
		z := 0
		fmt.Println(1/z, say("divide"))
	})
	try("assert", func() {
		var e any = "s"
		fmt.Println(e.(int), say("assert"))
	})
	try("assert ptr", func() {
		var e any = "s"
		fmt.Println(e.(*node).v, say("assert ptr"))
	})
	try("store", func() {
		a := []int{1}
		i := 5
		a[i] = say("store")
	})
	try("multi store", func() {
		a := []int{1}
		i := 5
		var b int
		a[i], b = say("multi store"), 1
		fmt.Println("b", b)
	})
	try("nil store", func() {
		var p *node
		p.v = say("nil store")
	})
	try("slice", func() {
		a := []int{1}
		fmt.Println(a[2:], say("slice"))
	})
}
