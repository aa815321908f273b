package main

type T struct{ a T } // ERROR "invalid recursive type T"
type A struct{ b B } // ERROR "invalid recursive type A"
type B struct{ a [2]A }
type P *P
type S []S

var x = y // ERROR "initialization loop for x"
var y = x

const c = d // ERROR "initialization loop for c"
const d = c

var z int = "s" // ERROR "cannot use \"s\" \\(untyped string constant\\) as int value in variable declaration"
var z int // ERROR "z redeclared in this block"

type R struct{ M int }

func (R) M() {} // ERROR "field and method with the same name M"
func (R) N() {}
func (*R) N() {} // ERROR "R\\.N redeclared in this block"

const (
	e = iota
	g
	h, i // ERROR "missing init expr for i"
)

func noret(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
} // ERROR "missing return"

func okret(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		panic("no")
	}
}

func main() {
	var q = 1 // ERROR "q declared but not used"
	var q = 2 // ERROR "q redeclared in this block"
	var unusedVar int // ERROR "unusedVar declared but not used"
	unusedVar = 3
	w := 1 // ERROR "w declared but not used"
	func() { w = 2 }()
	for i := range []int{1} { // ERROR "i declared but not used"
	}
	var iface interface{} = 1
	switch t := iface.(type) { // ERROR "t declared but not used"
	case int:
	}
	_ = okret
}
