// Small leaves that can panic (an index out of range, a nil pointer, a division by zero, a
// negative shift), called directly, through other leaves and from deferred calls: every
// panic is recovered with its value, and the last one ends the program with Go's traceback.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
)

type matrix struct {
	n    int
	data []float64
}

func (m *matrix) at(i, j int) float64     { return m.data[i*m.n+j] }
func (m *matrix) set(i, j int, v float64) { m.data[i*m.n+j] = v }
func (m matrix) size() int                 { return m.n * m.n }

type node struct {
	val  int
	next *node
}

func (n *node) second() int { return n.next.val }
func (n *node) isLast() bool { return n == nil || n.next == nil }

func first(xs []int) int { return xs[0] }

func at3(xs []int, i int) int { return xs[i+3] }

func pick(xs []int, i int) int {
	k := i * 2
	if k > 4 {
		k = k - 1
	}
	return xs[k] + first(xs) + at3(xs, i)
}

func ratio(a, b int) int     { return a / b }
func rem(a, b int64) int64   { return a % b }
func shift(x, s int) int     { return x << s }
func deref(p *int) int       { return *p + 1 }
func store(p *[3]int, i int) { p[i] = 7 }
func char(s string, i int) byte {
	return s[i]
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, _ := r.(error)
		var re runtime.Error
		fmt.Println(name+":", r, errors.As(err, &re))
	}()
	f()
}

func main() {
	m := &matrix{n: 2, data: make([]float64, 4)}
	m.set(1, 1, 2.5)
	fmt.Println(m.at(1, 1), m.size(), pick([]int{1, 2, 3, 4, 5, 6}, 2), ratio(7, 2), rem(-7, 3), shift(1, 4))
	var arr [3]int
	store(&arr, 2)
	v := 4
	fmt.Println(arr, deref(&v), char("go", 1), (&node{1, &node{2, nil}}).second())
	var none *node
	fmt.Println(none.isLast(), (&node{1, nil}).isLast(), (&node{1, &node{}}).isLast())
	try("at", func() { m.at(2, 0) })
	try("set", func() { m.set(0, -1, 1) })
	try("nil matrix", func() { var z *matrix; z.at(0, 0) })
	try("nil value method", func() { var z *matrix; fmt.Println(z.size()) })
	try("second", func() { (&node{1, nil}).second() })
	try("pick", func() { pick([]int{1, 2, 3}, 3) })
	try("first", func() { pick(nil, 0) })
	try("at3", func() { pick([]int{1, 2, 3}, 1) })
	try("ratio", func() { ratio(1, 0) })
	try("rem", func() { rem(1, 0) })
	try("shift", func() { shift(1, -1) })
	try("deref", func() { deref(nil) })
	try("store", func() { store(&arr, 3) })
	try("char", func() { char("go", 2) })
	xs := []int{4, 5}
	count := 0
	get := func(i int) int { count++; return xs[i] + first(xs) }
	try("literal", func() { fmt.Println(get(1)); get(2) })
	fmt.Println("count:", count)
	func() {
		defer func() {
			fmt.Println("in defer:", recover())
			defer func() { fmt.Println("nested:", recover()) }()
			first(nil)
		}()
		ratio(1, 0)
	}()
	fmt.Fprintln(os.Stderr, "now unrecovered")
	pick([]int{1, 2, 3, 4}, 1)
}
