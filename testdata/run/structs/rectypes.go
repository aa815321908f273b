// Recursive types through channels, maps, funcs, slices, pointers, arrays and interfaces, and
// aliases met through an interface's methods: their run-time type descriptors must be built in
// an order that lets each refer to the others.
package main

import "fmt"

type S struct{ c chan S }

type T map[string]T
type F func(F) F
type L []L
type P *P
type I interface{ M(I) I }
type A [2]*A
type C chan C
type RC <-chan RC
type BC chan (<-chan BC)

type Node struct {
	kids  map[string]Node
	next  func(Node) Node
	ch    <-chan Node
	arr   [2]chan Node
	list  []Node
	iface interface{ Get() Node }
}

type E struct {
	f  F2
	gs [1]G
}
type F2 struct{ c chan E }
type G struct{ m map[G2]E }
type G2 struct{ k int }

type W interface {
	Wrap(W) []W
	Self() map[string]W
}

// Aliases whose right sides mention the interface that mentions them.
type FA = func(TA)
type TA interface{ m(FA) }
type GA = []UA
type UA interface{ n() GA }
type HA = map[string]VA
type VA struct{ h HA }

type impl struct{ v int }

func (x impl) M(i I) I            { return i }
func (x impl) Wrap(o W) []W       { return []W{x, o} }
func (x impl) Self() map[string]W { return map[string]W{"me": x} }
func (x impl) m(f FA)             { f(x) }
func (x impl) n() GA              { return GA{x} }
func (n Node) Get() Node          { return n }

func main() {
	s := S{c: make(chan S, 1)}
	s.c <- S{}
	fmt.Println((<-s.c).c == nil)
	t := T{"a": T{}}
	fmt.Println(len(t["a"]))
	var f F = func(g F) F { return g }
	fmt.Println(f(nil) == nil)
	l := L{L{}, nil}
	fmt.Println(len(l))
	var p P
	p = &p
	fmt.Println(p != nil)
	var i I = impl{}
	fmt.Println(i.M(i) != nil)
	var a A
	fmt.Println(a[0] == nil)
	c := make(C, 1)
	c <- c
	fmt.Println(<-c != nil)
	var rc RC
	bc := make(BC)
	fmt.Printf("%T %T %T %T %T %T %T %T %T %T\n", S{}, t, f, l, p, i, a, c, rc, bc)

	n := Node{kids: map[string]Node{"a": {}}}
	n.iface = n
	nc := make(chan Node, 1)
	nc <- n
	n.ch = nc
	fmt.Println(len((<-n.ch).kids), n.iface.Get().kids["a"].list == nil)
	fmt.Printf("%T|%T|%T|%T\n", n.ch, n.arr, n.kids, n.next)

	e := E{f: F2{c: make(chan E, 1)}}
	e.f.c <- E{}
	fmt.Printf("%T %v\n", <-e.f.c, e.gs[0].m == nil)
	var w W = impl{1}
	fmt.Println(len(w.Wrap(w)), len(w.Self()))
	fmt.Printf("%v %+v\n", w, w.Self()["me"])

	type local struct{ c chan local }
	lc := local{make(chan local, 1)}
	lc.c <- local{}
	fmt.Printf("%T %v\n", lc, (<-lc.c).c == nil)

	var ta TA = impl{2}
	ta.m(func(x TA) { fmt.Printf("called with %v\n", x) })
	var ua UA = impl{3}
	fmt.Println(len(ua.n()))
	va := VA{h: HA{"k": {}}}
	fmt.Printf("%T %T %d\n", ta, va.h, len(va.h))
	var any interface{} = e
	_, ok := any.(E)
	fmt.Println(ok)
}
