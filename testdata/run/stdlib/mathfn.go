// The math package: rounding functions, Sqrt/Pow/Exp/Log, Inf and NaN
// tests, Mod and Remainder, and integer limits.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{2.5, -2.5, 3.7, -0.2} {
		fmt.Println(math.Floor(x), math.Ceil(x), math.Round(x), math.Trunc(x), math.RoundToEven(x))
	}
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Pow(2, 0.5), math.Cbrt(27))
	fmt.Println(math.Exp(1), math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Println(math.Abs(-3), math.Max(3, 7), math.Min(3, math.NaN()), math.Hypot(3, 4))
	fmt.Println(math.Mod(7, -3), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.IsInf(math.Inf(-1), -1), math.IsNaN(math.Sqrt(-1)), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint32, math.MaxInt64)
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi), math.Atan2(1, 1))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(-3.25)
	fmt.Println(ip, fp)
}
