// Reading memory as another type through unsafe.Pointer: a struct as a struct of other field
// names, the bytes of integers (also through unsafe.Slice in a generic function), an array as a
// shorter array, a struct of two words as an array, uintptr round trips through the middle of a
// value, and pointer comparisons.
package main

import (
	"fmt"
	"unsafe"
)

type pair struct{ lo, hi uint32 }

type span struct {
	Start, End int64
}

type interval struct {
	From, To int64
}

// The bytes of any value without pointers or padding.
func bytesOf[T any](p *T) []byte {
	return unsafe.Slice((*byte)(unsafe.Pointer(p)), unsafe.Sizeof(*p))
}

func main() {
	// A struct read as a struct of the same layout and other names.
	sp := span{3, 9}
	iv := (*interval)(unsafe.Pointer(&sp))
	iv.To = 12
	fmt.Println("renamed:", sp, *iv, iv.To-iv.From)

	// A uint64 as two uint32 halves and as bytes (little-endian on amd64).
	x := uint64(0x1122334455667788)
	pr := (*pair)(unsafe.Pointer(&x))
	fmt.Printf("halves: %#x %#x\n", pr.lo, pr.hi)
	pr.hi = 0xaabbccdd
	fmt.Printf("after: %#x\n", x)
	bs := (*[8]byte)(unsafe.Pointer(&x))
	fmt.Printf("bytes: % x\n", bs[:])
	bs[0] = 0xff
	fmt.Printf("byte 0 set: %#x\n", x)

	h := uint16(0xbeef)
	fmt.Println("generic bytes:", bytesOf(&h), bytesOf(&pair{1, 2}))
	hb := bytesOf(&h)
	hb[1] = 0xca
	fmt.Printf("through the slice: %#x\n", h)

	// One byte in the middle of an int32, through unsafe.Add.
	v := int32(0x01020304)
	b2 := (*byte)(unsafe.Add(unsafe.Pointer(&v), 2))
	*b2 = 0x7f
	fmt.Printf("int32 byte 2: %#x\n", v)

	// An array as a shorter array over its first elements.
	var big [10]int
	for i := range big {
		big[i] = i * i
	}
	small := (*[4]int)(unsafe.Pointer(&big))
	small[3] = -1
	fmt.Println("prefix:", *small, big[3], len(small))

	// A struct of two int64 as [2]int64.
	arr := (*[2]int64)(unsafe.Pointer(&sp))
	arr[0]++
	fmt.Println("struct as array:", *arr, sp)

	// Through the middle of an element and back: an address rounded down to its element.
	words := [2]uint64{10, 20}
	a := unsafe.Pointer(&words[1])
	m := unsafe.Pointer(uintptr(a) + 3)
	back := unsafe.Pointer(uintptr(m) &^ 7)
	fmt.Println("rounded:", back == a, *(*uint64)(back))

	// Pointers to the same place compare equal whatever way they were made.
	p1 := unsafe.Pointer(&sp)
	p2 := unsafe.Pointer(&sp.Start)
	p3 := unsafe.Add(unsafe.Pointer(&sp.End), -8)
	fmt.Println("equal:", p1 == p2, p2 == p3, p1 == unsafe.Pointer(&sp.End))
}
