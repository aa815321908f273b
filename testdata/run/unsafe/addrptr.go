// Pointers made from addresses where no Go object lies (a device register, a sentinel, the top
// of the address space): they compare, print, convert back to the same uintptr, move with
// unsafe.Add, and unsafe.Slice checks its length against the end of the address space, all
// without a load or store through them.
package main

import (
	"fmt"
	"unsafe"
)

type reg struct {
	ctrl, status uint32
}

func sliceLen(p *byte, n int) (err any) {
	defer func() {
		if e := recover(); e != nil {
			err = e
		}
	}()
	s := unsafe.Slice(p, n)
	return len(s)
}

func main() {
	const base = 0x1000
	a := (*uint32)(unsafe.Pointer(uintptr(base)))
	b := (*uint32)(unsafe.Pointer(uintptr(0x800) * 2))
	fmt.Println(a == b, uintptr(unsafe.Pointer(a)) == base)
	println(a)
	fmt.Printf("%p %v\n", a, a)

	r := (*reg)(unsafe.Pointer(uintptr(base)))
	var v any = r
	fmt.Println(v.(*reg) == r, (*reg)(unsafe.Pointer(a)) == r)
	fmt.Printf("%p\n", r)
	st := unsafe.Add(unsafe.Pointer(r), unsafe.Offsetof(r.status))
	fmt.Printf("%#x %v\n", uintptr(st), st == unsafe.Pointer(uintptr(base+4)))
	fmt.Println(unsafe.Add(st, -4) == unsafe.Pointer(r))

	top := (*byte)(unsafe.Pointer(^uintptr(0) - 15))
	fmt.Println(sliceLen(top, 16))
	fmt.Println(sliceLen(top, 17))
	fmt.Println(sliceLen(top, 0))
	end := unsafe.Add(unsafe.Pointer(top), 15)
	fmt.Println(uintptr(end) == ^uintptr(0), sliceLen((*byte)(end), 1), sliceLen((*byte)(end), 2))
}
