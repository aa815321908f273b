// Loops over the rows of slices of slices, a[i][k] with i fixed in the loop: matrix products
// long enough to be preempted, on several goroutines; rows replaced inside the loop; nil and
// out-of-range rows, whose panics must come where they came.
package main

import (
	"fmt"
	"sync"
)

func matrix(n, seed int) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
		for j := range m[i] {
			m[i][j] = float64((i*n+j+seed)%17) / 8
		}
	}
	return m
}

func mul(a, b [][]float64) [][]float64 {
	n := len(a)
	c := make([][]float64, n)
	for i := 0; i < n; i++ {
		c[i] = make([]float64, n)
		for j := 0; j < n; j++ {
			s := 0.0
			for k := 0; k < n; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

func trace(m [][]float64) (t float64) {
	for i := range m {
		t += m[i][i]
	}
	return
}

// lcs fills a dynamic-programming table row by row, reading the row above.
func lcs(x, y string) int {
	dp := make([][]int, len(x)+1)
	for i := range dp {
		dp[i] = make([]int, len(y)+1)
	}
	for i := 1; i <= len(x); i++ {
		prev, cur := i-1, i
		for j := 1; j <= len(y); j++ {
			if x[i-1] == y[j-1] {
				dp[cur][j] = dp[prev][j-1] + 1
			} else if dp[prev][j] >= dp[cur][j-1] {
				dp[cur][j] = dp[prev][j]
			} else {
				dp[cur][j] = dp[cur][j-1]
			}
		}
	}
	return dp[len(x)][len(y)]
}

func try(name string, f func() int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	var wg sync.WaitGroup
	traces := make([]float64, 3)
	for g := 0; g < 3; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			a, b := matrix(60, g), matrix(60, g+5)
			traces[g] = trace(mul(a, b))
		}(g)
	}
	wg.Wait()
	fmt.Println(traces)
	fmt.Println(lcs("the quick brown fox jumps over", "a lazy dog quickly jumped over it"))

	rows := [][]int{{1, 2, 3}, {4, 5, 6}, nil}
	try("replaced", func() int {
		t, i := 0, 1
		for k := 0; k < 3; k++ {
			t += rows[i][k]
			rows[i] = []int{t, t, t}
		}
		return t
	})
	try("nil row", func() int {
		t, i := 0, 2
		for k := 0; k < 3; k++ {
			t += rows[0][k] + rows[i][k]
		}
		return t
	})
	try("row out of range", func() int {
		t, i := 0, 7
		for k := 0; k < 3; k++ {
			t += rows[0][k] + rows[i][k]
		}
		return t
	})
	try("zero trips", func() int {
		t, i := 0, 9
		for k := 0; k < 0; k++ {
			t += rows[i][k]
		}
		return t
	})
}
