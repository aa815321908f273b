// reflect.DeepEqual: basic values, NaN, nil versus empty slices and maps, shared backing
// arrays, pointers, interfaces holding different dynamic types, funcs, nested structs with
// unexported fields, arrays, map entries by key, and cyclic data (lists, maps and slices that
// contain themselves).
package main

import (
	"fmt"
	"math"
	"reflect"
)

type Point struct {
	X, Y  int
	label string
}

type Node struct {
	Val  int
	Next *Node
}

type Tree struct {
	Kids []*Tree
	Meta map[string]any
}

type Loop []Loop
type Box struct{ V any }

func main() {
	nan := math.NaN()
	fn := func() {}
	var nilSlice []int
	var nilMap map[string]int
	var nilPtr *Point
	shared := []int{1, 2, 3}
	nanSlice := []float64{nan}
	cases := []struct {
		name string
		a, b any
	}{
		{"ints", 1, 1},
		{"int vs int64", 1, int64(1)},
		{"strings", "go", "go"},
		{"nil nil", nil, nil},
		{"nil vs typed nil", nil, nilPtr},
		{"NaN", nan, nan},
		{"NaN slice vs itself", nanSlice, nanSlice},
		{"NaN slices", []float64{nan}, []float64{nan}},
		{"NaN map", map[float64]int{nan: 1}, map[float64]int{nan: 1}},
		{"neg zero", 0.0, math.Copysign(0, -1)},
		{"nil vs empty slice", nilSlice, []int{}},
		{"nil vs empty map", nilMap, map[string]int{}},
		{"empty slices", []int{}, []int{}},
		{"shared backing", shared[:2], shared[:2]},
		{"different windows", shared[:2], shared[1:]},
		{"byte slices", []byte("abc"), []byte("abc")},
		{"byte slices differ", []byte("abc"), []byte("abd")},
		{"arrays", [3]string{"a", "b"}, [3]string{"a", "b"}},
		{"arrays differ", [2]int{1, 2}, [2]int{2, 1}},
		{"structs with unexported", Point{1, 2, "p"}, Point{1, 2, "p"}},
		{"structs differ in unexported", Point{1, 2, "p"}, Point{1, 2, "q"}},
		{"pointers to equal", &Point{1, 2, ""}, &Point{1, 2, ""}},
		{"nil funcs", (func())(nil), (func())(nil)},
		{"same func", fn, fn},
		{"maps", map[string][]int{"a": {1}}, map[string][]int{"a": {1}}},
		{"maps differ in key", map[string]int{"a": 1}, map[string]int{"b": 1}},
		{"maps differ in len", map[int]bool{1: true}, map[int]bool{1: true, 2: false}},
		{"interfaces", []any{1, "x", nil}, []any{1, "x", nil}},
		{"interfaces differ in type", []any{1}, []any{int8(1)}},
		{"interface nil vs typed nil", []any{nil}, []any{nilPtr}},
		{"box of slices", Box{[]int{1}}, Box{[]int{1}}},
		{"complex", 1 + 2i, 1 + 2i},
		{"chan", make(chan int), make(chan int)},
		{"errors", fmt.Errorf("x"), fmt.Errorf("x")},
	}
	for _, c := range cases {
		fmt.Printf("%-32s %v\n", c.name, reflect.DeepEqual(c.a, c.b))
	}

	// Cycles.
	a := &Node{Val: 1}
	a.Next = &Node{Val: 2, Next: a}
	b := &Node{Val: 1}
	b.Next = &Node{Val: 2, Next: b}
	c := &Node{Val: 1}
	c.Next = &Node{Val: 3, Next: c}
	fmt.Println("cyclic lists", reflect.DeepEqual(a, b), reflect.DeepEqual(a, c))

	t1 := &Tree{Meta: map[string]any{}}
	t1.Kids = []*Tree{t1}
	t1.Meta["self"] = t1
	t2 := &Tree{Meta: map[string]any{}}
	t2.Kids = []*Tree{t2}
	t2.Meta["self"] = t2
	fmt.Println("cyclic trees", reflect.DeepEqual(t1, t2))
	t2.Meta["extra"] = 1
	fmt.Println("after change", reflect.DeepEqual(t1, t2))

	l1 := Loop{nil}
	l1[0] = l1
	l2 := Loop{nil}
	l2[0] = l2
	fmt.Println("self-containing slices", reflect.DeepEqual(l1, l2))

	m1 := map[string]any{}
	m1["me"] = m1
	m2 := map[string]any{}
	m2["me"] = m2
	fmt.Println("self-containing maps", reflect.DeepEqual(m1, m2))

	var i1, i2 any
	i1 = &i1
	i2 = &i2
	fmt.Println("self-pointing interfaces", reflect.DeepEqual(i1, i2))
}
