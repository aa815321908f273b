// Misuses of package unsafe: Offsetof's operand, the arguments of Add and Slice, conversions
// to and from unsafe.Pointer, the functions as values and as statements, and the types of the
// constants they return.
package main

import "unsafe"

type T struct {
	a int
	*E
}

type E struct{ e int }

func (T) M() {}

func main() {
	var x int
	var f float64
	var t T
	p := unsafe.Pointer(&x)

	_ = unsafe.Offsetof(x) // ERROR "invalid argument: x is not a selector expression"
	_ = unsafe.Offsetof(t.M) // ERROR "invalid argument: t\\.M is a method value"
	_ = unsafe.Offsetof(t.e) // ERROR "invalid argument: field e is embedded via a pointer in T"
	_ = unsafe.Offsetof(t.nosuch) // ERROR "invalid argument: T has no single field nosuch"
	_ = unsafe.Sizeof() // ERROR "invalid operation: not enough arguments for unsafe\\.Sizeof\\(\\) \\(expected 1, found 0\\)"
	_ = unsafe.Slice(x, 1) // ERROR "invalid argument: x \\(variable of type int\\) is not a pointer"
	_ = unsafe.Slice(&x, -1) // ERROR "invalid argument: length \\-1 \\(constant of type int\\) must not be negative"
	_ = unsafe.Add(&x, 1) // ERROR "cannot use \\&x \\(value of type \\*int\\) as type unsafe\\.Pointer in argument to unsafe\\.Add"
	_ = unsafe.Add(p, 1.5) // ERROR "1\\.5 \\(untyped float constant\\) truncated to int"
	_ = unsafe.Pointer(f) // ERROR "cannot convert f \\(variable of type float64\\) to type unsafe\\.Pointer"
	_ = int(p) // ERROR "cannot convert p \\(variable of type unsafe\\.Pointer\\) to type int"
	_ = (*int)(uintptr(0)) // ERROR "cannot convert uintptr\\(0\\) \\(constant 0 of type uintptr\\) to type \\*int"
	g := unsafe.Sizeof // ERROR "unsafe\\.Sizeof \\(built\\-in\\) must be called"
	unsafe.Sizeof(x) // ERROR "unsafe\\.Sizeof\\(x\\) \\(constant 8 of type uintptr\\) is not used"
	const c int8 = unsafe.Sizeof([200]byte{}) // ERROR "cannot use unsafe\\.Sizeof\\(\\[200\\]byte\\{\\}\\) \\(constant 200 of type uintptr\\) as type int8 in constant declaration"
	_ = p < p // ERROR "invalid operation: p < p \\(operator < not defined on unsafe\\.Pointer\\)"
	_ = unsafe.Nosuch // ERROR "undefined: unsafe\\.Nosuch"
	_, _ = g, c
}
