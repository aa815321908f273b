// Benchmark for -race: a matrix product split among four goroutines by rows, on slices of
// float64 and a struct per worker; every element and field access goes through the race
// detector when built with -race. Usage: race_cpu [n]; prints a checksum of the product.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type band struct {
	lo, hi int
	flops  int
}

func mul(a, b, c []float64, n int, bd *band) {
	for i := bd.lo; i < bd.hi; i++ {
		for j := 0; j < n; j++ {
			s := 0.0
			for k := 0; k < n; k++ {
				s += a[i*n+k] * b[k*n+j]
			}
			c[i*n+j] = s
			bd.flops += 2 * n
		}
	}
}

func main() {
	n := 200
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	a := make([]float64, n*n)
	b := make([]float64, n*n)
	c := make([]float64, n*n)
	for i := range a {
		a[i] = float64(i%7) - 3
		b[i] = float64(i%5) * 0.5
	}
	const workers = 4
	bands := make([]band, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		bands[w] = band{lo: w * n / workers, hi: (w + 1) * n / workers}
		wg.Add(1)
		go func(bd *band) {
			defer wg.Done()
			mul(a, b, c, n, bd)
		}(&bands[w])
	}
	wg.Wait()
	sum := 0.0
	flops := 0
	for i := range c {
		sum += c[i]
	}
	for _, bd := range bands {
		flops += bd.flops
	}
	fmt.Println(sum, flops)
}
