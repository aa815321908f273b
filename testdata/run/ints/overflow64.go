// 64-bit arithmetic at the edges: MaxInt64+1, the largest uint64,
// multiplication overflow, and conversions between float64 and int64.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a int64 = math.MaxInt64
	a++
	fmt.Println(a, a == math.MinInt64)
	var u uint64 = math.MaxUint64
	fmt.Println(u, u+1, u*u, u/3)
	var x int64 = 3037000500
	fmt.Println(x*x, x*x/x)
	var p uint64 = 0xFFFFFFFF
	fmt.Println(p*p, p*p*p)
	var q int64 = 1 << 62
	fmt.Println(q*4, q*2, q*3)
	fmt.Println(int64(float64(1<<53)+1), uint64(float64(1<<63)))
	var h uint64 = 14695981039346656037
	for _, b := range []byte("gort") {
		h ^= uint64(b)
		h *= 1099511628211
	}
	fmt.Println("fnv", h)
	var i int = math.MaxInt
	fmt.Println(i, i+1, -i-1)
}
