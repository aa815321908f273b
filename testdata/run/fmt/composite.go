// %v, %+v, %#v and %T on structs, pointers to structs, slices, arrays,
// maps, nested values and nil values; Stringer and error methods are used
// by %v but not by %#v.
package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
	Tags  []string
	meta  map[string]int
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type wrapper struct {
	P   *Point
	E   error
	Any interface{}
}

func main() {
	p := Point{1, 2}
	l := Line{p, Point{3, 4}, "diag", []string{"a"}, map[string]int{"k": 1}}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", l, l, l, l)
	fmt.Printf("%v %+v %T\n", &p, &p, &p)
	fmt.Printf("%v %#v %T\n", []int{1, 2}, []int{1, 2}, []int{})
	fmt.Printf("%v %#v %T\n", [2]bool{true}, [2]bool{}, [2]bool{})
	fmt.Printf("%v %s %#v %d\n", Temp(21.5), Temp(3), Temp(3), Temp(3))
	w := wrapper{nil, errors.New("e"), 5}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Printf("%#v\n", wrapper{})
	fmt.Printf("%#v %#v %#v\n", "s", 42, 1.0)
	fmt.Printf("%#v %#v\n", []string(nil), map[string]int(nil))
	fmt.Printf("%T %T %T %T\n", nil, 'x', struct{}{}, func(int) string { return "" })
	fmt.Printf("%v %+v\n", struct {
		A int
		B *int
	}{}, []*Point{nil})
	var ip interface{} = &Point{5, 6}
	fmt.Println(ip, []interface{}{p, &p == nil})
}
