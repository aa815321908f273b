// Append growth for a slice of 24-byte structs: the rounded byte size is
// divided by the element size, so capacities are not powers of two.
package main

import "fmt"

type point struct {
	x, y, z int64
}

func main() {
	var s []point
	last := -1
	for i := 0; i < 1200; i++ {
		s = append(s, point{int64(i), 0, 0})
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
	type tiny struct{ a, b, c byte }
	var t []tiny
	for i := 0; i < 10; i++ {
		t = append(t, tiny{})
		fmt.Print(cap(t), " ")
	}
	fmt.Println()
}
