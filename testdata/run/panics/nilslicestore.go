// Stores into a nil slice's elements fail their bounds check, as Go's do: the
// panic is "index out of range [i] with length 0", not a nil dereference.
// Each kind of store is recovered and printed: a plain store, an operator
// assignment, ++, a struct element, a negative index, a slice in a map, and a
// store in a tight loop. The last one is not recovered, for the traceback.
package main

import "fmt"

type point struct{ x, y int }

func check(name string, f func()) {
	defer func() { fmt.Printf("%-8s %v\n", name, recover()) }()
	f()
}

func fill(s []int, n int) {
	for i := 0; i < n; i++ {
		s[i] = i * 2
	}
}

func main() {
	var s []int
	var ps []point
	var fs []float64
	i, neg := 2, -1
	check("store", func() { s[i] = 7 })
	check("opassign", func() { s[i] += 7 })
	check("incdec", func() { s[0]++ })
	check("struct", func() { ps[i] = point{1, 2} })
	check("field", func() { ps[i].x = 3 })
	check("negative", func() { s[neg] = 1 })
	check("float", func() { fs[1] *= 2 })
	m := map[string][]int{}
	check("mapslice", func() { m["k"][0] = 1 })
	check("loop", func() { fill(s, 3) })
	fmt.Println(len(s), len(ps), len(fs))
	fill(nil, 4)
}
