// An interface compared with a value of a concrete type: equal when the dynamic type is that
// type and the values are equal, with no allocation (the value is not boxed), either operand
// order, == and !=. Counted with runtime.MemStats.Mallocs per comparison.
package main

import (
	"fmt"
	"math"
	"runtime"
)

type point struct{ x, y int }

type name string

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func count(label string, f func() bool) {
	r := f()
	before := mallocs()
	for i := 0; i < 500; i++ {
		f()
	}
	fmt.Printf("%-16s %-5v %d\n", label, r, (mallocs()-before+250)/500)
}

func order(s string, v int) int {
	fmt.Print(s, " ")
	return v
}

func main() {
	long := "a string that is longer than thirty-two bytes, surely"
	var a interface{} = long
	var p interface{} = point{1, 2}
	var n interface{} = name("x")
	var f interface{} = math.NaN()
	var e error
	var none interface{}
	pt := point{1, 2}
	big := 1000
	x := "x"
	count("string ==", func() bool { return a == long })
	count("string != left", func() bool { return long != a })
	count("struct ==", func() bool { return p == pt })
	count("struct other", func() bool { return point{2, 1} == p })
	count("named vs base", func() bool { return n == x })
	count("named", func() bool { return n == name(x) })
	count("int vs big", func() bool { return a == big })
	count("NaN", func() bool { return f == math.NaN() })
	count("nil iface", func() bool { return none == big })
	count("nil error", func() bool { return e == error(nil) })
	var i interface{} = 7
	fmt.Println(order("left", 7) == i, i == order("right", 7))
}
