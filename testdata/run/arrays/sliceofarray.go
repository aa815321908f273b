// A slice of an array variable, or of an array inside a struct variable, is a view of that
// variable's storage: assigning the whole array or struct afterwards shows through it, and so
// does a pointer to a field or an element taken before.
package main

import "fmt"

type grid struct {
	name  string
	cells [3]int
}

type pair struct{ a, b int }

func main() {
	var arr [3]int
	s := arr[:]
	arr = [3]int{7, 8, 9}
	fmt.Println(s, len(s), cap(s))

	var g grid
	v := g.cells[1:]
	g = grid{name: "x", cells: [3]int{1, 2, 3}}
	fmt.Println(v)
	g.cells = [3]int{4, 5, 6}
	fmt.Println(v)

	var ps [2]pair
	p := &ps[1].b
	ps = [2]pair{{1, 2}, {3, 4}}
	fmt.Println(*p)

	var nested [2][2]int
	row := nested[1][:]
	nested = [2][2]int{{1, 2}, {3, 4}}
	fmt.Println(row)

	var q pair
	qb := &q.b
	q = pair{5, 6}
	*qb++
	fmt.Println(q)
}
