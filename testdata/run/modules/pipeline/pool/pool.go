// Package pool runs a function over items on a fixed number of goroutines.
package pool

import (
	"sort"
	"sync"
)

type Pool struct {
	workers int
	f       func(int) int
}

type result struct{ in, out int }

func New(workers int, f func(int) int) *Pool { return &Pool{workers, f} }

func (p *Pool) worker(jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j, p.f(j)}
	}
}

// Run applies the pool's function to every item; the results come back in input order.
func (p *Pool) Run(items []int) []int {
	jobs := make(chan int)
	results := make(chan result, len(items))
	var wg sync.WaitGroup
	for i := 0; i < p.workers; i++ {
		wg.Add(1)
		go p.worker(jobs, results, &wg)
	}
	for _, it := range items {
		jobs <- it
	}
	close(jobs)
	wg.Wait()
	close(results)
	var rs []result
	for r := range results {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].in < rs[j].in })
	out := make([]int, len(rs))
	for i, r := range rs {
		out[i] = r.out
	}
	return out
}
