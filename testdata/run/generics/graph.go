// A generic type built from other generic instances: Graph[K] holds
// map[K]*Set[K] and embeds a Counter[K]; a recursive generic DFS returns a
// topological order as Path[K]; generic method values (including a promoted
// one) are stored in variables and in a slice of funcs.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Ordered interface{ ~int | ~int64 | ~string }

type Set[T Ordered] struct{ m map[T]struct{} }

func (s *Set[T]) Add(v T) {
	if s.m == nil {
		s.m = map[T]struct{}{}
	}
	s.m[v] = struct{}{}
}

func (s *Set[T]) Sorted() []T {
	out := make([]T, 0, len(s.m))
	for k := range s.m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

type Counter[T any] struct{ n int }

func (c *Counter[T]) Bump() int { c.n++; return c.n }

type Path[K any] []K

type Graph[K Ordered] struct {
	Counter[K]
	adj map[K]*Set[K]
}

func NewGraph[K Ordered]() *Graph[K] { return &Graph[K]{adj: map[K]*Set[K]{}} }

func (g *Graph[K]) Edge(from, to K) {
	for _, k := range []K{from, to} {
		if g.adj[k] == nil {
			g.adj[k] = &Set[K]{}
		}
	}
	g.adj[from].Add(to)
	g.Bump()
}

func (g *Graph[K]) Nodes() []K {
	var all Set[K]
	for k := range g.adj {
		all.Add(k)
	}
	return all.Sorted()
}

var ErrCycle = errors.New("graph has a cycle")

func visit[K Ordered](g *Graph[K], k K, state map[K]int, out *Path[K]) error {
	switch state[k] {
	case 1:
		return fmt.Errorf("at %v: %w", k, ErrCycle)
	case 2:
		return nil
	}
	state[k] = 1
	for _, n := range g.adj[k].Sorted() {
		if err := visit(g, n, state, out); err != nil {
			return err
		}
	}
	state[k] = 2
	*out = append(Path[K]{k}, *out...)
	return nil
}

func TopoSort[K Ordered](g *Graph[K]) (Path[K], error) {
	var out Path[K]
	state := map[K]int{}
	nodes := g.Nodes()
	for i := len(nodes) - 1; i >= 0; i-- {
		if err := visit(g, nodes[i], state, &out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func main() {
	g := NewGraph[string]()
	edge := g.Edge
	for _, e := range [][2]string{{"shirt", "tie"}, {"tie", "jacket"}, {"pants", "shoes"},
		{"pants", "belt"}, {"belt", "jacket"}, {"socks", "shoes"}} {
		edge(e[0], e[1])
	}
	fmt.Println(g.Nodes(), "edges:", g.n)
	order, err := TopoSort(g)
	fmt.Printf("%v %v %T\n", order, err, order)

	n := NewGraph[int]()
	adders := []func(int, int){n.Edge, NewGraph[int]().Edge}
	for i := 1; i < 5; i++ {
		adders[0](i, i+1)
	}
	adders[1](9, 9)
	bump := n.Bump
	fmt.Println(n.Nodes(), bump(), n.Counter.n)
	adders[0](5, 2)
	_, err = TopoSort(n)
	fmt.Println(err, errors.Is(err, ErrCycle))
	fmt.Printf("%T %T\n", n.adj, bump)
}
