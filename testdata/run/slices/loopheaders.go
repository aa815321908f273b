// Innermost loops that index or range over local slices, whose headers gort
// reads once before the loop: reads, stores, operator assignments and ++
// through them, len in the condition, ranges over a slice and over nil, struct
// elements, a nil slice, indexes out of range (recovered, with the loop's own
// line), a slice the loop reassigns, and one a closure reassigns between two
// loops.
package main

import "fmt"

type cell struct {
	v, w int
}

func check(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%-8s %v\n", name, r)
		}
	}()
	f()
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := 0; i < len(a); i++ {
		s += a[i] * b[i]
	}
	return s
}

func scale(a []int, k int) {
	for i := range a {
		a[i] *= k
		a[i]++
	}
}

func swapCells(c []cell) {
	for i, j := 0, len(c)-1; i < j; i, j = i+1, j-1 {
		c[i], c[j] = c[j], c[i]
		c[i].w += c[j].v
	}
}

func total(a []int) (s int) {
	for _, v := range a {
		s += v
	}
	return s
}

func walk(a []int, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += a[i]
	}
	return s
}

func put(a []int, n int) {
	for i := 0; i < n; i++ {
		a[i] = i
	}
}

func grow(a []int) int {
	t := 0
	for i := 0; i < 6; i++ {
		if i == 3 {
			a = []int{10, 20, 30, 40, 50, 60, 70}
		}
		t += a[i%len(a)]
	}
	return t
}

func main() {
	a := []float64{1, 2, 3, 4}
	b := []float64{0.5, 0.25, 2, 1}
	fmt.Println(dot(a, b))

	xs := []int{1, 2, 3, 4, 5}
	scale(xs[1:4], 3)
	fmt.Println(xs)

	cs := []cell{{1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 0}}
	swapCells(cs)
	fmt.Println(cs)

	fmt.Println(walk(xs, 5), grow([]int{1, 2, 3}), total(xs[2:]), total(nil))
	check("read", func() { walk(xs, 7) })
	check("store", func() { put(xs[:2], 3) })
	check("nilread", func() { walk(nil, 1) })
	check("nilput", func() { put(nil, 1) })
	var neg []int
	check("nilneg", func() {
		for i := -1; i < 1; i++ {
			neg[i]++
		}
	})

	// A closure reassigns ys between the loops: each loop reads the header it sees.
	ys := []int{1, 1, 1}
	swap := func() { ys = []int{7, 8, 9, 10} }
	t := 0
	for i := 0; i < len(ys); i++ {
		t += ys[i]
	}
	swap()
	for i := 0; i < len(ys); i++ {
		t += ys[i]
	}
	fmt.Println(t)

	put(xs, 9)
}
