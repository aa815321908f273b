// reflect.Type over many kinds of types: Kind, Name, String, PkgPath, Size, Align, Elem, Key,
// Len, ChanDir, func signatures, generic instances, method sets, Implements, AssignableTo,
// ConvertibleTo, Comparable, and the type constructors.
package main

import (
	"fmt"
	"io"
	"reflect"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) First() K { return p.Key }

type List[T any] []T

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (r *Rect) Scale(f float64)    { r.W *= f; r.H *= f }
func (r Rect) hidden() int         { return 0 }
func (r Rect) Describe(prefix string, rest ...int) (string, error) {
	return prefix, nil
}

type MyInt int
type IntAlias = int
type Handler func(w io.Writer, args ...string) (int, error)
type Matrix [3][4]float32

func show(t reflect.Type) {
	fmt.Printf("%-34s kind=%-10s name=%-18q pkg=%-5q size=%d align=%d comparable=%v\n",
		t.String(), t.Kind(), t.Name(), t.PkgPath(), t.Size(), t.Align(), t.Comparable())
}

func main() {
	values := []any{
		true, 1, int8(1), int16(1), int32(1), int64(1), uint(1), uint8(1), uint16(1), uint32(1),
		uint64(1), uintptr(1), float32(1), 1.5, complex64(1), 2i, "s", [3]int{}, []string{},
		map[string][]int{}, make(chan int), make(<-chan bool), make(chan<- string),
		func(int, ...string) error { return nil }, &Rect{}, Rect{}, Celsius(1), MyInt(1),
		IntAlias(2), Handler(nil), Matrix{}, struct{}{}, struct {
			A int
			b string
		}{}, Pair[int, string]{}, Pair[string, List[int]]{}, List[Pair[int, bool]]{},
		new(error), new(any), []*Rect{}, map[Celsius]*[2]Rect{},
	}
	for _, v := range values {
		show(reflect.TypeOf(v))
	}

	fmt.Println("-- elem, key, len")
	m := reflect.TypeOf(map[Celsius]*[2]Rect{})
	fmt.Println(m.Key(), m.Elem(), m.Elem().Elem(), m.Elem().Elem().Len(), m.Elem().Elem().Elem())
	fmt.Println(reflect.TypeOf(Matrix{}).Elem().Len(), reflect.TypeOf(Matrix{}).Elem().Elem().Bits())
	for _, c := range []any{make(chan int), make(<-chan int), make(chan<- int)} {
		t := reflect.TypeOf(c)
		fmt.Println(t, t.ChanDir(), t.Elem())
	}

	fmt.Println("-- funcs")
	for _, f := range []any{Handler(nil), Rect.Describe, (*Rect).Scale, strings.Repeat, main} {
		t := reflect.TypeOf(f)
		fmt.Print(t, " in=", t.NumIn(), " out=", t.NumOut(), " variadic=", t.IsVariadic(), ":")
		for i := 0; i < t.NumIn(); i++ {
			fmt.Print(" ", t.In(i))
		}
		fmt.Print(" ->")
		for i := 0; i < t.NumOut(); i++ {
			fmt.Print(" ", t.Out(i))
		}
		fmt.Println()
	}

	fmt.Println("-- methods")
	for _, t := range []reflect.Type{reflect.TypeOf(Rect{}), reflect.TypeOf(&Rect{}), reflect.TypeOf(Celsius(0)),
		reflect.TypeOf((*Shape)(nil)).Elem(), reflect.TypeOf((*fmt.Stringer)(nil)).Elem(), reflect.TypeOf(Pair[int, int]{})} {
		fmt.Println(t, "NumMethod", t.NumMethod())
		for i := 0; i < t.NumMethod(); i++ {
			m := t.Method(i)
			fmt.Printf("  %d %s %v exported=%v func=%v\n", m.Index, m.Name, m.Type, m.IsExported(), m.Func.IsValid())
		}
	}
	if m, ok := reflect.TypeOf(&Rect{}).MethodByName("Scale"); ok {
		fmt.Println("Scale:", m.Type, m.Index)
	}
	_, ok := reflect.TypeOf(Rect{}).MethodByName("Scale")
	fmt.Println("Rect has Scale:", ok)

	fmt.Println("-- implements, assignable, convertible")
	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	stringer := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	errT := reflect.TypeOf((*error)(nil)).Elem()
	rect, prect := reflect.TypeOf(Rect{}), reflect.TypeOf(&Rect{})
	fmt.Println(rect.Implements(shape), prect.Implements(shape), reflect.TypeOf(Celsius(0)).Implements(stringer),
		rect.Implements(stringer), errT.Implements(stringer), shape.Implements(shape))
	intT, myInt := reflect.TypeOf(0), reflect.TypeOf(MyInt(0))
	fmt.Println(intT.AssignableTo(myInt), myInt.AssignableTo(intT), rect.AssignableTo(shape),
		intT.AssignableTo(reflect.TypeOf((*any)(nil)).Elem()),
		reflect.TypeOf([]int{}).AssignableTo(reflect.TypeOf(List[int]{})))
	fmt.Println(intT.ConvertibleTo(myInt), intT.ConvertibleTo(reflect.TypeOf("")), reflect.TypeOf("").ConvertibleTo(intT),
		reflect.TypeOf(1.5).ConvertibleTo(intT), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte{})),
		reflect.TypeOf([]int{}).ConvertibleTo(reflect.TypeOf(&[2]int{})), rect.ConvertibleTo(prect))

	fmt.Println("-- constructors")
	fmt.Println(reflect.PointerTo(rect), reflect.PtrTo(rect) == prect, reflect.SliceOf(intT),
		reflect.MapOf(reflect.TypeOf(""), shape), reflect.ChanOf(reflect.RecvDir, intT),
		reflect.ChanOf(reflect.BothDir, reflect.ChanOf(reflect.RecvDir, intT)), reflect.ArrayOf(4, myInt),
		reflect.FuncOf([]reflect.Type{intT, reflect.TypeOf([]string{})}, []reflect.Type{errT}, true))
	fmt.Println(reflect.SliceOf(intT) == reflect.TypeOf([]int{}), reflect.ArrayOf(3, intT) == reflect.TypeOf([3]int{}),
		reflect.MapOf(reflect.TypeOf(""), intT) == reflect.TypeOf(map[string]int{}))
	st := reflect.StructOf([]reflect.StructField{
		{Name: "Name", Type: reflect.TypeOf(""), Tag: `json:"name"`},
		{Name: "Age", Type: intT},
	})
	fmt.Println(st, st.Size(), st.Field(0).Tag.Get("json"))
	sv := reflect.New(st).Elem()
	sv.Field(0).SetString("ada")
	sv.Field(1).SetInt(36)
	fmt.Printf("%v %+v\n", sv.Interface(), sv.Interface())

	fmt.Println("-- kinds")
	for k := reflect.Invalid; k <= reflect.UnsafePointer+1; k++ {
		fmt.Print(k, " ")
	}
	fmt.Println()
	fmt.Println(reflect.Ptr == reflect.Pointer, reflect.RecvDir, reflect.SendDir, reflect.BothDir, reflect.ChanDir(7))
	var nilType reflect.Type = reflect.TypeOf(nil)
	fmt.Println(nilType == nil, reflect.TypeOf(Celsius(0)) == reflect.TypeOf(Celsius(3)))
	fmt.Printf("%v %T\n", reflect.TypeOf(3), reflect.TypeOf(3))
}
