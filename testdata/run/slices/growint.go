// Append growth for []int: the capacity after each single-element append
// follows growslice (doubling below 256, then a smoother factor) rounded up
// to a malloc size class.
package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
	t := make([]int, 5)
	t = append(t, 1, 2, 3, 4, 5, 6, 7)
	fmt.Println(len(t), cap(t))
	u := append([]int{1, 2, 3}, make([]int, 40)...)
	fmt.Println(len(u), cap(u))
}
