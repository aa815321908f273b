// Append growth for []byte: element size 1, so the rounded capacity jumps
// through the small size classes (8, 16, 24, 32, 48, ...).
package main

import "fmt"

func main() {
	var s []byte
	last := -1
	for i := 0; i < 5000; i++ {
		s = append(s, byte(i))
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
	t := append([]byte("hello"), " world, this is longer"...)
	fmt.Println(len(t), cap(t))
}
