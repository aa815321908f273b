// A struct read out of a slice (a range value, or v := s[i]) is a copy: whatever writes the
// element afterwards, through the slice, a pointer, a call, append, copy or another goroutine,
// the copy keeps the value it had.
package main

import "fmt"

type point struct {
	x, y int
	tag  [2]int
}

type holder struct {
	pts [3]point
}

func bump(p *point) { p.x += 100 }

func main() {
	ps := []point{{1, 2, [2]int{3, 4}}, {5, 6, [2]int{7, 8}}}

	// Read only: the copy and the element agree.
	sum := 0
	for _, p := range ps {
		sum += p.x + p.y + p.tag[1]
	}
	fmt.Println("sum", sum)

	// The element written through the slice after the copy.
	for i, p := range ps {
		ps[i].x = -1
		fmt.Println("slice store:", p.x, ps[i].x)
	}

	// Through a pointer taken before the loop.
	q := &ps[0]
	for _, p := range ps[:1] {
		q.y = 99
		fmt.Println("pointer store:", p.y, q.y)
	}

	// A whole element stored in place.
	for i, p := range ps {
		ps[i] = point{x: 42}
		fmt.Println("element store:", p.x, p.tag[0], ps[i].x)
	}

	// Through a function.
	for i, p := range ps {
		bump(&ps[i])
		fmt.Println("call store:", p.x, ps[i].x)
	}

	// copy and append over the same backing array.
	qs := []point{{1, 1, [2]int{}}, {2, 2, [2]int{}}}
	for _, p := range qs[:1] {
		copy(qs, qs[1:])
		fmt.Println("copy:", p.x, qs[0].x)
	}
	qs = []point{{3, 3, [2]int{}}, {4, 4, [2]int{}}}
	for _, p := range qs[1:] {
		_ = append(qs[:1], point{x: 9})
		fmt.Println("append:", p.x, qs[1].x)
	}

	// An array field of the element.
	rs := []point{{0, 0, [2]int{1, 2}}}
	for _, p := range rs {
		t := rs[0].tag[:]
		t[0] = 50
		fmt.Println("array field:", p.tag[0], rs[0].tag[0])
	}

	// A slice over an array inside a struct variable.
	var h holder
	h.pts[0].x = 7
	hs := h.pts[:]
	for _, p := range hs[:1] {
		h.pts[0].x = 8
		fmt.Println("array-backed:", p.x, hs[0].x)
	}

	// v := s[i], then the element changes.
	ws := []point{{10, 20, [2]int{}}}
	w := ws[0]
	ws[0].x = 11
	fmt.Println("define:", w.x, ws[0].x)
	k := ws[0]
	ptr := &ws[0]
	ptr.y = 21
	*ptr = point{x: 12}
	fmt.Println("define via pointer:", k.x, k.y, ws[0].x)

	// Another goroutine writes the element between the copy and its use.
	gs := []point{{1, 0, [2]int{}}}
	done := make(chan bool)
	for _, p := range gs {
		go func() {
			gs[0].x = 2
			done <- true
		}()
		<-done
		fmt.Println("goroutine:", p.x, gs[0].x)
	}

	// The copy used whole, then the original changes.
	var saved []point
	for _, p := range ps {
		saved = append(saved, p)
	}
	ps[0].x = 1000
	fmt.Println("saved:", saved[0].x, ps[0].x)
}
