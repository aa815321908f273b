// A method call on a nil interface faults when the method is looked up, once the receiver and
// the arguments are evaluated: the arguments' side effects and panics come first. Both kinds of
// call: a method name no method yields in (a plain call of the table entry) and one that some
// method yields in (the generator call); and a method promoted from an embedded interface, also
// through a nil embedded pointer, which faults after the arguments too. A go or defer statement
// evaluates the method value first: a nil interface faults before the arguments.
package main

import "fmt"

type Adder interface{ Add(a, b int) int }

type sum struct{}

func (sum) Add(a, b int) int { return a + b }

type Taker interface{ Take(n int) int }

type queue struct{ c chan int }

func (q queue) Take(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += <-q.c
	}
	return t
}

type taking struct{ Taker }

type outer struct{ *taking }

var log []string

func note(s string, v int) int {
	log = append(log, s)
	return v
}

func try(name string, f func() int) {
	defer func() {
		fmt.Printf("%s: %v after %v\n", name, recover(), log)
		log = nil
	}()
	fmt.Println(name, f())
}

func main() {
	var a Adder = sum{}
	try("plain", func() int { return a.Add(note("x", 1), note("y", 2)) })
	a = nil
	try("plain nil", func() int { return a.Add(note("x", 1), note("y", 2)) })
	var xs []int
	try("plain nil, an argument panics", func() int { return a.Add(note("x", 1), xs[0]) })

	q := queue{make(chan int, 4)}
	q.c <- 5
	var t Taker = q
	try("yielding", func() int { return t.Take(note("n", 1)) })
	t = nil
	try("yielding nil", func() int { return t.Take(note("n", 1)) })
	w := taking{}
	try("promoted nil", func() int { return w.Take(note("n", 2)) })
	var o outer
	try("promoted through a nil pointer", func() int { return o.Take(note("n", 4)) })
	try("deferred nil", func() int { defer t.Take(note("n", 5)); return 0 })
	try("deferred promoted nil", func() int { defer w.Take(note("n", 6)); return 0 })
	var ts []Taker
	try("nil element", func() int { return ts[0].Take(note("n", 3)) })
}
