// Prints the results of every package math function for a spread of arguments (small, medium,
// huge, subnormal and special) with %v, %.17g and %b, so that any last-bit difference from Go
// 1.19 on amd64 shows: the ported algorithms (Sin, Tan, Pow, Cbrt, ...), the assembly ones (Exp,
// Log, Hypot), FMA, and the Go-source functions built on them (Sincos, Remainder, math/cmplx).
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

var args = []float64{
	0, math.Copysign(0, -1), 0.369, -0.369, 1, -1, 0.5, 0.7, 0.99, 1.5, 2, 2.5, math.E, 3, math.Pi, 5.5, 7.25,
	10, 21.5, 44, 100, 709.5, -709.5, 745, -745, 1e10, 1 << 29, 1e15, 1e22, 1e300, 1e-5, 1e-10, 1e-300,
	5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, math.Inf(1), math.Inf(-1), math.NaN(),
}

func show(name string, x, r float64) {
	fmt.Printf("%s(%v) = %v %.17g %b\n", name, x, r, r, r)
}

func main() {
	unary := []struct {
		name string
		f    func(float64) float64
	}{
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Asin", math.Asin}, {"Acos", math.Acos},
		{"Atan", math.Atan}, {"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh},
		{"Asinh", math.Asinh}, {"Acosh", math.Acosh}, {"Atanh", math.Atanh}, {"Exp", math.Exp},
		{"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Log", math.Log}, {"Log10", math.Log10},
		{"Log2", math.Log2}, {"Log1p", math.Log1p}, {"Cbrt", math.Cbrt}, {"Sqrt", math.Sqrt},
		{"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc}, {"Round", math.Round},
		{"RoundToEven", math.RoundToEven}, {"Logb", math.Logb},
	}
	for _, u := range unary {
		for _, x := range args {
			show(u.name, x, u.f(x))
		}
		// small arguments in a sweep, where the algorithms' polynomials dominate
		for i := 1; i <= 40; i++ {
			x := float64(i) * 0.0731
			if u.name == "Acosh" {
				x += 1
			}
			show(u.name, x, u.f(x))
		}
	}
	for _, x := range args {
		s, c := math.Sincos(x)
		fr, e := math.Frexp(x)
		ip, fp := math.Modf(x)
		fmt.Printf("Sincos(%v) = %.17g %.17g  Frexp = %b %d  Modf = %v %v  Ilogb = %d\n", x, s, c, fr, e, ip, fp, math.Ilogb(x))
	}
	pairs := [][2]float64{{2, 0.5}, {1.5, 3.7}, {-2, 3}, {10, -3}, {0.369, 2.5}, {3, 1e-3}, {7, 1e10}, {-8, 1.0 / 3},
		{1e-300, 0.5}, {1e300, 2}, {2, -1074}, {2, 1023.5}, {0.999, 1e6}, {1.0001, 7e5}, {math.E, math.Pi}, {-1, math.Inf(1)}}
	for _, p := range pairs {
		x, y := p[0], p[1]
		fmt.Printf("Pow(%v,%v) = %.17g  Atan2 = %.17g  Hypot = %.17g  Mod = %v  Remainder = %v  FMA(x,y,1) = %.17g\n",
			x, y, math.Pow(x, y), math.Atan2(x, y), math.Hypot(x, y), math.Mod(x, y), math.Remainder(x, y), math.FMA(x, y, 1))
	}
	for i := 1; i <= 30; i++ {
		x := 1 + float64(i)*0.037
		y := float64(i)*0.61 - 9
		fmt.Printf("Pow(%v,%v) = %b  Atan2 = %b  Hypot = %b\n", x, y, math.Pow(x, y), math.Atan2(y, x), math.Hypot(x, y))
	}
	// FMA: exact products, cancellation, ties, subnormal and overflowing results
	fmas := [][3]float64{{0.1, 10, -1}, {1 + 0x1p-52, 1 - 0x1p-52, -1}, {0x1p-1000, 0x1p-60, 0x1p-1074}, {1e308, 10, -1e308},
		{3, 1.0 / 3, -1}, {1 + 0x1p-27, 1 + 0x1p-27, -(1 + 0x1p-26)}, {-0x1p-600, 0x1p-600, 0}, {math.Inf(1), 0, 1}, {5, 7, math.Inf(-1)}}
	for _, f := range fmas {
		r := math.FMA(f[0], f[1], f[2])
		fmt.Printf("FMA(%v,%v,%v) = %v %b\n", f[0], f[1], f[2], r, r)
	}
	fmt.Println(math.Nextafter32(1, 2), math.Nextafter32(0, -1), math.Nextafter32(3.5, 3), math.Pow10(-5), math.Pow10(22))
	for _, z := range []complex128{complex(0.369, 1.2), complex(-3, 4), complex(1e-3, -7), complex(20, 0.5)} {
		fmt.Println(cmplx.Exp(z), cmplx.Log(z), cmplx.Log10(z), cmplx.Pow(z, 0.3+0.1i), cmplx.Sqrt(z), cmplx.Abs(z), cmplx.Phase(z))
	}
}
