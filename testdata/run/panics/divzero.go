// Integer division by a zero variable panics with "integer divide by zero";
// floating-point division by zero does not.
package main

import "fmt"

func ratio(a, b int) int { return a / b }

func main() {
	var zero float64
	fmt.Println(1 / zero)
	fmt.Println(ratio(10, 3))
	fmt.Println(ratio(10, 0))
}
