// runtime.FuncForPC names a func value's function as Go's symbol table does: a declared
// function, a standard one (strings.ToUpper), a literal (main.main.func1), a method
// expression, and a method value by its wrapper (main.T.Val-fm, main.(*T).Ptr-fm,
// main.I.Val-fm).
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type T struct{ n int }

func (t T) Val() int  { return t.n }
func (t *T) Ptr() int { return t.n }

type I interface{ Val() int }

func name(f any) string {
	fn := runtime.FuncForPC(reflect.ValueOf(f).Pointer())
	if fn == nil {
		return "<nil>"
	}
	return fn.Name()
}

func local(x int) int { return x }

func main() {
	t := T{3}
	var i I = t
	for _, f := range []any{
		local, strings.ToUpper, strconv.Itoa, fmt.Sprintf, fmt.Println, sort.Ints, unicode.IsSpace,
		func() {}, T.Val, (*T).Ptr, t.Val, t.Ptr, i.Val,
	} {
		fmt.Println(name(f))
	}
	// A native called through its func value works as a call.
	up := strings.ToUpper
	fmt.Println(up("gopher"), strings.Map(unicode.ToUpper, "map"), strings.IndexFunc("ab c", unicode.IsSpace))
	f := t.Val
	g := t.Ptr
	fmt.Println(f(), g(), name(f) == name(t.Val))
}
