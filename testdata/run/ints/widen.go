// Conversions from narrow signed integers to 64-bit unsigned ones, and shifts
// whose count is an untyped float or complex constant.
package main

import "fmt"

func main() {
	var a int8 = -3
	var b int16 = -300
	var c int32 = -70000
	fmt.Println(uint64(a), uint(b), uintptr(c), uint64(int32(7)))
	var d int8 = 100
	fmt.Println(uint64(d), int64(a))

	x := 3
	var f int = 1. << x
	var g uint8 = (2 + 0i) << x
	fmt.Println(x<<2., x<<(1+0i), f, g, x>>1.0)
	var u uint = 1
	fmt.Println(u<<63., x<<(64+0i))
}
