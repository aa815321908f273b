// iface: a scene graph of groups whose children are held in interface-typed fields (shapes,
// nested groups and boxed integers in an `any` tag). Whole subtrees are replaced over and
// over, so the discarded ones become garbage; the final graph stays live.
package main

import (
	"fmt"
	"runtime"
)

type shape interface {
	area() int
}

type circle struct {
	r int
}

type rect struct {
	w, h  int
	label string
}

type group struct {
	parent   *group
	children []shape
	tag      any
	first    shape
}

func (c *circle) area() int { return 3 * c.r * c.r }
func (r *rect) area() int   { return r.w * r.h }

func (g *group) area() int {
	s := 0
	for _, c := range g.children {
		s += c.area()
	}
	if n, ok := g.tag.(int); ok {
		s += n % 7
	}
	return s
}

var scene *group

// build makes a group of fan children: below depth 0 the first two are nested groups.
func build(parent *group, depth, fan, seed int) *group {
	g := &group{parent: parent, tag: 300 + seed%1000}
	for i := 0; i < fan; i++ {
		var c shape
		switch {
		case depth > 0 && i < 2:
			c = build(g, depth-1, fan, seed*3+i)
		case (seed+i)%2 == 0:
			c = &circle{r: (seed + i) % 9}
		default:
			c = &rect{w: i + 1, h: seed%5 + 1, label: "r"}
		}
		g.children = append(g.children, c)
	}
	g.first = g.children[0]
	return g
}

func main() {
	scene = &group{}
	for i := 0; i < 64; i++ {
		scene.children = append(scene.children, build(scene, 7, 4, i))
	}
	sum := 0
	for round := 0; round < 2000; round++ {
		slot := (round * 5) % len(scene.children)
		scene.children[slot] = build(scene, 6+round%3, 4, round)
		if round%50 == 0 {
			sum += scene.area() % 1000003
		}
	}
	fmt.Println("groups", len(scene.children), "area", scene.area(), "checksum", sum)

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	numgc := m.NumGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Printf("gcstat numgc=%d live=%d\n", numgc, m.HeapAlloc)
}
