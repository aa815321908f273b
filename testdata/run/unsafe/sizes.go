// unsafe.Sizeof, Alignof and Offsetof as gc lays types out on amd64: basic types, padded
// structs, trailing zero-size fields, arrays, embedded fields, and the constants in
// constant expressions (array lengths, typed constants).
package main

import (
	"fmt"
	"unsafe"
)

type Small struct {
	A bool
	B int64
	C uint16
}

type Packed struct {
	B int64
	C uint16
	A bool
}

type TrailingEmpty struct {
	X int32
	E struct{}
}

type OnlyEmpty struct {
	E struct{}
}

type Inner struct {
	P *int
	N int8
}

type Outer struct {
	Tag byte
	Inner
	F  float32
	C  complex64
	Cs [3]complex128
}

type Iface interface{ M() }

type Mixed struct {
	S  string
	Sl []byte
	M  map[string]int
	Ch chan int
	Fn func()
	I  Iface
	E  interface{}
	U  unsafe.Pointer
	R  rune
	By [5]byte
}

// An array whose length is a Sizeof constant.
var buf [unsafe.Sizeof(Small{}) * 2]byte

const wordBits = unsafe.Sizeof(uintptr(0)) * 8

func main() {
	var (
		b   bool
		i8  int8
		i16 int16
		i32 int32
		i64 int64
		i   int
		u   uint
		up  uintptr
		f32 float32
		f64 float64
		c64 complex64
		c   complex128
		s   string
	)
	fmt.Println("basic sizes:", unsafe.Sizeof(b), unsafe.Sizeof(i8), unsafe.Sizeof(i16), unsafe.Sizeof(i32),
		unsafe.Sizeof(i64), unsafe.Sizeof(i), unsafe.Sizeof(u), unsafe.Sizeof(up), unsafe.Sizeof(f32),
		unsafe.Sizeof(f64), unsafe.Sizeof(c64), unsafe.Sizeof(c), unsafe.Sizeof(s))
	fmt.Println("basic aligns:", unsafe.Alignof(b), unsafe.Alignof(i16), unsafe.Alignof(i32), unsafe.Alignof(f64),
		unsafe.Alignof(c64), unsafe.Alignof(c), unsafe.Alignof(s))

	var sm Small
	var pk Packed
	fmt.Println("Small:", unsafe.Sizeof(sm), unsafe.Alignof(sm), unsafe.Offsetof(sm.A), unsafe.Offsetof(sm.B), unsafe.Offsetof(sm.C))
	fmt.Println("Packed:", unsafe.Sizeof(pk), unsafe.Offsetof(pk.B), unsafe.Offsetof(pk.C), unsafe.Offsetof(pk.A))

	var te TrailingEmpty
	var oe OnlyEmpty
	fmt.Println("TrailingEmpty:", unsafe.Sizeof(te), unsafe.Offsetof(te.E), "OnlyEmpty:", unsafe.Sizeof(oe), unsafe.Alignof(oe))
	fmt.Println("struct{}:", unsafe.Sizeof(struct{}{}), "[0]int64:", unsafe.Sizeof([0]int64{}), unsafe.Alignof([0]int64{}))

	var o Outer
	fmt.Println("Outer:", unsafe.Sizeof(o), unsafe.Alignof(o))
	fmt.Println("  Tag", unsafe.Offsetof(o.Tag), "Inner", unsafe.Offsetof(o.Inner), "F", unsafe.Offsetof(o.F),
		"C", unsafe.Offsetof(o.C), "Cs", unsafe.Offsetof(o.Cs))
	// A promoted field's offset is from the start of the struct it is declared in.
	fmt.Println("  promoted N:", unsafe.Offsetof(o.N), "via Inner:", unsafe.Offsetof(o.Inner.N))
	po := &o
	fmt.Println("  through a pointer:", unsafe.Offsetof(po.F))

	var m Mixed
	fmt.Println("Mixed:", unsafe.Sizeof(m), unsafe.Offsetof(m.Sl), unsafe.Offsetof(m.M), unsafe.Offsetof(m.I),
		unsafe.Offsetof(m.E), unsafe.Offsetof(m.U), unsafe.Offsetof(m.R), unsafe.Offsetof(m.By))
	fmt.Println("slices, maps, funcs:", unsafe.Sizeof(m.Sl), unsafe.Sizeof(m.M), unsafe.Sizeof(m.Fn), unsafe.Sizeof(m.I))

	fmt.Println("arrays:", unsafe.Sizeof([3]Small{}), unsafe.Sizeof([4][3]int16{}), unsafe.Alignof([2]Small{}))
	fmt.Println("len(buf):", len(buf), "wordBits:", wordBits)
	fmt.Printf("types: %T %T\n", unsafe.Sizeof(b), wordBits)

	// The argument is not evaluated.
	calls := 0
	f := func() int { calls++; return 1 }
	fmt.Println("not evaluated:", unsafe.Sizeof(f()), calls)
}
