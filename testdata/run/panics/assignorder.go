// Which check panics first in an assignment whose both sides are out of range: in a single
// assignment the right side is evaluated before the left side's bounds and nil checks; in a
// tuple assignment each left side's index is checked before any right side is evaluated.
package main

import (
	"container/heap"
	"fmt"
)

type node struct{ val int }

type intHeap []int

func (h intHeap) Len() int            { return len(h) }
func (h intHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	dst := make([]int, 3)
	src := make([]int, 2)
	i := 3
	try("single", func() { dst[i] = src[i] })
	j := 7
	try("single, wider", func() { dst[j] = src[j] + 1 })
	var n *node
	vals := []int{1, 2}
	k := 5
	try("nil left, bad index right", func() { n.val = vals[k] })
	var p *int
	try("nil deref left", func() { *p = vals[k] })
	arr := [2]int{}
	try("array left", func() { arr[i] = src[j] })
	s := []int{}
	a, b := 0, -1
	try("tuple swap", func() { s[a], s[b] = s[b], s[a] })
	t := []int{1}
	try("tuple, second left bad", func() { t[0], t[i] = t[j], t[0] })
	z := 0
	try("division right", func() { dst[i] = 10 / z })
	h := &intHeap{}
	try("heap.Pop on empty", func() { heap.Pop(h) })
}
