// Func values the way programs use them: functional options, middleware chains, a method on a
// func type, generic Map/Filter/Reduce, callbacks that recover, memoization, sync.Once, and
// closures over struct fields and named results.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Server struct {
	host    string
	port    int
	retries int
}

type Option func(*Server)

func WithPort(p int) Option      { return func(s *Server) { s.port = p } }
func WithRetries(n int) Option   { return func(s *Server) { s.retries = n } }
func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80}
	for _, o := range opts {
		o(s)
	}
	return s
}

type Handler interface{ Serve(req string) string }
type HandlerFunc func(string) string

func (f HandlerFunc) Serve(req string) string { return f(req) }

type Middleware func(Handler) Handler

func logging(tag string, log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(req string) string {
			*log = append(*log, tag+">"+req)
			resp := next.Serve(req)
			*log = append(*log, tag+"<"+resp)
			return resp
		})
	}
}

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, z A, f func(A, T) A) A {
	for _, x := range xs {
		z = f(z, x)
	}
	return z
}

func safely(f func() int) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return f(), nil
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) incBy(k string) func(int) {
	return func(d int) {
		c.mu.Lock()
		defer c.mu.Unlock()
		c.n[k] += d
	}
}

func divide(a, b int) (q int, err error) {
	check := func() {
		if b == 0 {
			err = errors.New("division by zero")
		}
	}
	check()
	if err != nil {
		return
	}
	q = a / b
	return
}

func main() {
	s := NewServer("example.org", WithPort(8080), WithRetries(3))
	fmt.Printf("%+v\n", *s)

	var log []string
	h := chain(HandlerFunc(strings.ToUpper), logging("a", &log), logging("b", &log))
	fmt.Println(h.Serve("ping"), log)

	words := strings.Fields("alpha beta gamma delta epsilon zeta eta theta")
	lens := Map(words, func(w string) int { return len(w) })
	long := Filter(words, func(w string) bool { return len(w) > 4 })
	total := Reduce(lens, 0, func(a, n int) int { return a + n })
	joined := Reduce(long, "", func(a string, w string) string { return a + w[:1] })
	fmt.Println(lens, long, total, joined)

	fmt.Println(safely(func() int { return 42 }))
	fmt.Println(safely(func() int { var xs []int; return xs[3] }))
	fmt.Println(safely(func() int { panic(errors.New("custom")) }))

	var fib func(int) int
	fib = memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(80))

	c := &counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		inc := c.incBy([]string{"x", "y"}[i%2])
		go func(d int) { defer wg.Done(); inc(d) }(i)
	}
	wg.Wait()
	fmt.Println(c.n)

	var once sync.Once
	calls := 0
	for i := 0; i < 3; i++ {
		once.Do(func() { calls++ })
	}
	fmt.Println("once", calls)
	fmt.Println(divide(7, 2))
	fmt.Println(divide(7, 0))

	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range map[string]int{"b": 2, "a": 2, "c": 1, "d": 3} {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	fmt.Println(kvs)
	idx := sort.Search(len(kvs), func(i int) bool { return kvs[i].v <= 1 })
	fmt.Println(idx, sort.SliceIsSorted(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v }))
	fs := map[string]func(float64, float64) float64{
		"add": func(a, b float64) float64 { return a + b },
		"mul": func(a, b float64) float64 { return a * b },
	}
	fmt.Println(fs["add"](1.5, 2), fs["mul"](1.5, 2))
	fmt.Println(strings.TrimFunc("  xxhixx  ", func(r rune) bool { return r == ' ' || r == 'x' }))
}
