// Interface method calls that no implementation can yield in are plain calls
// (compiler/ifacecalls.ts): panics, callers, recursion, goroutines and
// collections through them read as with any other call.
package main

import (
	"container/heap"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
)

type node interface {
	sum() int
	depth() int
}

type leaf struct{ v int }
type pair struct{ l, r node }
type chain struct {
	v    int
	next node
}

func (l leaf) sum() int    { return l.v }
func (l leaf) depth() int  { return 1 }
func (p *pair) sum() int   { return p.l.sum() + p.r.sum() }
func (p *pair) depth() int { return 1 + max(p.l.depth(), p.r.depth()) }
func (c *chain) sum() int {
	if c.next == nil {
		return c.v
	}
	return c.v + c.next.sum()
}
func (c *chain) depth() int {
	if c.next == nil {
		return 1
	}
	return 1 + c.next.depth()
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func build(d int) node {
	if d == 0 {
		return leaf{d + 1}
	}
	return &pair{build(d - 1), leaf{d}}
}

// total only calls through the interface: a plain function.
func total(n node) int { return n.sum() * 2 }

type shape interface{ area() int }
type sq struct{ s int }
type tri struct{ b, h int }
type framed struct{ shape }

func (q sq) area() int { return q.s * q.s }
func (t *tri) area() int {
	if t.b < 0 {
		var xs []int
		return xs[t.h]
	}
	return t.b * t.h / 2
}

func weigh(s shape) int { return s.area() + 1 }

type caller struct{}

func (caller) area() int {
	pc, _, _, _ := runtime.Caller(1)
	fmt.Println("called from", runtime.FuncForPC(pc).Name())
	return 0
}

func try(name string, f func() int) {
	defer func() {
		if r := recover(); r != nil {
			re, ok := r.(runtime.Error)
			if ok {
				re.RuntimeError()
			}
			fmt.Println(name+":", r, ok)
		}
	}()
	fmt.Println(name+":", f())
}

type width struct{ v int }

func (w width) Format(f fmt.State, verb rune) {
	wd, ok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "<%d %d %v %d %v %v %v>", w.v, wd, ok, p, pok, f.Flag('-'), f.Flag('+'))
}

type byLen []string

func (a byLen) Len() int           { return len(a) }
func (a byLen) Less(i, j int) bool { return len(a[i]) < len(a[j]) || len(a[i]) == len(a[j]) && a[i] < a[j] }
func (a byLen) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type minHeap []int

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *minHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type maker interface{ make(n int) []byte }
type mk struct{}

func (mk) make(n int) []byte { return make([]byte, n) }

func churn(m maker, n int) (t int) {
	for i := 0; i < n; i++ {
		t += len(m.make(i%64 + 1024))
	}
	return
}

func main() {
	t := build(12)
	fmt.Println(total(t), t.depth())

	var c node = &chain{v: 0}
	for i := 1; i < 20000; i++ {
		c = &chain{v: i, next: c}
	}
	fmt.Println(total(c), c.depth())

	fmt.Println(weigh(sq{3}), weigh(&tri{4, 5}), weigh(framed{sq{2}}))
	weigh(caller{})
	try("nil", func() int { return weigh(nil) })
	try("index", func() int { return weigh(&tri{-1, 3}) })
	try("nil field", func() int { return weigh(framed{}) })
	var nt *tri
	try("nil pointer", func() int { return weigh(nt) })

	fmt.Printf("%v|%-8.3v|%+v\n", width{1}, width{2}, width{3})

	words := strings.Fields("the quick brown fox jumps over a lazy dog again and again")
	sort.Sort(byLen(words))
	fmt.Println(words)
	h := &minHeap{5, 2, 8}
	heap.Init(h)
	for _, x := range []int{9, 1, 7, 3} {
		heap.Push(h, x)
	}
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)

	var wg sync.WaitGroup
	sums := make([]int, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				sums[g] += total(build(g + 3))
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(sums)

	var ms runtime.MemStats
	fmt.Println(churn(mk{}, 200000))
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC > 0)

	err := errors.New("plain")
	fmt.Println(err.Error(), len(fmt.Sprint(os.ErrNotExist)))

	fmt.Fprintln(os.Stderr, "now unrecovered")
	weigh(&tri{-2, 1})
}
