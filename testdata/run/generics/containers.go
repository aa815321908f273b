// Generic container types: Stack[T] (methods declared with a different
// type-parameter name), Queue[T], a singly linked List[T] built from *node[T]
// pointers, and Set[T comparable] on map[T]struct{}; value and pointer
// receivers, zero-value returns with (T, bool), and a method value s.Push.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[E]) Push(v E) { s.items = append(s.items, v) }

func (s *Stack[E]) Pop() (v E, ok bool) {
	if n := len(s.items); n > 0 {
		v, s.items, ok = s.items[n-1], s.items[:n-1], true
	}
	return v, ok
}

func (s Stack[X]) Len() int { return len(s.items) }

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Enqueue(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Dequeue() (T, bool) {
	if len(q.items) == 0 {
		return *new(T), false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) PushFront(v T) { l.head = &node[T]{v, l.head}; l.size++ }

func (l List[T]) String() string {
	parts := []string{}
	for n := l.head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprint(n.val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable](vs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func (s *Set[T]) Add(v T)      { s.m[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for _, m := range []map[T]struct{}{s.m, o.m} {
		for k := range m {
			r.Add(k)
		}
	}
	return r
}

func main() {
	var s Stack[string]
	push := s.Push
	for _, w := range strings.Fields("alpha beta gamma") {
		push(w)
	}
	fmt.Printf("len=%d %T\n", s.Len(), push)
	for {
		v, ok := s.Pop()
		if !ok {
			fmt.Printf("empty: %q %v\n", v, ok)
			break
		}
		fmt.Println("pop", v)
	}
	q := &Queue[float64]{}
	q.Enqueue(0.25)
	q.Enqueue(0.5)
	a, _ := q.Dequeue()
	q.Enqueue(9)
	for v, ok := q.Dequeue(); ok; v, ok = q.Dequeue() {
		fmt.Print(v, " ")
	}
	fmt.Println("| first", a)
	var l List[int]
	for i := 0; i < 5; i++ {
		l.PushFront(i * i)
	}
	fmt.Println(l, l.size, l.String() == fmt.Sprint(l), List[bool]{})
	u := NewSet(1, 2, 3, 2, 1).Union(NewSet(3, 4, 5))
	keys := make([]int, 0, u.Len())
	for k := range u.m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys, u.Has(4), u.Has(7))
	ps := NewSet([2]int{1, 2}, [2]int{1, 2}, [2]int{2, 1})
	fmt.Println(ps.Len(), ps.Has([2]int{2, 1}))
}
