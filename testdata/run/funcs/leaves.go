// Small leaf functions and value methods (which gort compiles without a frame) called from
// code that then panics, recovers, asks for its caller and goes on: the leaves leave no trace
// in tracebacks, runtime.Caller or the results.
package main

import (
	"fmt"
	"math"
	"os"
	"runtime"
)

type vec struct{ x, y float64 }

func (v vec) add(w vec) vec      { return vec{x: v.x + w.x, y: v.y + w.y} }
func (v vec) dot(w vec) float64 { return v.x*w.x + v.y*w.y }
func (v vec) norm() float64     { return math.Sqrt(v.dot(v)) }

type celsius float64

func (c celsius) fahrenheit() float64 { return float64(c)*9/5 + 32 }

var calls int

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func clamp(x, lo, hi int) (r int) {
	r = x
	if r < lo {
		r = lo
	} else if r > hi {
		r = hi
	}
	return
}

func divmod(a int64) (int64, int64) { return a / 7, a % -7 }

func halves(x uint64, s uint) (uint64, uint64, int32) {
	calls++
	return x >> s, x << (s & 63), int32(x)
}

func mix(a, b int) int {
	var t int = a ^ b
	t *= 31
	t &^= 3
	t++
	return abs(t) + clamp(t, -5, 5)
}

func eval(i, j int) float64 { return 1.0 / float64((i+j)*(i+j+1)/2+i+1) }

func grade(x int) string {
	switch {
	case x >= 90:
		return "A"
	case x >= 50:
		return "B"
	}
	return "C"
}

func weight(day string) (w int) {
	switch d := day; d {
	case "sat", "sun":
		w = 2
		fallthrough
	case "fri":
		w++
	default:
		if w == 0 {
			break
		}
		w = -1
	}
	return
}

func same(a, b string) bool { return a == b || len(a) < len(b) }

func where() string {
	_, file, line, _ := runtime.Caller(0)
	_ = file
	return fmt.Sprint("line ", line, " ", abs(-line))
}

func index(xs []int, i int) int {
	k := abs(i) + clamp(i, 0, 1)
	return xs[k]
}

func main() {
	v := vec{3, 4}
	fmt.Println(v.add(v), v.dot(vec{1, 1}), v.norm(), celsius(100).fahrenheit())
	fmt.Println(abs(-7), abs(math.MinInt64), clamp(12, 0, 10), clamp(-3, 0, 10))
	q, r := divmod(-100)
	fmt.Println(q, r)
	q, r = divmod(math.MinInt64)
	fmt.Println(q, r)
	a, b, c := halves(1<<63|12345, 3)
	fmt.Println(a, b, c, calls)
	fmt.Println(mix(5, 9), mix(-1<<40, 3))
	s := 0.0
	for i := 0; i < 50; i++ {
		for j := 0; j < 50; j++ {
			s += eval(i, j)
		}
	}
	fmt.Printf("%.9f\n", s)
	fmt.Println(same("a", "a"), same("ab", "a"), where())
	fmt.Println(grade(95), grade(50), grade(3), weight("sun"), weight("fri"), weight("mon"))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(index([]int{1, 2, 3}, 1))
		fmt.Println(index([]int{1, 2, 3}, -4))
	}()
	fmt.Fprintln(os.Stderr, "last:", index([]int{5}, 1))
}
