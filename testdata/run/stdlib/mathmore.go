// Exercises math.Remainder, Pow10, Logb and Ilogb, and math/cmplx's Abs, Phase, Polar, Rect,
// Sqrt, Exp, Log, Pow and the NaN/Inf predicates.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	for _, p := range [][2]float64{{7, 3}, {8, 3}, {-7, 3}, {5, 2}, {-5, 2}, {1e300, 3.3}, {3, 0}, {math.Inf(1), 2}, {2, math.Inf(1)}, {6, 4}} {
		fmt.Print(math.Remainder(p[0], p[1]), " ")
	}
	fmt.Println()
	fmt.Println(math.Pow10(0), math.Pow10(5), math.Pow10(-3), math.Pow10(23), math.Pow10(-323), math.Pow10(309), math.Pow10(-324), math.Pow10(300), math.Pow10(-300))
	fmt.Println(math.Logb(8), math.Logb(0.1), math.Ilogb(1000), math.Ilogb(0), math.Logb(math.Inf(-1)))
	z := complex(3, 4)
	fmt.Println(cmplx.Abs(z), cmplx.Phase(z), cmplx.Conj(z))
	r, th := cmplx.Polar(z)
	fmt.Println(r, th, cmplx.Rect(r, th))
	for _, x := range []complex128{z, -4, complex(0, 2), complex(0, -2), complex(-1e-5, 3e-7), complex(1e10, -1e10), 0} {
		fmt.Print(cmplx.Sqrt(x), " ")
	}
	fmt.Println()
	fmt.Println(cmplx.Exp(complex(1, 0)), cmplx.Log(-1), cmplx.Log10(100i), cmplx.Exp(complex(math.Inf(-1), 1)))
	fmt.Println(cmplx.Pow(z, 2), cmplx.Pow(1i, 1i), cmplx.Pow(0, -1), cmplx.Pow(0, complex(-1, 1)), cmplx.Pow(0, 0))
	fmt.Println(cmplx.IsNaN(cmplx.NaN()), cmplx.IsInf(cmplx.Inf()), cmplx.IsNaN(complex(math.NaN(), math.Inf(1))))
}
