package main

import (
	"path/filepath"
	"strconv"
)

type T struct{}

func (t *T) M() {}

func main() {
	x := 5
	switch x {
	case "b": // ERROR "cannot convert \"b\" \\(untyped string constant\\) to int"
	}
	var n int = strconv.ParseInt("42", 10, 64) // ERROR "multiple-value strconv\\.ParseInt\\(\"42\", 10, 64\\) \\(value of type \\(i int64, err error\\)\\) in single-value context"
	ok := filepath.Match("a", "b") // ERROR "assignment mismatch: 1 variable but filepath\\.Match returns 2 values"
	_ = T.M // ERROR "cannot call pointer method M on T"
	var b byte = 'x' + 200 // ERROR "cannot use 'x' \\+ 200 \\(untyped rune constant 320\\) as byte value in variable declaration \\(overflows\\)"
	_ = []int{x / 2: 3} // ERROR "index x / 2 must be integer constant"
	for i, v, w := range []int{} { // ERROR "range clause permits at most two iteration variables"
		_, _ = i, v
	}
	_, _, _ = n, ok, b
}
