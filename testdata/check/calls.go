package main

import "strings"

type Pt struct{ X, Y int }

func (p Pt) Add(q Pt) Pt { return Pt{p.X + q.X, p.Y + q.Y} }

type Inner struct{ V int }
type Inner2 struct{ V int }
type Outer struct {
	Inner
	Inner2
}

func variadic(prefix string, xs ...int) int { return len(xs) }
func two() (int, string)                    { return 1, "a" }

func main() {
	variadic("a", 1, 2, 3)
	variadic("a", []int{1}...)
	variadic() // ERROR "not enough arguments in call to variadic"
	variadic(two()) // ERROR "cannot use two\\(\\) \\(value of type int\\) as type string in argument to variadic" "cannot use two\\(\\) \\(value of type string\\) as type int in argument to variadic"
	variadic("a", "b") // ERROR "cannot use \"b\" \\(untyped string constant\\) as int value in argument to variadic"
	var o Outer
	_ = o.V // ERROR "ambiguous selector o\\.V"
	_ = strings.NoSuch // ERROR "undefined: strings\\.NoSuch"
	_ = strings.toLower // ERROR "undefined: strings\\.toLower"
	p := Pt{1, 2, 3} // ERROR "too many values in Pt\\{\u2026\\}"
	q := Pt{X: 1, Z: 2} // ERROR "unknown field 'Z' in struct literal of type Pt"
	r := Pt{X: 1, X: 2} // ERROR "duplicate field name X in struct literal"
	_ = p.Add(q, r) // ERROR "too many arguments in call to p\\.Add"
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key \"a\" in map literal"
	_ = []int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	_ = [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \\(>= 2\\)"
	var f float64 = "x" + 1 // ERROR "invalid operation: \"x\" \\+ 1 \\(mismatched types untyped string and untyped int\\)"
	_ = f
	len("abc") // ERROR "len\\(\"abc\"\\) \\(constant 3 of type int\\) is not used"
	x := 3
	x // ERROR "x \\(variable of type int\\) is not used"
	go len("x") // ERROR "go discards result of len\\(\"x\"\\) \\(constant 1 of type int\\)"
	defer int(3) // ERROR "defer requires function call, not conversion int\\(3\\) \\(constant 3 of type int\\)"
	_ = make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = new(x) // ERROR "x \\(variable of type int\\) is not a type"
	var ch <-chan int
	ch <- 1 // ERROR "invalid operation: cannot send to receive\\-only channel ch \\(variable of type <\\-chan int\\)"
	close(ch) // ERROR "invalid operation: cannot close receive\\-only channel ch \\(variable of type <\\-chan int\\)"
	var s []int
	s.foo() // ERROR "s\\.foo undefined \\(type \\[\\]int has no field or method foo\\)"
	_ = s[1:0] // ERROR "invalid slice indices: 0 < 1"
	_ = "abc"[5] // ERROR "invalid argument: index 5 out of bounds \\[0:3\\]"
	_ = [3]int{}[:4] // ERROR "invalid operation: \\[3\\]int\\{\\} \\(value of type \\[3\\]int\\) \\(slice of unaddressable value\\)"
}
