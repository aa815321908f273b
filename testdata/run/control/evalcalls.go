// Evaluation order within a statement, as gc orders it: calls are made first, in source order,
// and plain operands (variables, fields, elements, dereferences, map elements) are read after
// them; a value converted to an interface is copied where it stands when the runtime needs its
// address (a bool, a byte, a struct of two words, a pointer, a map), else read late.
package main

import "fmt"

type pair struct{ a, b int }
type one struct{ v int64 }
type box struct{ n int }

func (b box) get() int { return b.n }

var global = 1

func main() {
	x := 1
	bump := func() int { x++; return 10 }
	fmt.Println("args:", x, bump(), x)
	x = 1
	add := func(a, b int) int { return a*100 + b }
	fmt.Println("nested:", add(x, bump()), x)
	x = 1
	y := x + bump()
	z := bump() + x
	fmt.Println("binary:", y, z)
	x = 1
	w := x*1000 + bump()*10 + x
	fmt.Println("chain:", w)

	// Conversions to an interface, by type.
	b := true
	var u8 uint8 = 1
	var i16 int16 = 1
	var i32 int32 = 1
	var f64 = 1.5
	var c128 = complex(1, 2)
	s := "old"
	sl := []int{1}
	pr := pair{1, 2}
	on := one{1}
	arr := [2]int{1, 2}
	m := map[string]int{"k": 1}
	p := &box{1}
	var e any = 1
	change := func() int {
		b, u8, i16, i32, f64, c128 = false, 2, 2, 2, 2.5, complex(3, 4)
		s, sl, pr, on, arr = "new", []int{2}, pair{3, 4}, one{2}, [2]int{3, 4}
		m, p, e = map[string]int{"k": 2}, &box{2}, 2
		return 0
	}
	fmt.Println("iface:", b, u8, i16, i32, f64, c128, s, sl, pr, on, arr, m, p.n, e, change())
	global = 1
	fmt.Println("global:", global, func() int { global = 2; return 0 }())
	x = 1
	fmt.Println("explicit any:", any(x), bump())

	// Elements, fields through pointers, map elements, len and slices.
	sl = []int{1, 2, 3}
	fmt.Println("elem:", sl[0], func() int { sl[0] = 9; return 0 }())
	p = &box{1}
	fmt.Println("ptr field:", p.n, func() int { p = &box{5}; return 0 }())
	m = map[string]int{"k": 1}
	fmt.Println("map elem:", m["k"], func() int { m["k"] = 3; return 0 }())
	kb := []byte("k")
	fmt.Println("map elem string(b):", m[string(kb)], func() int { m["k"] = 4; return 0 }())
	sl = []int{1, 2, 3}
	fmt.Println("len:", len(sl), func() int { sl = append(sl, 4); return 0 }(), len(sl))
	fmt.Println("slice:", sl[:2], func() int { sl = []int{7, 7, 7}; return 0 }())

	// A local array changes through a slice of it: its elements and fields are read late too.
	var la [3]int
	las := la[:]
	fmt.Println("array elem:", la[0], func() int { las[0] = 9; return 0 }())
	var ls struct{ a [2]int }
	lss := ls.a[:]
	fmt.Println("array field:", ls.a, func() int { lss[0] = 7; return 0 }())

	// Receivers and method values are read late too.
	bx := box{1}
	setb := func() int { bx.n = 7; return 0 }
	fmt.Println("receiver:", bx.get()+setb(), bx.n)
	bx = box{1}
	apply := func(f func() int, _ int) int { return f() }
	fmt.Println("method value:", apply(bx.get, setb()))

	// Type assertions: to a non-pointer type hoisted, to a pointer read late.
	var ei any = 1
	fmt.Println("assert int:", ei.(int), func() int { ei = 2; return 0 }())
	var ep any = &box{1}
	fmt.Println("assert ptr:", ep.(*box).n, func() int { ep = &box{2}; return 0 }())

	// Conversions: []byte(s) copies where it stands, string(b) late.
	s = "ab"
	fmt.Println("[]byte:", []byte(s), func() int { s = "cd"; return 0 }())
	bs := []byte("ab")
	fmt.Println("string():", string(bs), func() int { bs[0] = 'z'; return 0 }())
	x = 1
	fmt.Println("float64():", float64(x), bump())

	// print and a direct call of a literal.
	x = 1
	func(a, b, c int) { fmt.Println("literal call:", a, b, c) }(x, bump(), x)
}
