// A value method called through an interface gets a copy of the receiver: the boxed value, a
// pointer's target or an embedded field stays as it was whatever the method writes, and a
// method that only reads sees the value as it stands when it is called.
package main

import "fmt"

type point struct{ x, y int }

type shape interface {
	area() int
	grow() int
}

type rect struct {
	min, max point
	name     string
}

func (r rect) area() int { return (r.max.x - r.min.x) * (r.max.y - r.min.y) }

// grow writes its own copy of the receiver, nested fields included.
func (r rect) grow() int {
	r.max.x += 10
	r.max.y += 10
	r.name = "grown"
	return r.area()
}

type labeled struct {
	rect // promoted: labeled's and *labeled's method sets have area and grow
	tag  string
}

type sizer interface{ area() int }

func main() {
	var s shape = rect{point{0, 0}, point{2, 3}, "r"}
	fmt.Println(s.area(), s.grow(), s.area(), s.(rect).name)

	// Through a pointer: *rect's method set has the value methods.
	r := &rect{point{1, 1}, point{4, 5}, "p"}
	s = r
	fmt.Println(s.area(), s.grow(), s.area(), r.name, r.max)
	r.max = point{11, 11}
	fmt.Println(s.area(), s.grow(), r.max)

	// Promoted through an embedded field, by value and by pointer.
	l := labeled{rect{point{0, 0}, point{5, 5}, "l"}, "t"}
	s = l
	fmt.Println(s.area(), s.grow(), s.area(), l.rect.name)
	s = &l
	l.max.x = 7
	fmt.Println(s.area(), s.grow(), l.max)

	// Many shapes in a slice, read in a loop.
	shapes := []sizer{rect{point{0, 0}, point{1, 2}, "a"}, &rect{point{0, 0}, point{3, 3}, "b"}, labeled{rect{point{1, 1}, point{2, 4}, "c"}, "d"}}
	total := 0
	for i := 0; i < 3; i++ {
		for _, sh := range shapes {
			total += sh.area()
		}
	}
	fmt.Println(total)
}
