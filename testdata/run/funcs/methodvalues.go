// Method values bind the receiver when evaluated (copying it for value
// receivers); method expressions take the receiver as first argument.
package main

import "fmt"

type T struct{ name string }

func (t T) Hello(greet string) string { return greet + ", " + t.name }
func (t *T) SetName(n string)         { t.name = n }

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	t := T{"ann"}
	h := t.Hello
	set := t.SetName
	set("bob")
	fmt.Println(h("hi"), t.Hello("hey"))
	f := T.Hello
	fmt.Println(f(T{"cy"}, "yo"))
	g := (*T).SetName
	g(&t, "dee")
	fmt.Println(t.name)
	pf := (*T).Hello
	fmt.Println(pf(&t, "bye"))
	var s Shape = Sq{3}
	area := s.Area
	s = Sq{4}
	fmt.Println(area(), s.Area())
	ia := Shape.Area
	fmt.Println(ia(Sq{5}))
	fns := map[string]func(string) string{"t": t.Hello}
	t.name = "changed"
	fmt.Println(fns["t"]("ok"))
	fmt.Printf("%T %T\n", f, g)
}
