// Innermost loops of scalar work, which gort runs in strips (compiler/stripmine.ts): their
// results, and the panics that leave them, recovered and reported with the statement's line.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

type vec struct{ x, y, z float64 }

func dot(a, b []vec) float64 {
	s := 0.0
	for i := range a {
		s += a[i].x*b[i].x + a[i].y*b[i].y + a[i].z*b[i].z
	}
	return s
}

func norms(vs []vec, out []float64) {
	for i, v := range vs {
		out[i] = math.Sqrt(v.x*v.x + v.y*v.y + v.z*v.z)
	}
}

func popcount(xs []uint64) int {
	n := 0
	for _, x := range xs {
		n += bits.OnesCount64(x)
	}
	return n
}

func runes(s string) (ascii, other int) {
	for _, r := range s {
		if r < 128 {
			ascii++
		} else {
			other += int(r)
		}
	}
	return
}

func shift(p *[8]int) {
	for i := len(p) - 1; i > 0; i-- {
		p[i] = p[i-1]
	}
	p[0] = 0
}

func divide(xs []int, d int) int {
	s := 0
	for i := 0; i < len(xs); i++ {
		s += xs[i] / d
	}
	return s
}

type node struct {
	val  int
	next *node
}

func walk(n *node, steps int) int {
	s := 0
	for i := 0; i < steps; i++ {
		s += n.val
		n = n.next
	}
	return s
}

type point struct {
	x, y int
	tag  string
	next *point
}

// Struct values copied by range and by assignment.
func manhattan(ps []point) (int, point) {
	d := 0
	var far point
	for _, p := range ps {
		d += p.x + p.y
		if p.x > far.x {
			far = p
		}
	}
	return d, far
}

func rows(g [][3]int) int {
	n := 0
	for _, row := range g {
		n += row[0] * row[2]
	}
	return n
}

func try(name string, f func() int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "recovered:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	vs := make([]vec, 100)
	for i := range vs {
		vs[i] = vec{float64(i), float64(i) * 0.5, 1}
	}
	out := make([]float64, len(vs))
	norms(vs, out)
	fmt.Printf("%.4f %.4f %.4f\n", dot(vs, vs), out[3], out[99])
	xs := make([]uint64, 1000)
	for i := range xs {
		xs[i] = uint64(i) * 0x9e3779b97f4a7c15
	}
	fmt.Println(popcount(xs))
	fmt.Println(runes("gophers ♥ Go, 世界"))
	var p [8]int
	for i := range p {
		p[i] = i * i
	}
	shift(&p)
	fmt.Println(p)
	ints := []int{10, 20, 30, 40}
	list := &node{1, &node{2, &node{3, nil}}}
	try("divide", func() int { return divide(ints, 5) })
	try("divide by zero", func() int { return divide(ints, 0) })
	try("walk", func() int { return walk(list, 3) })
	try("walk past the end", func() int { return walk(list, 4) })
	try("dot of unequal", func() int { return int(dot(vs, vs[:50])) })
	// A kernel in main itself, a generator: its loop runs in strips too.
	sieve := make([]bool, 10000)
	primes := 0
	for i := 2; i < len(sieve); i++ {
		if !sieve[i] {
			primes++
			for j := i * i; j < len(sieve); j += i {
				sieve[j] = true
			}
		}
	}
	fmt.Println(primes)
	var grid [4][4]int
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	ps := []point{{1, 2, "a", nil}, {5, 1, "b", nil}, {3, 9, "c", nil}}
	d, far := manhattan(ps)
	fmt.Println(d, far.tag, rows([][3]int{{1, 2, 3}, {4, 5, 6}}))
	fmt.Println(dot(vs, vs[:10]))
}
