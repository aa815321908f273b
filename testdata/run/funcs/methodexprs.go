// Method expressions of promoted methods: through an embedded value with a pointer
// method, an embedded pointer, an embedded struct with a value method, and an embedded
// interface; each is called with the outer value or pointer as its first argument.
package main

import "fmt"

type Count int

func (c *Count) Add(n int) int { *c += Count(n); return int(*c) }
func (c Count) Twice() int     { return int(c) * 2 }

type Inner struct{ name string }

func (i Inner) Hello(greet string) string { return greet + ", " + i.name }
func (i *Inner) Rename(n string)          { i.name = n }

type Shape interface{ Area() int }

type Square struct{ side int }

func (s Square) Area() int { return s.side * s.side }

type Outer struct {
	Count
	Inner
	Shape
}

type ByPtr struct {
	*Inner
	n int
}

func main() {
	o := &Outer{Count: 3, Inner: Inner{"gopher"}, Shape: Square{4}}
	add := (*Outer).Add
	fmt.Println(add(o, 4), o.Count)
	twice := Outer.Twice
	fmt.Println(twice(*o))
	hello := Outer.Hello
	fmt.Println(hello(*o, "hi"))
	rename := (*Outer).Rename
	rename(o, "gort")
	fmt.Println(o.name)
	area := Outer.Area
	fmt.Println(area(*o))
	p := ByPtr{Inner: &Inner{"ptr"}, n: 1}
	rn := ByPtr.Rename
	rn(p, "renamed")
	fmt.Println(p.name, ByPtr.Hello(p, "hey"))
	fmt.Printf("%T\n", add)
}
