// Integer division truncates toward zero and the remainder takes the sign of
// the dividend; the most negative value divided by -1 wraps.
package main

import (
	"fmt"
	"math"
)

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 3}, {-1, 3}, {0, -5}}
	for _, p := range pairs {
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", p[0], p[1], p[0]/p[1], p[0], p[1], p[0]%p[1])
	}
	var m int64 = math.MinInt64
	var n int64 = -1
	fmt.Println(m/n, m%n)
	var m32 int32 = math.MinInt32
	var n32 int32 = -1
	fmt.Println(m32/n32, m32%n32)
	var u uint32 = 4000000000
	fmt.Println(u/7, u%7)
	fmt.Println(-9>>1, -9/2, 9>>1)
}
