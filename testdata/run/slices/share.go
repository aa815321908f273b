// Slices share their backing array until an append exceeds capacity; after
// that the new slice has its own array.
package main

import "fmt"

func main() {
	base := make([]int, 3, 5)
	a := base[:2]
	b := append(a, 10)
	fmt.Println(base, a, b)
	b[0] = 7
	fmt.Println(base, a, b)
	c := append(base, 1, 2)
	d := append(base, 3, 4, 5)
	c[0] = 42
	d[1] = 43
	fmt.Println(base, c, d, len(d), cap(d))
	e := base[1:2]
	fmt.Println(len(e), cap(e))
	e = append(e, 99)
	fmt.Println(base, e)
	var nilS []int
	fmt.Println(nilS == nil, len(nilS), cap(nilS))
	nilS = append(nilS, 1)
	fmt.Println(nilS, nilS == nil)
	empty := []int{}
	fmt.Println(empty == nil, len(empty))
}
