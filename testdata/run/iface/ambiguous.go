// Promoted methods and the spec's selector rule: a method found twice at its shallowest depth,
// or hidden by a field there, is not in the method set (assertions, type switches, reflect,
// fmt's Stringer check), while one deeper or alone is promoted; pointer methods through
// embedded pointers.
package main

import (
	"fmt"
	"reflect"
	"time"
)

type A struct{}

func (A) Hello() string { return "A" }
func (A) Only() string  { return "onlyA" }

type B struct{}

func (B) Hello() string { return "B" }

type C struct {
	A
	B
}

type Deep struct{ C }

type Shadow struct {
	A
	Hello int
}

type Inner struct{ A }
type Outer struct {
	Inner
	B
}

type P struct{}

func (*P) Ptr() string { return "ptr" }

type HasP struct{ P }
type HasPP struct{ *P }

type Temp float64

func (t Temp) String() string { return "temp" }

type Reading struct {
	time.Duration
	Temp
}

type Twice struct {
	Inner
	X struct{ A }
}

type hello interface{ Hello() string }
type only interface{ Only() string }
type ptr interface{ Ptr() string }

func main() {
	for _, v := range []any{C{}, Deep{}, Shadow{}, Outer{}, HasP{}, &HasP{}, HasPP{&P{}}, Reading{time.Second, 20}, Twice{}} {
		_, h := v.(hello)
		_, o := v.(only)
		_, p := v.(ptr)
		fmt.Printf("%T hello=%v only=%v ptr=%v methods=%d\n", v, h, o, p, reflect.TypeOf(v).NumMethod())
	}
	fmt.Println(Reading{time.Second, 20})
	fmt.Println(Outer{}.Hello())
	var o Outer
	switch x := any(o).(type) {
	case hello:
		fmt.Println("hello", x.Hello())
	default:
		fmt.Println("no hello")
	}
}
