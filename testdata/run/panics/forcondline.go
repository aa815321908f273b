// A for loop's condition runs at the loop's line on every iteration, after the body's lines:
// runtime.Caller from a call in it, and the traceback of an index panic in it, show that line.
package main

import (
	"fmt"
	"runtime"
)

var n int

func more() bool {
	_, _, line, _ := runtime.Caller(1)
	fmt.Println("condition at line", line)
	n++
	return n < 3
}

func main() {
	for more() {
		fmt.Println("body")
		n += 0
	}
	a := []int{1, 2, 3}
	i := 0
	for a[i] > 0 {
		i++
	}
}
