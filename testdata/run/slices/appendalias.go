// Growing a slice copies its elements: a struct or array element of the new
// backing array is a copy, never shared with the old array that other slices
// still see. Without growth, append writes into the shared array.
package main

import "fmt"

type P struct{ x, y int }

func Copy[T any](d, s []T) int { return copy(d, s) }

type Q struct {
	p   P
	arr [2]P
	s   []int
}

func main() {
	a := make([]P, 1, 1)
	b := append(a, P{2, 2})
	b[0].x = 5
	fmt.Println(a, b)

	c := make([][2]int, 2, 2)
	d := append(c, [2]int{1, 1})
	d[1][0] = 9
	fmt.Println(c, d)

	e := []P{{1, 1}}
	f := append(e[:1:1], e...)
	f[1].y = 7
	fmt.Println(e, f)

	var g []P
	for i := 0; i < 5; i++ {
		g = append(g, P{i, i})
	}
	h := g[:2]
	g = append(g, P{9, 9})
	g[0].x = 100
	fmt.Println(h, g[0])

	// Nested composites: the inner array is copied, the inner slice's array is shared.
	q := []Q{{p: P{1, 2}, arr: [2]P{{3, 4}, {5, 6}}, s: []int{7}}}
	r := append(q, Q{})
	r[0].p.x = -1
	r[0].arr[1].y = -6
	r[0].s[0] = -7
	fmt.Println(q[0].p, q[0].arr, q[0].s)
	fmt.Println(r[0].p, r[0].arr, r[0].s)

	// copy also copies element values.
	u := []P{{1, 1}, {2, 2}}
	v := make([]P, 2)
	copy(v, u)
	v[0].x = 42
	fmt.Println(u, v)

	// Pointers taken before growth still point into the old array.
	w := make([]P, 1, 1)
	pw := &w[0]
	w = append(w, P{})
	pw.x = 3
	fmt.Println(w[0], *pw)

	// Arrays of arrays grow the same way.
	m := [][2][2]int{{{1, 2}, {3, 4}}}
	n := append(m, [2][2]int{})
	n[0][1][0] = 30
	fmt.Println(m, n)

	// Appending within capacity writes into the elements a longer view points to.
	buf := make([]P, 0, 4)
	all := buf[:cap(buf)]
	p1 := &all[1]
	buf = append(buf, P{1, 1}, P{2, 2})
	p2 := &all[2]
	buf = append(buf, []P{{3, 3}}...)
	fmt.Println(*p1, *p2, buf)

	// Overlapping copy moves values; a pointer keeps its element.
	o := []P{{1, 1}, {2, 2}, {3, 3}}
	po := &o[1]
	copy(o[1:], o)
	fmt.Println(o, *po)
	x := make([]P, 2)
	Copy(x, o)
	x[0].x = 9
	fmt.Println(o, x)
}
