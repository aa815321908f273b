// A generic binary search tree ordered by a less func(a, b T) bool, with
// recursive generic methods and functions, storing Pair[K, V] elements.
package main

import (
	"fmt"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type Tree[T any] struct {
	root *treeNode[T]
	less func(a, b T) bool
	n    int
}

type treeNode[T any] struct {
	val         T
	left, right *treeNode[T]
}

func NewTree[T any](less func(a, b T) bool) *Tree[T] { return &Tree[T]{less: less} }

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		switch {
		case t.less(v, (*p).val):
			p = &(*p).left
		case t.less((*p).val, v):
			p = &(*p).right
		default:
			(*p).val = v
			return false
		}
	}
	*p = &treeNode[T]{val: v}
	t.n++
	return true
}

func (t *Tree[T]) Find(v T) (T, bool) {
	n := t.root
	for n != nil {
		if t.less(v, n.val) {
			n = n.left
		} else if t.less(n.val, v) {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero T
	return zero, false
}

func (n *treeNode[T]) walk(visit func(T)) {
	if n == nil {
		return
	}
	n.left.walk(visit)
	visit(n.val)
	n.right.walk(visit)
}

func (t *Tree[T]) Items() []T {
	out := make([]T, 0, t.n)
	t.root.walk(func(v T) { out = append(out, v) })
	return out
}

func Height[T any](n *treeNode[T]) int {
	if n == nil {
		return 0
	}
	l, r := Height(n.left), Height(n.right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	ints := NewTree(func(a, b int) bool { return a < b })
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65} {
		if !ints.Insert(v) {
			fmt.Println("duplicate", v)
		}
	}
	fmt.Println(ints.Items(), ints.n, Height(ints.root))
	v, ok := ints.Find(65)
	w, ok2 := ints.Find(66)
	fmt.Println(v, ok, w, ok2)

	byLen := NewTree(func(a, b string) bool { return len(a) < len(b) || len(a) == len(b) && a < b })
	for _, s := range strings.Fields("tree node generic go leaf root branch go") {
		byLen.Insert(s)
	}
	fmt.Println(strings.Join(byLen.Items(), ","))

	scores := NewTree(func(a, b Pair[string, int]) bool { return a.Key < b.Key })
	scores.Insert(MakePair("mallory", 12))
	scores.Insert(MakePair("alice", 90))
	scores.Insert(Pair[string, int]{"bob", 75})
	scores.Insert(MakePair("alice", 95))
	for _, p := range scores.Items() {
		fmt.Printf("%s=%d ", p.Key, p.Val)
	}
	fmt.Println()
	got, found := scores.Find(Pair[string, int]{Key: "alice"})
	fmt.Printf("%v %+v %v\n", got, got, found)
	miss, found := scores.Find(MakePair("zed", 0))
	fmt.Printf("%+v %v\n", miss, found)
}
