// Copying a struct or array value reads it: a copy by assignment, by a value argument, by a
// range over an array, and into an interface (runtime.convTnoptr) each race with a write to a
// field or element in another goroutine.
package main

import (
	"fmt"
	"time"
)

type Point struct{ X, Y, Z int }

func norm1(p Point) int { return p.X + p.Y + p.Z }

func main() {
	a := &Point{1, 2, 3}
	b := &Point{4, 5, 6}
	c := &Point{7, 8, 9}
	var arr [4]int
	go func() {
		a.Y = 10
		b.Z = 11
		c.X = 12
		arr[2] = 13
	}()
	time.Sleep(5 * time.Millisecond)
	q := *a
	n := norm1(*b)
	s := 0
	for _, v := range arr {
		s += v
	}
	fmt.Println(*c)
	fmt.Println(q.Y, n, s)
}
