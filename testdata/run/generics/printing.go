// Generic type instances stored in interfaces and printed with %v, %+v, %T
// and fmt.Println, including nested instantiations, pointers, defined and
// composite type arguments, and type switches / assertions on them.
package main

import (
	"fmt"
	"os"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Box[T any] struct{ Inner T }

type Opt[T any] struct {
	val   T
	valid bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }

func (o Opt[T]) String() string {
	if !o.valid {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Celsius float64
type List[T any] []T
type Dict[K comparable, V any] map[K]V

func Describe(v any) string {
	switch x := v.(type) {
	case Pair[string, int]:
		return "string/int pair with key " + x.Key
	case Box[int]:
		return fmt.Sprint("int box ", x.Inner+1)
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("something else (%T)", v)
	}
}

func main() {
	vals := []any{
		Pair[string, int]{"age", 42},
		Pair[int, []string]{7, []string{"a", "b"}},
		Box[Pair[string, bool]]{Pair[string, bool]{"ok", true}},
		&Box[float64]{2.5},
		Box[Celsius]{36.6},
		Box[*int]{},
		Box[map[string]int]{map[string]int{"z": 1}},
		Box[struct{ A int }]{struct{ A int }{5}},
		Box[error]{},
		Box[any]{Inner: "x"},
		Box[[3]uint8]{[3]uint8{1, 2, 3}},
		Box[func(int) string]{},
		Box[chan<- int]{},
		List[string]{"p", "q"},
		Dict[string, Box[int]]{"k": {9}},
		Some(3),
		None[string](),
		Some(Pair[string, Celsius]{"t", -4}),
	}
	for _, v := range vals {
		fmt.Printf("%T\n\t%v | %+v\n", v, v, v)
	}
	fmt.Println(Pair[string, int]{"x", 1}, Box[Box[int]]{Box[int]{8}}, Some(Some(1.5)))
	fmt.Printf("%#v\n", Pair[string, int]{"x", 1})
	fmt.Printf("%#v\n", Box[List[int]]{List[int]{1, 2}})
	fmt.Printf("%#v\n", Some[uint16](65))
	for _, v := range []any{Pair[string, int]{"id", 1}, Box[int]{41}, Some("s"), Box[string]{}} {
		fmt.Println(Describe(v))
	}
	var e any = Box[int]{1}
	_, isInt := e.(Box[int])
	_, isInt64 := e.(Box[int64])
	fmt.Println(isInt, isInt64)
	fmt.Fprintf(os.Stdout, "%v %T\n", new(Opt[bool]), new(Opt[bool]))
}
