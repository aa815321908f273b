// Pointers: fields through a defined pointer type, a defined type declared as
// another one that refers back to it, addresses of package variables and of
// slice and map literals, &*p of a nil pointer, builtins over a multi-value
// call, and package variables initialised from a comma-ok expression.
package main

import "fmt"

type cell struct {
	val  int
	next *link
}

type link cell

type cellPtr *cell

var counter int
var registry = map[string]int{"a": 1}
var got, found interface{} = registry["a"]

func pair() ([]int, []int) { return make([]int, 2), []int{7, 8, 9} }

func drop() (map[string]int, string) { return registry, "a" }

func main() {
	var cp cellPtr = &cell{val: 4}
	cp.val++
	fmt.Println(cp.val)

	l := &link{val: 1, next: &link{val: 2}}
	fmt.Println(l.val, l.next.val, l.next.next == nil)

	p := &counter
	*p = 42
	fmt.Println(counter)

	ps := &[]string{"x"}
	*ps = append(*ps, "y")
	pm := &map[int]bool{1: true}
	(*pm)[2] = false
	fmt.Println(*ps, len(*pm))

	fmt.Println(copy(pair()))
	delete(drop())
	fmt.Println(len(registry), got, found)

	var np *int
	defer func() { fmt.Println("recovered:", recover()) }()
	q := &*np
	fmt.Println("not reached", q)
}
