// reflect's panics: *reflect.ValueError for a method called on the wrong kind or on the zero
// Value, unaddressable and unexported-field misuse, Interface of an unexported field, bad
// Call arguments, out-of-range indexes, type methods on the wrong kind, assignability and
// conversion failures, MakeSlice and MapOf misuse; each recovered and printed with its
// dynamic type. The last one is not recovered: its traceback and exit status 2 are Go's.
package main

import (
	"fmt"
	"reflect"
)

type T struct {
	Pub  int
	priv string
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if ve, ok := r.(*reflect.ValueError); ok {
			fmt.Printf("%-14s *ValueError{%s, %v}: %v\n", name, ve.Method, ve.Kind, ve)
			return
		}
		fmt.Printf("%-14s %T: %v\n", name, r, r)
	}()
	f()
}

func main() {
	t := T{1, "p"}
	pv := reflect.ValueOf(&t).Elem()
	try("Int", func() { reflect.ValueOf("s").Int() })
	try("Uint", func() { reflect.ValueOf(-1).Uint() })
	try("Float", func() { reflect.ValueOf(1).Float() })
	try("Bool", func() { reflect.ValueOf(1).Bool() })
	try("Len", func() { reflect.ValueOf(1).Len() })
	try("Len ptr", func() { reflect.ValueOf(&t).Len() })
	try("Elem", func() { reflect.ValueOf(1).Elem() })
	try("Field", func() { reflect.ValueOf([]int{}).Field(0) })
	try("NumField", func() { reflect.ValueOf(1).NumField() })
	try("zero Type", func() { reflect.Value{}.Type() })
	try("zero Interface", func() { reflect.Value{}.Interface() })
	try("zero NumMethod", func() { reflect.Value{}.NumMethod() })
	try("zero Set", func() { reflect.Value{}.SetInt(1) })
	try("MapIndex", func() { reflect.ValueOf([]int{}).MapIndex(reflect.ValueOf(1)) })
	try("MapRange", func() { reflect.ValueOf(1).MapRange() })
	try("Append", func() { reflect.Append(reflect.ValueOf(1)) })
	try("unaddressable", func() { reflect.ValueOf(1).SetInt(2) })
	try("unexported", func() { pv.Field(1).SetString("x") })
	try("kind SetInt", func() { pv.Field(1).SetInt(3) })
	try("SetString", func() { pv.Field(0).SetString("x") })
	try("Interface", func() { pv.Field(1).Interface() })
	try("Addr", func() { reflect.ValueOf(t).Field(0).Addr() })
	try("Set type", func() { pv.Field(0).Set(reflect.ValueOf("x")) })
	try("Set unexp", func() { pv.Field(0).Set(reflect.ValueOf(t).Field(1)) })
	try("Index", func() { reflect.ValueOf([]int{1}).Index(5) })
	try("Index array", func() { reflect.ValueOf([2]int{}).Index(-1) })
	try("Index string", func() { reflect.ValueOf("ab").Index(2) })
	try("Slice", func() { reflect.ValueOf([]int{1}).Slice(0, 3) })
	try("Slice array", func() { reflect.ValueOf([2]int{}).Slice(0, 1) })
	try("Field range", func() { pv.Field(5) })
	try("Call args", func() { reflect.ValueOf(func(int) {}).Call(nil) })
	try("Call type", func() { reflect.ValueOf(func(int) {}).Call([]reflect.Value{reflect.ValueOf("x")}) })
	try("Call zero", func() { reflect.ValueOf(func(int) {}).Call([]reflect.Value{{}}) })
	try("Call nil", func() { reflect.ValueOf((func())(nil)).Call(nil) })
	try("Call many", func() { reflect.ValueOf(func() {}).Call([]reflect.Value{reflect.ValueOf(1)}) })
	try("CallSlice", func() { reflect.ValueOf(func(int) {}).CallSlice([]reflect.Value{reflect.ValueOf(1)}) })
	try("Method", func() { reflect.ValueOf(t).Method(3) })
	try("Convert", func() { reflect.ValueOf("x").Convert(reflect.TypeOf(1.5)) })
	try("Type Elem", func() { reflect.TypeOf(1).Elem() })
	try("Type Key", func() { reflect.TypeOf([]int{}).Key() })
	try("Type Field", func() { reflect.TypeOf(1).Field(0) })
	try("Type Field2", func() { reflect.TypeOf(t).Field(9) })
	try("Type Len", func() { reflect.TypeOf([]int{}).Len() })
	try("Type In", func() { reflect.TypeOf(1).In(0) })
	try("Type Bits", func() { reflect.TypeOf("").Bits() })
	try("Implements", func() { reflect.TypeOf(1).Implements(reflect.TypeOf(1)) })
	try("Method range", func() { reflect.TypeOf(t).Method(0) })
	try("MakeSlice", func() { reflect.MakeSlice(reflect.TypeOf(1), 0, 0) })
	try("MakeSlice len", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 1) })
	try("MapOf", func() { reflect.MapOf(reflect.TypeOf([]int{}), reflect.TypeOf(1)) })
	try("Zero nil", func() { reflect.Zero(nil) })
	try("SetMapIndex", func() { reflect.ValueOf(map[string]int{}).SetMapIndex(reflect.ValueOf(1), reflect.ValueOf(1)) })
	try("nil map", func() {
		var m map[string]int
		reflect.ValueOf(m).SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(1))
	})
	try("Swapper", func() { reflect.Swapper(3) })
	try("Swapper idx", func() { reflect.Swapper([]int{1})(0, 1) })
	try("Copy", func() { reflect.Copy(reflect.ValueOf(1), reflect.ValueOf([]int{})) })
	try("MapIter", func() { reflect.ValueOf(map[int]int{}).MapRange().Key() })
	try("Send dir", func() { reflect.ValueOf(make(<-chan int)).Send(reflect.ValueOf(1)) })
	try("IsNil", func() { reflect.ValueOf(1).IsNil() })
	try("SetLen", func() { reflect.ValueOf(&[]int{}).Elem().SetLen(3) })
	try("called", func() {
		reflect.ValueOf(func(n int) int { return 10 / n }).Call([]reflect.Value{reflect.ValueOf(0)})
	})
	fmt.Println("now an unrecovered one")
	reflect.ValueOf(t).Field(0).Float()
}
