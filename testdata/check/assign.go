package main

import "fmt"

type T struct{ a int }

func (t *T) M() {}

type I interface{ M(); N(int) string }
type J interface{ M() }

func f(a int, b string) (int, int) { return 1, 2 }
func h() int { return "s" } // ERROR "cannot use \"s\" \\(untyped string constant\\) as int value in return statement"

func main() {
	x := 1
	var z int // ERROR "z declared but not used"
	z = 3
	f(x) // ERROR "not enough arguments in call to f"
	var s []int
	var i J = s // ERROR "cannot use s \\(variable of type \\[\\]int\\) as type J in variable declaration:"
	var k I = &T{} // ERROR "cannot use \\&T\\{\\} \\(value of type \\*T\\) as type I in variable declaration:"
	_ = i.(T) // ERROR "impossible type assertion: i\\.\\(T\\)"
	_, _ = k, i
	T{}.M() // ERROR "cannot call pointer method M on T"
	break // ERROR "break is not in a loop, switch, or select"
	var m map[[]int]int // ERROR "invalid map key type \\[\\]int"
	_ = m
	x = "a" // ERROR "cannot use \"a\" \\(untyped string constant\\) as int value in assignment"
	5 = x // ERROR "cannot assign to 5 \\(untyped int constant\\)"
	var e interface{} = 1
	_ = e.(fmt.Stringer)
	var g int = f(1, "") // ERROR "multiple\\-value f\\(1, \"\"\\) \\(value of type \\(int, int\\)\\) in single\\-value context"
	_ = g
	for {
		continue L // ERROR "continue label not defined: L"
	}
	goto M // ERROR "label M not defined"
	_ = len(1) // ERROR "invalid argument: 1 \\(untyped int constant\\) for len"
	_ = append(1) // ERROR "first argument to append must be a slice; have 1 \\(untyped int constant\\)"
	_ = x.(int) // ERROR "invalid operation: x \\(variable of type int\\) is not an interface"
	_ = nil // ERROR "use of untyped nil in assignment to _ identifier"
	var nn = nil // ERROR "use of untyped nil in variable declaration"
	_ = nn
}
func init() {}
func u() { init() } // ERROR "undefined: init"
