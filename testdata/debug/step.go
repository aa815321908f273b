package main

import "fmt"

type T struct {
	a int
	b string
}

func add(x, y int) int {
	s := x + y
	return s
}

func main() {
	n := 1
	t := T{a: 1, b: "x"}
	xs := []int{1, 2, 3}
	m := map[string]int{"a": 1}
	p := &t
	n = add(n, 2)
	n++
	fmt.Println(n, t, xs, m, p.a)
}
