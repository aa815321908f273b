// Arrays are values: assignment and passing copy them, comparison is
// element-wise, and arrays of arrays copy deeply.
package main

import "fmt"

func bump(a [3]int) [3]int {
	a[0] += 100
	return a
}

func bumpPtr(a *[3]int) { a[0] += 100 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b, a == b)
	c := bump(a)
	fmt.Println(a, c)
	bumpPtr(&a)
	fmt.Println(a)
	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	g2 := grid
	g2[1][0] = "X"
	fmt.Println(grid, g2, grid != g2)
	d := [...]int{5: 1, 2, 0: 9}
	fmt.Println(len(d), d)
	for i, v := range a {
		a[2] = 999
		fmt.Println(i, v)
	}
	var zero [4]bool
	fmt.Println(zero, len(zero))
	s := a[:]
	s[0] = -1
	fmt.Println(a)
}
