// Interface satisfaction checks method types, not just names; a value method
// called through a nil pointer panics through the wrapper; an unnamed struct
// type with embedded fields has promoted methods.
package main

import (
	"fmt"
	"strings"
)

type A struct{}

func (*A) Size() int32 { return 1 }

type B struct{}

func (*B) Size() int64 { return 2 }

type Sizer interface{ Size() int64 }

type Word string

func (w Word) Upper() string { return strings.ToUpper(string(w)) }

type Upper interface{ Upper() string }

type named struct{ n string }

func (x named) Name() string { return x.n }

type Namer interface{ Name() string }

func call(us []Upper) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("panic: ", r)
		}
	}()
	for _, u := range us {
		s += u.Upper()
	}
	return s
}

func main() {
	for _, v := range []interface{}{&A{}, &B{}, 3} {
		_, ok := v.(Sizer)
		fmt.Println(ok)
	}
	w := Word("go")
	var nilw *Word
	fmt.Println(call([]Upper{w, &w}))
	fmt.Println(call([]Upper{w, nilw}))

	s := struct {
		named
		extra int
	}{named{"inner"}, 1}
	var n Namer = s
	fmt.Println(n.Name(), s.Name())
	var np Namer = &s
	fmt.Println(np.Name())

	type Int = int
	var x, y interface{} = struct{ int }{}, struct{ Int }{}
	fmt.Println(x == y)
}
