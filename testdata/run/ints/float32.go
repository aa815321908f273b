// Float32 arithmetic rounds to single precision after every operation;
// float64 keeps more digits; printing uses the shortest round-trip form.
package main

import (
	"fmt"
	"math"
)

func main() {
	var f float32 = 0.1
	var g float32 = 0.2
	fmt.Println(f+g, float64(f)+float64(g), 0.1+0.2)
	var acc float32
	for i := 0; i < 10; i++ {
		acc += 0.1
	}
	fmt.Println(acc, acc == 1)
	var big float32 = 16777216
	fmt.Println(big+1, big+2)
	fmt.Println(float32(1)/3, float64(1)/3)
	mf := float32(math.MaxFloat32)
	fmt.Println(math.MaxFloat32, mf*2)
	var z float64
	fmt.Println(1/z, -1/z, z/z, math.NaN() == math.NaN())
	fmt.Println(math.Float32bits(1.5), math.Float64bits(-2))
	p, n := 2.9, -2.9
	fmt.Println(int(p), int(n), int32(float32(1e9)))
	fmt.Println(1e21, 1e20, 123456789.0, 0.000001, 0.0000001)
	fmt.Println(float32(3.4e38), float32(1e-45), 5e-324)
}
