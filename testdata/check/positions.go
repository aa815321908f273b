package main

type T struct{ a int }

func f() int { return 1 }

func main() {
	var a = []int{1}
	var m = map[int]int{}
	var i interface{} = 1
	var p = &T{}
	var s1 string = a[0] // ERROR "cannot use a\\[0\\] \\(variable of type int\\) as type string in variable declaration"
	var s2 string = m[0] // ERROR "cannot use m\\[0\\] \\(map index expression of type int\\) as type string in variable declaration"
	var s3 string = i.(int) // ERROR "cannot use i\\.\\(int\\) \\(comma, ok expression of type int\\) as type string in variable declaration"
	var s4 string = p.a // ERROR "cannot use p\\.a \\(variable of type int\\) as type string in variable declaration"
	var s5 string = f() // ERROR "cannot use f\\(\\) \\(value of type int\\) as type string in variable declaration"
	var s6 string = T{} // ERROR "cannot use T\\{\\} \\(value of type T\\) as type string in variable declaration"
	var s7 string = -a[0] // ERROR "cannot use \\-a\\[0\\] \\(value of type int\\) as type string in variable declaration"
	var s8 string = *p // ERROR "cannot use \\*p \\(variable of type T\\) as type string in variable declaration"
	var s9 string = (a[0]) // ERROR "cannot use \\(a\\[0\\]\\) \\(variable of type int\\) as type string in variable declaration"
	var s10 string = a[0] + 1 // ERROR "cannot use a\\[0\\] \\+ 1 \\(value of type int\\) as type string in variable declaration"
	var s11 string = <-make(chan int) // ERROR "cannot use <\\-make\\(chan int\\) \\(comma, ok expression of type int\\) as type string in variable declaration"
	var s12 string = []int{}[0:] // ERROR "cannot use \\[\\]int\\{\\}\\[0:\\] \\(value of type \\[\\]int\\) as type string in variable declaration"
	var s13 string = [2]int{} // ERROR "cannot use \\[2\\]int\\{\\} \\(value of type \\[2\\]int\\) as type string in variable declaration"
	_ = a[0:1:2][0]
	_, _, _, _, _, _, _, _, _, _, _, _, _ = s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13
}
