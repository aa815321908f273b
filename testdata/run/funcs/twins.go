// Functions that call the func values their parameters hold, called with func literals: sums,
// searches, tree walks, generic folds, a method, nested passing, runtime.Caller and a panic
// inside a literal, run by two goroutines at once.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
)

func apply(xs []int, f func(int) int) int {
	s := 0
	for _, x := range xs {
		s += f(x)
	}
	return s
}

// twice passes its own func parameter on.
func twice(xs []int, f func(int) int) int {
	return apply(xs, f) + apply(xs, func(x int) int { return -x })
}

// reassigned: its parameter is written, so it is called as a func value.
func reassigned(xs []int, f func(int) int) int {
	if f == nil {
		f = func(x int) int { return x }
	}
	return apply(xs, f)
}

type node struct {
	l, r *node
	v    int
}

func (n *node) walk(visit func(int)) {
	if n == nil {
		return
	}
	n.l.walk(visit)
	visit(n.v)
	n.r.walk(visit)
}

func build(lo, hi int) *node {
	if lo > hi {
		return nil
	}
	m := (lo + hi) / 2
	return &node{build(lo, m-1), build(m+1, hi), m}
}

func fold[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type bag struct{ items []string }

func (b *bag) each(f func(i int, s string)) {
	for i, s := range b.items {
		f(i, s)
	}
}

func where(f func()) { f() }

func count(n int, pred func(int) bool) int {
	c := 0
	for i := 0; i < n; i++ {
		if pred(i) {
			c++
		}
	}
	return c
}

func main() {
	xs := []int{1, 2, 3, 4, 5}
	total := 0
	for i := 0; i < 1000; i++ {
		total += apply(xs, func(x int) int { return x * i })
	}
	fmt.Println("apply", total, twice(xs, func(x int) int { return x * x }), reassigned(xs, nil))

	a := make([]int, 100)
	for i := range a {
		a[i] = i * 7
	}
	hits := 0
	for k := 0; k < 800; k += 3 {
		j := sort.Search(len(a), func(i int) bool { return a[i] >= k })
		if j < len(a) && a[j] == k {
			hits++
		}
	}
	fmt.Println("search", hits, sort.SearchInts(a, 49), sort.SearchStrings([]string{"a", "c"}, "b"))

	t := build(1, 1000)
	sum, n := 0, 0
	t.walk(func(v int) { sum += v; n++ })
	var firsts []int
	t.walk(func(v int) {
		if v <= 3 {
			firsts = append(firsts, v)
		}
	})
	fmt.Println("walk", sum, n, firsts)

	words := []string{"go", "runtime", "simulated"}
	fmt.Println("fold", fold(words, 0, func(n int, s string) int { return n + len(s) }),
		fold(xs, "", func(acc string, x int) string { return acc + fmt.Sprint(x) }))

	b := &bag{items: words}
	var sb strings.Builder
	b.each(func(i int, s string) { fmt.Fprintf(&sb, "%d=%s ", i, s) })
	fmt.Println("each", sb.String())

	where(func() {
		_, file, line, _ := runtime.Caller(1)
		fmt.Println("caller", file[strings.LastIndex(file, "/")+1:], line)
	})

	var wg sync.WaitGroup
	res := make([]int, 2)
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for r := 0; r < 200; r++ {
				res[g] += count(1000, func(i int) bool { return i%(g+2) == 0 })
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("count", res)

	defer func() { fmt.Println("recovered:", recover()) }()
	apply(xs, func(x int) int { return 10 / (x - 3) })
}
