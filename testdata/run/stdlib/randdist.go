// math/rand's non-uniform distributions from seeded sources: NormFloat64, ExpFloat64 and
// Zipf draw Go's exact numbers, and their sample means and quantiles come out as expected.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
)

func main() {
	r := rand.New(rand.NewSource(2024))
	for i := 0; i < 5; i++ {
		fmt.Println(r.NormFloat64(), r.ExpFloat64())
	}
	const n = 20000
	xs := make([]float64, n)
	var sum, sumsq, esum float64
	for i := range xs {
		xs[i] = r.NormFloat64()*2 + 10
		sum += xs[i]
		sumsq += xs[i] * xs[i]
		esum += r.ExpFloat64() / 3
	}
	mean := sum / n
	sd := math.Sqrt(sumsq/n - mean*mean)
	sort.Float64s(xs)
	fmt.Printf("normal mean %.4f sd %.4f median %.4f p1 %.4f p99 %.4f\n", mean, sd, xs[n/2], xs[n/100], xs[n-n/100])
	fmt.Printf("exp mean %.5f\n", esum/n)
	z := rand.NewZipf(rand.New(rand.NewSource(7)), 1.3, 2, 1000)
	counts := map[uint64]int{}
	for i := 0; i < 10000; i++ {
		counts[z.Uint64()]++
	}
	fmt.Println(counts[0], counts[1], counts[2], counts[10], len(counts))
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
	rand.Seed(99)
	fmt.Println(rand.NormFloat64(), rand.ExpFloat64())
}
