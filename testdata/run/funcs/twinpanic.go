// A panic in a func literal that a recursive function calls through its parameter: the
// traceback lists the literal, each level of the recursion and main.
package main

import "fmt"

func apply(xs []int, f func(int) int) int {
	s := 0
	for _, x := range xs {
		s += f(x)
	}
	return s
}

func walk(d int, f func(int)) {
	if d == 0 {
		return
	}
	f(d)
	walk(d-1, f)
}

func main() {
	fmt.Println(apply([]int{1, 2}, func(x int) int { return x + 1 }))
	walk(3, func(d int) {
		if d == 1 {
			var m map[string]int
			m["x"] = d
		}
	})
}
