// unsafe.Pointer conversions: *T -> Pointer -> *T round trips, casts between types of the
// same layout, reinterpreting a float's bits, a struct's first field, unsafe.Slice over an
// array and a slice, unsafe.Add within an array, and uintptr arithmetic into a struct.
package main

import (
	"fmt"
	"unsafe"
)

type Celsius struct {
	Deg   float64
	Label string
}

type Reading struct {
	Deg   float64
	Label string
}

type Vec struct{ X, Y, Z int32 }

type Header struct {
	Kind  uint16
	Flags uint16
	Len   uint32
	Next  *Header
}

func bitsOf(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

func fromBits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

func main() {
	// A round trip gives back the same variable.
	n := 10
	p := unsafe.Pointer(&n)
	q := (*int)(p)
	*q += 5
	fmt.Println("round trip:", n, q == &n, p == unsafe.Pointer(&n))

	// Identical layouts: writes through one are seen through the other.
	c := &Celsius{21.5, "room"}
	r := (*Reading)(unsafe.Pointer(c))
	r.Deg = 22
	r.Label = "lab"
	fmt.Println("same layout:", *c, *r)

	// Float bits, as math.Float64bits does it.
	for _, f := range []float64{1, -2.5, 0.1} {
		b := bitsOf(f)
		fmt.Printf("bits %v = %#016x back %v\n", f, b, fromBits(b))
	}
	var i32 int32 = -1
	fmt.Println("int32 as uint32:", *(*uint32)(unsafe.Pointer(&i32)))

	// A pointer to a struct is a pointer to its first field.
	h := &Header{Kind: 7, Flags: 3, Len: 100}
	kind := (*uint16)(unsafe.Pointer(h))
	*kind = 9
	fmt.Println("first field:", h.Kind, unsafe.Pointer(kind) == unsafe.Pointer(h))

	// uintptr arithmetic to a field, in one expression.
	lenp := (*uint32)(unsafe.Pointer(uintptr(unsafe.Pointer(h)) + unsafe.Offsetof(h.Len)))
	*lenp *= 2
	flags := (*uint16)(unsafe.Add(unsafe.Pointer(h), unsafe.Offsetof(h.Flags)))
	fmt.Println("fields via offsets:", h.Len, *flags)

	// unsafe.Slice over an array aliases it.
	arr := [6]int{1, 2, 3, 4, 5, 6}
	s := unsafe.Slice(&arr[2], 3)
	s[0] = 30
	s[2] = 50
	fmt.Println("slice of array:", arr, s, len(s), cap(s))
	var none *int
	fmt.Println("nil, 0:", unsafe.Slice(none, 0) == nil)

	// unsafe.Add by elements within an array of structs.
	vs := []Vec{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	base := unsafe.Pointer(&vs[0])
	for k := 0; k < len(vs); k++ {
		v := (*Vec)(unsafe.Add(base, uintptr(k)*unsafe.Sizeof(Vec{})))
		v.Y *= 10
	}
	third := (*int32)(unsafe.Add(base, 2*unsafe.Sizeof(Vec{})+unsafe.Offsetof(Vec{}.Z)))
	fmt.Println("add over structs:", vs, *third)

	// A slice of the elements of a slice, and the whole backing array as an array.
	w := unsafe.Slice(&vs[1], 2)
	w[1].X = -7
	whole := (*[3]Vec)(unsafe.Pointer(&vs[0]))
	fmt.Println("slice of slice:", w, whole[2].X)

	// Comparisons and printing of nil.
	var np unsafe.Pointer
	fmt.Println("nil:", np == nil, np)
	fmt.Printf("%v %T\n", np, np)

	defer func() { fmt.Println("recovered:", recover()) }()
	var k = -1
	_ = unsafe.Slice(&arr[0], k)
}
