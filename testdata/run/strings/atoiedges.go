// strconv.Atoi, ParseInt and ParseUint at the edges of their fast and slow paths: signs, -0,
// 15 and 16 digits, the int64 limits, bases 10 and 0, and malformed input.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "-0", "+0", "7", "-7", "+7", "123456789012345", "-123456789012345", "1234567890123456", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "", "-", "+", "1_000", "0x10", "012", " 1", "1 ", "1e3", "--1", "+-1", "٣"} {
		a, e1 := strconv.Atoi(s)
		b, e2 := strconv.ParseInt(s, 10, 64)
		c, e3 := strconv.ParseUint(s, 10, 0)
		d, e4 := strconv.ParseInt(s, 0, 0)
		fmt.Println(a, e1, b, e2, c, e3, d, e4)
	}
	x, err := strconv.ParseInt("-0", 10, 64)
	fmt.Println(1/float64(x) > 0, err)
}
