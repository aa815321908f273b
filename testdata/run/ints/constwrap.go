// Integer constant division as Go 1.19's go/constant computes it: two values that fit in an
// int64 are divided as int64s, so MinInt64 / -1 wraps to MinInt64 instead of overflowing,
// typed or untyped; a quotient of larger values is exact.
package main

import (
	"fmt"
	"math"
)

const (
	m     int64 = math.MinInt64
	wide        = math.MinInt64 * 4
	third       = wide / -7
)

func main() {
	fmt.Println(m / -1)
	fmt.Println(math.MinInt64 / -1)
	fmt.Println(m%-1, m/1, m/2)
	fmt.Println(wide/-4/2, third)
	var x int64 = m
	y := int64(-1)
	fmt.Println(x / y)
}
