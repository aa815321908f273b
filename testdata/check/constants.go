package main

type T struct{}

func (T) M(int) {}

type I interface{ M() }
type J interface{ m() }

func main() {
	const b byte = 255
	_ = b + 1 // ERROR "b \\+ 1 \\(constant 256 of type byte\\) overflows byte"
	_ = byte(256) // ERROR "cannot convert 256 \\(untyped int constant\\) to type byte"
	_ = int(1.5) // ERROR "cannot convert 1\\.5 \\(untyped float constant\\) to type int"
	var x byte
	_ = x + 300 // ERROR "300 \\(untyped int constant\\) overflows byte"
	_ = x + 1.5 // ERROR "1\\.5 \\(untyped float constant\\) truncated to byte"
	_ = string(1.5) // ERROR "cannot convert 1\\.5 \\(untyped float constant\\) to type string"
	_ = int("a") // ERROR "cannot convert \"a\" \\(untyped string constant\\) to type int"
	var i I = T{} // ERROR "cannot use T\\{\\} \\(value of type T\\) as type I in variable declaration:"
	var j J = T{} // ERROR "cannot use T\\{\\} \\(value of type T\\) as type J in variable declaration:"
	_, _ = i, j
	_ = 1 << 600 // ERROR "constant shift overflow"
	_ = -b // ERROR "\\-b \\(constant \\-255 of type byte\\) overflows byte"
	_ = ^b
	var f float64 = 1
	_ = f << 2 // ERROR "invalid operation: shifted operand f \\(variable of type float64\\) must be integer"
	_ = 1.5 << 2 // ERROR "invalid operation: shifted operand 1\\.5 \\(untyped float constant\\) must be integer"
	_ = x % 1.5 // ERROR "1\\.5 \\(untyped float constant\\) truncated to byte"
	_ = 5 % 0 // ERROR "invalid operation: division by zero"
	_ = f % 2 // ERROR "invalid operation: operator % not defined on f \\(variable of type float64\\)"
	const big = 1 << 100
	var y int = big // ERROR "cannot use big \\(untyped int constant 1267650600228229401496703205376\\) as int value in variable declaration \\(overflows\\)"
	_ = y
	_ = x == "a" // ERROR "invalid operation: x == \"a\" \\(mismatched types byte and untyped string\\)"
	_ = []int{} == []int{} // ERROR "invalid operation: \\[\\]int\\{\\} == \\[\\]int\\{\\} \\(slice can only be compared to nil\\)"
	_ = T{} < T{} // ERROR "invalid operation: T\\{\\} < T\\{\\} \\(operator < not defined on struct\\)"
	var m map[string]int
	m["a"]++
	_ = &m["a"] // ERROR "invalid operation: cannot take address of m\\[\"a\"\\] \\(map index expression of type int\\)"
	_ = &1 // ERROR "invalid operation: cannot take address of 1 \\(untyped int constant\\)"
	_ = *x // ERROR "invalid operation: cannot indirect x \\(variable of type byte\\)"
	var fn func()
	_ = fn == fn // ERROR "invalid operation: fn == fn \\(func can only be compared to nil\\)"
}
