package main

import "fmt"
import "os" // ERROR "imported and not used: \"os\""

type T struct{ a int }

func (t *T) M() {}

type I interface{ M() }

func f() (int, int) { return 1, 2 }
func g() int {
	for {
		break
	}
} // ERROR "missing return"

func main() {
	x := 1
	var y string = x // ERROR "cannot use x \\(variable of type int\\) as type string in variable declaration"
	_ = y + 1 // ERROR "invalid operation: y \\+ 1 \\(mismatched types string and untyped int\\)"
	_ = !x // ERROR "invalid operation: operator ! not defined on x \\(variable of type int\\)"
	var b byte = 256 // ERROR "cannot use 256 \\(untyped int constant\\) as byte value in variable declaration \\(overflows\\)"
	_ = b
	f(1) // ERROR "too many arguments in call to f"
	a := [3]int{}
	_ = a[5] // ERROR "invalid argument: index 5 out of bounds \\[0:3\\]"
	var t T
	t.y = 1 // ERROR "t\\.y undefined \\(type T has no field or method y\\)"
	var i I = t // ERROR "cannot use t \\(variable of type T\\) as type I in variable declaration:"
	_ = i
	if x { // ERROR "non\\-boolean condition in if statement"
	}
	u, v := g() // ERROR "assignment mismatch: 2 variables but g returns 1 value"
	x := 2 // ERROR "no new variables on left side of :="
	_ = 1.5 + "a" // ERROR "invalid operation: 1\\.5 \\+ \"a\" \\(mismatched types untyped float and untyped string\\)"
	var q int = 1.5 // ERROR "cannot use 1\\.5 \\(untyped float constant\\) as int value in variable declaration \\(truncated\\)"
	_, _ = u, v
	_ = q
	_ = fmt.Sprint
	_ = undefinedThing // ERROR "undefined: undefinedThing"
	_ = 1 / 0 // ERROR "invalid operation: division by zero"
	switch 1 { case 1, 1: } // ERROR "duplicate case 1 \\(constant of type int\\) in expression switch"
L: // ERROR "label L defined and not used"
	for {}
}
