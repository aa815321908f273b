// Generic channel plumbing: a Generate source, a Stage transformer, a
// fan-in Merge[T any](cs ...<-chan T) <-chan T, and a generic worker pool
// ParallelMap whose results are placed by index, all with deterministic output.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func Generate[T any](vs ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, v := range vs {
			out <- v
		}
	}()
	return out
}

func Stage[In, Out any](in <-chan In, f func(In) Out) <-chan Out {
	out := make(chan Out, 2)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func Collect[T any](c <-chan T) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

type result[R any] struct {
	idx int
	val R
}

func ParallelMap[T, R any](in []T, workers int, f func(T) R) []R {
	jobs := make(chan int)
	results := make(chan result[R], len(in))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results <- result[R]{i, f(in[i])}
			}
		}()
	}
	for i := range in {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)
	out := make([]R, len(in))
	for r := range results {
		out[r.idx] = r.val
	}
	return out
}

func main() {
	squares := Stage(Generate(1, 2, 3, 4, 5), func(n int) int { return n * n })
	fmt.Println(Collect(squares))

	a := Generate(1, 3, 5, 7)
	b := Stage(Generate("10", "20"), func(s string) int { return len(s) * 100 })
	c := Generate[int]()
	merged := Collect(Merge(a, b, c))
	sort.Ints(merged)
	sum := 0
	for _, v := range merged {
		sum += v
	}
	fmt.Println(merged, "sum", sum)

	words := Merge(Generate("pear", "fig"), Generate("apple"), Generate("kiwi", "date"))
	upper := Collect(Stage(words, strings.ToUpper))
	sort.Strings(upper)
	fmt.Println(upper)

	lens := ParallelMap([]string{"a", "bb", "ccc", "dddd", "eeeee", "ffffff"}, 3,
		func(s string) int { return len(s) })
	fmt.Println(lens)
	labels := ParallelMap(lens, 2, func(n int) string { return fmt.Sprintf("<%d>", n*n) })
	fmt.Println(strings.Join(labels, ""))
	for p := range Stage(Generate(1.5, 2.5), func(f float64) [2]float64 { return [2]float64{f, f * 2} }) {
		fmt.Printf("%v %T\n", p, p)
	}
	fmt.Printf("%T %T\n", Merge[bool], Stage[int, string])
}
