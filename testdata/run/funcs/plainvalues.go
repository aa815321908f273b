// Func values of literals that cannot block: called directly, through go and defer, by reflect
// and by the standard library, and the frames under sort.Slice's less.
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"sync"
)

type point struct{ x, y int }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func counter() (func() int, func() int) {
	n := 0
	return func() int { n++; return n }, func() int { return n }
}

func fold(xs []int, z int, f func(acc, x int) int) int {
	for _, x := range xs {
		z = f(z, x)
	}
	return z
}

func pair(f func(int) (int, string)) string {
	n, s := f(7)
	return fmt.Sprint(n, s)
}

func variadic(f func(string, ...int) int) int {
	return f("a", 1, 2, 3) + f("b")
}

func main() {
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))

	next, peek := counter()
	next()
	next()
	fmt.Println(next(), peek())

	// Literals in a loop, each capturing its own variable.
	var fs []func() int
	for i := 0; i < 4; i++ {
		j := i * i
		fs = append(fs, func() int { return j + i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	xs := []int{5, 3, 8, 1, 9, 2}
	fmt.Println(fold(xs, 0, func(a, x int) int { return a + x }), fold(xs, 1, func(a, x int) int { return a * x % 1000 }))
	fmt.Println(pair(func(n int) (int, string) { return n * 3, strings.Repeat("x", n) }))
	fmt.Println(variadic(func(s string, ns ...int) int { return len(s) + len(ns) }))

	// A literal that blocks (a channel send) and one that does not, in one slice.
	ch := make(chan int, 1)
	ops := []func(int) int{
		func(x int) int { ch <- x; return <-ch + 1 },
		func(x int) int { return x - 1 },
	}
	for _, op := range ops {
		fmt.Print(op(10), " ")
	}
	fmt.Println()

	// Recursion through a func value.
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))

	// Go statements and deferred calls of plain func values.
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	add := func(n int) int { return n * 10 }
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		f := func(k int) {
			defer wg.Done()
			v := add(k)
			mu.Lock()
			total += v
			mu.Unlock()
		}
		go f(i)
	}
	wg.Wait()
	fmt.Println("total", total)
	show := func(s string) { fmt.Println("deferred", s) }
	defer show("last")
	square := func(x int) int { return x * x }
	defer fmt.Println("square", square(6))

	// Reflection and the standard library call them as any func value.
	r := reflect.ValueOf(dbl).Call([]reflect.Value{reflect.ValueOf(21)})
	fmt.Println(r[0].Int(), reflect.TypeOf(dbl), fmt.Sprintf("%T", fold))
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "HAL"), strings.IndexFunc("go gopher", func(r rune) bool { return r == 'p' }))
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))

	ps := []point{{3, 1}, {1, 2}, {3, 0}, {2, 2}, {1, 1}, {2, 0}}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].x < ps[j].x })
	fmt.Println(ps)
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].y != ps[j].y {
			return ps[i].y < ps[j].y
		}
		return ps[i].x > ps[j].x
	})
	fmt.Println(ps)
	words := strings.Fields("the quick brown fox jumps over the lazy dog again and again")
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)

	// A nil func value.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var nf func(int) int
		fmt.Println(nf(1))
	}()

	// The frames under a less func are the func variant's, as in Go.
	sort.Slice(ps[:2], func(i, j int) bool {
		pcs := make([]uintptr, 16)
		frames := runtime.CallersFrames(pcs[:runtime.Callers(1, pcs)])
		for {
			f, more := frames.Next()
			fmt.Print(f.Function, " ")
			if !more || f.Function == "main.main" {
				break
			}
		}
		fmt.Println()
		return false
	})
}
