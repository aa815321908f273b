// Floating-point verbs: %v %e %E %f %F %g %G with precision and width,
// special values, float32 versus float64 shortest output, and %x.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265358979, 1e6, 1e21, 1e-7, 123456.789}
	for _, v := range vals {
		fmt.Printf("%v|%e|%.2f|%8.3f|%g|%.3g|%G\n", v, v, v, v, v, v, v)
	}
	fmt.Printf("%v %v %v\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%5.1f|%-8.2f|%+.1e|%08.3f\n", math.Pi, math.E, 12345.678, -3.5)
	fmt.Println(float32(0.1), float64(float32(0.1)), float32(16777217))
	fmt.Printf("%x %.3x\n", 1.0, 3.5)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Println(1e100, 5e-324, math.MaxFloat64, -0.0, 100.0)
	var negz = math.Copysign(0, -1)
	fmt.Println(negz, fmt.Sprintf("%.1f", negz))
}
