// Append growth for []string: 16-byte elements, so capacities follow the
// size classes divided by 16.
package main

import "fmt"

func main() {
	var s []string
	last := -1
	for i := 0; i < 1500; i++ {
		s = append(s, "x")
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
	t := append([]string{"a"}, "b", "c", "d", "e")
	fmt.Println(len(t), cap(t))
}
