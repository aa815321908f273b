// Exercises container/heap (a priority queue with Fix and Remove), container/list (every
// insertion and move) and container/ring (Link, Unlink, Move, Do).
package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
)

type item struct {
	name string
	prio int
	idx  int
}

type pq []*item

func (q pq) Len() int            { return len(q) }
func (q pq) Less(i, j int) bool  { return q[i].prio > q[j].prio }
func (q pq) Swap(i, j int)       { q[i], q[j] = q[j], q[i]; q[i].idx = i; q[j].idx = j }
func (q *pq) Push(x any)         { it := x.(*item); it.idx = len(*q); *q = append(*q, it) }
func (q *pq) Pop() any           { old := *q; n := len(old); it := old[n-1]; *q = old[:n-1]; return it }

type ints []int

func (h ints) Len() int           { return len(h) }
func (h ints) Less(i, j int) bool { return h[i] < h[j] }
func (h ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ints) Push(x any)        { *h = append(*h, x.(int)) }
func (h *ints) Pop() any          { old := *h; x := old[len(old)-1]; *h = old[:len(old)-1]; return x }

func heaps() {
	hs := ints{5, 2, 8, 1, 9, 3}
	h := &hs
	heap.Init(h)
	heap.Push(h, 0)
	fmt.Println(*h)
	heap.Remove(h, 2)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	q := pq{}
	for i, n := range []string{"low", "high", "mid", "top"} {
		heap.Push(&q, &item{name: n, prio: []int{1, 5, 3, 9}[i]})
	}
	q[3].prio = 10
	heap.Fix(&q, 3)
	for q.Len() > 0 {
		it := heap.Pop(&q).(*item)
		fmt.Print(it.name, ":", it.prio, " ")
	}
	fmt.Println()
}

func printList(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Print("| ")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}

func lists() {
	var l list.List
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	printList(&l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	printList(&l)
	l.MoveBefore(e1, e4)
	l.MoveAfter(e4, l.Back())
	printList(&l)
	fmt.Println(l.Remove(e4), l.Remove(e4))
	other := list.New()
	other.PushBack("a")
	other.PushBack("b")
	l.PushBackList(other)
	l.PushFrontList(other)
	printList(&l)
	fmt.Println(l.InsertAfter(9, other.Front()) == nil)
	l.Init()
	printList(&l)
}

func rings() {
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	removed := r.Unlink(2)
	fmt.Println(r.Len(), removed.Len())
	s := ring.New(2)
	s.Value, s.Next().Value = "x", "y"
	r.Link(s)
	r.Move(-1).Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, ring.New(0))
}

func main() {
	heaps()
	lists()
	rings()
}
