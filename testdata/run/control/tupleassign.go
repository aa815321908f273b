// Tuple assignments whose right sides read what earlier stores of the same statement write:
// every right side is the value before the statement.
package main

import "fmt"

type pt struct{ x, y int }

var g = 5

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	p := pt{1, 2}
	p.x, p.y = p.y, p.x
	fmt.Println(p)
	arr := [3]int{1, 2, 3}
	arr[0], arr[2] = arr[2], arr[0]
	fmt.Println(arr)
	s := []int{1, 2, 3}
	i := 0
	i, s[i] = 2, 9
	fmt.Println(i, s)
	v := pt{3, 4}
	v.x, a = 7, v.x
	fmt.Println(v, a)
	q := &pt{1, 2}
	q.x, q.y = q.y, q.x
	fmt.Println(*q)
	g, a = a, g
	fmt.Println(g, a)
	m := [2]pt{{1, 2}, {3, 4}}
	m[0].x, b = 10, m[0].x
	fmt.Println(m, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
}
