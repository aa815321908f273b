// Func literals held in variables and passed to functions that call their func parameters:
// one held for good, one assigned again, one per loop iteration, one that keeps state.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func each(xs []string, f func(string)) {
	for _, x := range xs {
		f(x)
	}
}

func reduce(xs []int, f func(a, b int) int) int {
	acc := 0
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	xs := make([]int, 50)
	for i := range xs {
		xs[i] = i * i
	}
	found := 0
	for k := 0; k < 2500; k += 7 {
		atLeast := func(i int) bool { return xs[i] >= k }
		if j := sort.Search(len(xs), atLeast); j < len(xs) && xs[j] == k {
			found++
		}
	}
	fmt.Println("found", found)

	add := func(a, b int) int { return a + b }
	op := func(a, b int) int { return a * 0 }
	op = func(a, b int) int { return a ^ b }
	fmt.Println("reduce", reduce(xs, add), reduce(xs, op))

	var longest string
	var n int
	var note = func(s string) {
		n++
		if len(s) > len(longest) {
			longest = s
		}
	}
	each(strings.Fields("a simulated runtime for go programs"), note)
	fmt.Println("each", n, longest)
}
