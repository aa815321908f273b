// Parenthesized left sides of assignments, including the blank identifier, in every kind of
// assignment: plain, parallel, op-assign, inc/dec, comma-ok, range and select.
package main

import "fmt"

type S struct{ f int }

func two() (int, string) { return 4, "four" }

func main() {
	x, y := 0, 0
	p := &x
	(_) = 0
	(x) = 1
	(_), y = 1, 2
	((x)) += 1
	(*p) = 3
	((*p))++
	(y), (_) = (x), 5
	var a [2]int
	(a[0]) = 7
	(a)[1] = 8
	for (x) = range "ab" {
	}
	fmt.Println(x, y, a)

	m := map[string]int{"a": 1}
	c := make(chan int, 3)
	c <- 5
	c <- 6
	c <- 7
	var ok bool
	var s S
	ps := &s
	(_), ok = m["a"]
	(x), (_) = two()
	(m["a"]) = 10
	(s.f)++
	(ps.f) += 2
	(x), (y) = (y), (x)
	select {
	case (y), (ok) = <-c:
	}
	select {
	case (_) = <-c:
	}
	(_), (_) = <-c
	for (_), (_) = range []int{1} {
	}
	for (_) = range m {
	}
	var i interface{} = 3
	(_), ok = i.(int)
	fmt.Println(x, y, ok, m, s, len(c))
}
