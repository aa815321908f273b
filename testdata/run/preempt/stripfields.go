// Loops over a struct's fields through a pointer or a struct value: a matrix type's methods,
// long enough to be preempted, on several goroutines; fields stored inside the loop; a nil
// pointer whose fault must come where it came.
package main

import (
	"fmt"
	"sync"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

func New(r, c int) *Matrix { return &Matrix{r, c, make([]float64, r*c)} }

func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) *Matrix {
	r := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			s := 0.0
			for k := 0; k < m.cols; k++ {
				s += m.data[i*m.cols+k] * o.data[k*o.cols+j]
			}
			r.data[i*r.cols+j] = s
		}
	}
	return r
}

func (m Matrix) Trace() (t float64) {
	for i := 0; i < m.rows; i++ {
		t += m.data[i*m.cols+i]
	}
	return
}

type counter struct {
	n    int
	hist []int
}

// grow stores the field it reads: each iteration must see the last store.
func (c *counter) grow(steps int) int {
	sum := 0
	for i := 0; i < steps; i++ {
		sum += c.n
		c.n += 2
	}
	return sum
}

// swap replaces the whole struct the pointer points to inside the loop.
func swap(c *counter, steps int) int {
	sum := 0
	for i := 0; i < steps; i++ {
		sum += c.hist[0]
		*c = counter{hist: []int{sum + 1}}
	}
	return sum
}

func try(name string, f func() float64) {
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
			n := 50
			a, b := New(n, n), New(n, n)
			for i := 0; i < n; i++ {
				for j := 0; j < n; j++ {
					a.Set(i, j, float64((i+j+g)%7))
					b.Set(i, j, float64((i*j+g)%5))
				}
			}
			traces[g] = a.Mul(b).Trace()
		}(g)
	}
	wg.Wait()
	fmt.Println(traces)
	c := &counter{n: 1}
	fmt.Println(c.grow(5), c.n)
	fmt.Println(swap(&counter{hist: []int{1}}, 4))

	var nilm *Matrix
	try("nil in condition", func() float64 {
		t := 0.0
		for k := 0; k < nilm.cols; k++ {
			t += nilm.data[k]
		}
		return t
	})
	try("nil in body", func() float64 {
		t := 0.0
		xs := []float64{1, 2}
		for k := 0; k < 2; k++ {
			t += xs[k]
			t += nilm.data[k]
		}
		return t
	})
	try("short data", func() float64 {
		m := &Matrix{1, 3, []float64{1, 2}}
		t := 0.0
		for k := 0; k < m.cols; k++ {
			t += m.data[k]
		}
		return t
	})
}
