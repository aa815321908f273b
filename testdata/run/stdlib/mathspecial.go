// Exercises math.Erf, Erfc, Erfinv, Erfcinv, Gamma, Lgamma, J0, J1, Y0, Y1, Jn and Yn on special
// values (±0, ±Inf, NaN, subnormals, huge), each algorithm's thresholds and their neighbours,
// negative integers and half-integers, and Bessel orders -3..10 (and a few far beyond int's safe
// range), printing every result with %v and its Float64bits, so that any last-bit difference
// from Go 1.19 on amd64 shows.
package main

import (
	"fmt"
	"math"
)

// bits is r's representation in hex, or NaN (whose payload is not compared).
func bits(r float64) string {
	if math.IsNaN(r) {
		return "NaN"
	}
	return fmt.Sprintf("%016x", math.Float64bits(r))
}

func show(name string, x, r float64) {
	fmt.Printf("%s(%v) = %v %s\n", name, x, r, bits(r))
}

// around returns each of xs with its two neighbours on either side.
func around(xs ...float64) []float64 {
	var out []float64
	for _, x := range xs {
		lo := math.Nextafter(x, math.Inf(-1))
		hi := math.Nextafter(x, math.Inf(1))
		out = append(out, math.Nextafter(lo, math.Inf(-1)), lo, x, hi, math.Nextafter(hi, math.Inf(1)))
	}
	return out
}

// sweep returns lo, lo+step, ... up to hi.
func sweep(lo, hi, step float64) []float64 {
	var out []float64
	for i := 0; lo+float64(i)*step <= hi; i++ {
		out = append(out, lo+float64(i)*step)
	}
	return out
}

func join(lists ...[]float64) []float64 {
	var out []float64
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

var specials = []float64{
	0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.5, -0.5, 2, -2,
	5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, -1e-300, 1e-20, -1e-20, 1e10, -1e10,
	1e300, -1e300, math.MaxFloat64, -math.MaxFloat64,
}

func unary(name string, f func(float64) float64, xs []float64) {
	for _, x := range xs {
		show(name, x, f(x))
	}
}

func erfs() {
	xs := join(specials,
		around(0x1p-28, 2.848094538889218e-306, 0x1p-56, 0.25, 0.84375, 1.25, 1/0.35, 6, 28),
		around(-0.84375, -1.25, -1/0.35, -6, -28),
		sweep(-7, 7, 0.37), []float64{27.9, 30, 1e-8, -1e-8, 0.1, -0.3})
	unary("Erf", math.Erf, xs)
	unary("Erfc", math.Erfc, xs)
	ys := join(specials, around(-1, 1, 0.85, -0.85, 0.999999999971, -0.999999999971),
		sweep(-0.99, 0.99, 0.045), []float64{1 - 1e-9, 1 - 1e-13, -1 + 1e-15, 1e-310, 1.5, -3})
	unary("Erfinv", math.Erfinv, ys)
	zs := join(specials, around(0, 1, 2, 0.15, 1.85, 2.8e-11, 1.9999999999720002),
		sweep(0.01, 1.99, 0.045), []float64{1e-9, 1e-13, 2 - 1e-15, 1e-310, 2.5, -0.5})
	unary("Erfcinv", math.Erfcinv, zs)
}

var gammaArgs = join(specials,
	sweep(1, 25, 1), sweep(-6, -1, 1), sweep(-5.5, 5.5, 0.5), sweep(-3.9, 3.9, 0.3),
	around(33, -33, 3, 2, 1e-9, -1e-9, 143.01608, 171.62, 200, 0x1p-70, 0.9, -0.25),
	around(0.7316321449683623, 0.19163214496836226, 1.7316321449683623, 1.1916321449683622, 8),
	[]float64{-33.5, -34.5, -100.3, -170.5, -171.5, -180.5, -190.2, -200.7, -1e5 - 0.5, 170, 171,
		172, 1e-10, -1e-10, 1.4616321449683623, 7.99, 50.5, 1e17, 1 << 52, -(1 << 52), -(1 << 52) - 0.5,
		1 << 53, -(1 << 53), 1 << 58, -(1 << 58), 1e306, -1e306, -2.25, -3.75, -4.1, -7.3},
)

func gammas() {
	unary("Gamma", math.Gamma, gammaArgs)
	for _, x := range gammaArgs {
		v, s := math.Lgamma(x)
		fmt.Printf("Lgamma(%v) = %v %s %d\n", x, v, bits(v), s)
	}
}

func bessels() {
	xs := join(specials,
		around(0x1p-27, 0x1p-13, 0x1p-54, 2, 2.8571, 4.5454, 8, 0x1p129, math.MaxFloat64/2),
		sweep(0.05, 30, 0.7), []float64{1, 1.5, 1.999, 2.4048255576957727, 3.8317059702075125, 100,
			1e5, 1e10, 1e20, 7e38, 1e200, -0.3, -1.5, -3, -7.7, -1e5, -1e200})
	unary("J0", math.J0, xs)
	unary("J1", math.J1, xs)
	unary("Y0", math.Y0, xs)
	unary("Y1", math.Y1, xs)
	ns := join(specials[:5], around(0x1p-29, 0x1p302), []float64{1e-10, 0.5, 1, 2.5, 5, 9.99,
		10, 25, 100, 1e5, 1e100, 1e300, -1, -2.5, -7.5, -1e-12, -1e300})
	for n := -3; n <= 10; n++ {
		for _, x := range ns {
			fmt.Printf("Jn(%d, %v) = %s  Yn(%d, %v) = %s\n", n, x, bits(math.Jn(n, x)), n, x, bits(math.Yn(n, x)))
		}
	}
	for _, n := range []int{20, 33, 34, 50, 99, 150, 300, -31, -50, -151} {
		for _, x := range []float64{1e-12, 0.5, 3, 20, 50, 149.9, 150, 400, 1e4, 1e95} {
			jn, yn := math.Jn(n, x), math.Yn(n, x)
			fmt.Printf("Jn(%d, %v) = %v %s  Yn(%d, %v) = %v %s\n", n, x, jn, bits(jn), n, x, yn, bits(yn))
		}
	}
	// Orders beyond 2^53, on the paths where Go's loops end.
	for _, n := range []int{math.MinInt64, math.MaxInt64, -math.MaxInt64, 1 << 60, 1<<60 + 1, -(1 << 60) - 3} {
		for _, x := range []float64{0, 1e-12, -1e-12, 0.75, 1e100, 1e300, -1e300} {
			if n == math.MinInt64 || x != 0.75 { // Go's backward recurrence would run n times
				fmt.Printf("Jn(%d, %v) = %s\n", n, x, bits(math.Jn(n, x)))
			}
		}
		for _, x := range []float64{0, 1e-300, 1e-12, 0.75, 1e300} {
			fmt.Printf("Yn(%d, %v) = %s\n", n, x, bits(math.Yn(n, x)))
		}
	}
}

func main() {
	erfs()
	gammas()
	bessels()
}
