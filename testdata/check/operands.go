package main

type T struct{ a, b int }
type S struct{ T; x int }

func main() {
	var a = []int{1, 2}
	var t = T{1, 2}
	var s string = T{1, 2} // ERROR "cannot use T\\{\u2026\\} \\(value of type T\\) as type string in variable declaration"
	var s2 string = func() int { return 1 } // ERROR "cannot use func\\(\\) int \\{\u2026\\} \\(value of type func\\(\\) int\\) as type string in variable declaration"
	var s3 string = a[1:2] // ERROR "cannot use a\\[1:2\\] \\(value of type \\[\\]int\\) as type string in variable declaration"
	var s4 int = len("abc") // ERROR "s4 declared but not used"
	var s5 string = struct{ x int; y string "tag" }{} // ERROR "cannot use struct\\{x int; y string \"tag\"\\}\\{\\} \\(value of type struct\\{x int; y string \"tag\"\\}\\) as type string in variable declaration"
	var s6 string = map[string][]*int{} // ERROR "cannot use map\\[string\\]\\[\\]\\*int\\{\\} \\(value of type map\\[string\\]\\[\\]\\*int\\) as type string in variable declaration"
	var s7 string = make(chan<- int) // ERROR "cannot use make\\(chan<\\- int\\) \\(value of type chan<\\- int\\) as type string in variable declaration"
	var s8 string = (<-chan chan int)(nil) // ERROR "cannot use \\(<\\-chan chan int\\)\\(nil\\) \\(value of type <\\-chan chan int\\) as type string in variable declaration"
	var s9 string = main // ERROR "cannot use main \\(value of type func\\(\\)\\) as type string in variable declaration"
	var p *T
	var s10 string = p.a // ERROR "cannot use p\\.a \\(variable of type int\\) as type string in variable declaration"
	const c = 10
	var s11 string = c + 1 // ERROR "cannot use c \\+ 1 \\(untyped int constant 11\\) as string value in variable declaration"
	var s12 string = interface{ M(int) (x int, err error); String() string }(nil) // ERROR "cannot use interface\\{M\\(int\\) \\(x int, err error\\); String\\(\\) string\\}\\(nil\\) \\(value of type interface\\{M\\(int\\) \\(x int, err error\\); String\\(\\) string\\}\\) as type string in variable declaration"
	var s13 string = any(1) // ERROR "cannot use any\\(1\\) \\(value of type any\\) as type string in variable declaration:"
	var s14 string = 'a' // ERROR "cannot use 'a' \\(untyped rune constant 97\\) as string value in variable declaration"
	var s15 string = 1e300*1e300 // ERROR "cannot use 1e300 \\* 1e300 \\(untyped float constant 1e\\+600\\) as string value in variable declaration"
	var s16 string = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz" // ERROR "s16 declared but not used"
	var s17 string = c / 3.0 // ERROR "cannot use c / 3\\.0 \\(untyped float constant 3\\.33333\\) as string value in variable declaration"
	var s18 string = 2i // ERROR "cannot use 2i \\(untyped complex constant \\(0 \\+ 2i\\)\\) as string value in variable declaration"
	var s19 int = float32(1.1) // ERROR "cannot use float32\\(1\\.1\\) \\(constant 1\\.1 of type float32\\) as type int in variable declaration"
	var s20 byte = c * 100 // ERROR "cannot use c \\* 100 \\(untyped int constant 1000\\) as byte value in variable declaration \\(overflows\\)"
	_ = t
}
