// The builtins print and println write to standard error with their own
// formatting: floats in %e style, pointers and nil values as hex, and
// spaces between println operands only.
package main

import "fmt"

func main() {
	fmt.Println("stdout line")
	println("println:", 1, -2, true, "s")
	print("print:", 1, 2, "\n")
	println(3.5, float32(0.1), 1e100, -0.0)
	var ip *int
	var e error
	var s []int
	println(ip, e == nil, s == nil, 'x', uint8(255))
	println(complex(1, -2))
	println()
	fmt.Println("stdout end")
}
