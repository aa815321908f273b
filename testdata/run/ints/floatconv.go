// Float to integer conversions of every width at and past the edges of their ranges, NaN and
// the infinities: the values amd64 gives (a 32-bit conversion for int32 and narrower signed
// and for uint8/uint16, a 64-bit one for uint32 and the 64-bit types).
package main

import (
	"fmt"
	"math"
)

//go:noinline
func conv(f float64) {
	fmt.Println(f, int8(f), int16(f), int32(f), int64(f), int(f), uint8(f), uint16(f), uint32(f), uint64(f), uint(f), uintptr(f))
	g := float32(f)
	fmt.Println(" f32", int8(g), int16(g), int32(g), int64(g), uint8(g), uint16(g), uint32(g), uint64(g))
}

func main() {
	for _, f := range []float64{1e300, -1e300, math.NaN(), math.Inf(1), math.Inf(-1), 3e9, -3e9, 5e9, -5e9, 1e19, -1e19, 2e19, 1e10 + 0.5, -129.7, 300.2, 70000.9, -70000.9, 2147483648, -2147483649, 4294967296} {
		conv(f)
	}
}
