// Evaluation order: the two phases of a tuple assignment, tuple assignment in a
// range clause, keyed struct literals in source order, len/cap of a call.
package main

import "fmt"

type pt struct{ x, y, z int }

var trace []string

func note(s string, v int) int {
	trace = append(trace, s)
	return v
}

type node struct{ val int }

var calls int

func arr() *[4]int {
	calls++
	return nil
}

func main() {
	s := []int{0, 0, 0}
	k := 0
	k, s[k] = 2, 7
	fmt.Println(k, s)

	a, b := &node{1}, &node{2}
	p := a
	p, p.val = b, 9
	fmt.Println(a.val, b.val, p.val)

	grid := [2][2]int{}
	r := 1
	r, grid[r][0] = 0, 5
	fmt.Println(r, grid)

	vals := []int{10, 20, 30}
	j := 2
	for j, vals[j] = range []int{4} {
	}
	fmt.Println(j, vals)

	v := pt{z: note("z", 1), x: note("x", 2), y: note("y", 3)}
	fmt.Println(v, trace)

	fmt.Println(len(arr()), cap(arr()), calls)
}
