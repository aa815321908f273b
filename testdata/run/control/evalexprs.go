// Evaluation order inside composite literals, append, string concatenation, comparisons,
// logical operators (hoisted as a whole, their right side only when needed), map literals
// (one entry at a time, each ordered as an assignment: its value's calls before its key),
// conditions of if, switch and for, and range expressions.
package main

import (
	"fmt"
	"strings"
)

type tri struct{ a, b, c int }

func main() {
	x := 1
	bump := func() int { x++; return 10 }

	x = 1
	fmt.Println("struct:", tri{x, bump(), x})
	x = 1
	fmt.Println("keyed:", tri{c: x, a: bump(), b: x})
	x = 1
	fmt.Println("slice:", []int{x, bump(), x})
	x = 1
	fmt.Println("array:", [3]int{x, bump(), x})
	x = 1
	fmt.Println("pointer:", *&tri{x, bump(), x})
	x = 1
	mv := map[int]int{1: x, 2: bump(), 3: x}
	fmt.Println("map values:", mv)
	x = 1
	mk := map[int]int{x: 1, bump(): 2}
	fmt.Println("map keys:", mk)
	x = 1
	me := map[int]int{x: bump()}
	fmt.Println("map entry:", me)
	x = 1
	mn := map[int][]int{x: {x, bump(), x}}
	fmt.Println("map nested:", mn)
	x = 1
	s := append([]int{}, x, bump(), x)
	fmt.Println("append:", s)
	s = []int{1}
	s = append(s, s[0], func() int { s[0] = 9; return 0 }())
	fmt.Println("append self:", s)

	str := "a"
	setstr := func() string { str = "b"; return "c" }
	fmt.Println("concat:", str+setstr()+str)
	var sb strings.Builder
	sb.WriteString("m")
	str = "a"
	fmt.Println("concat2:", str+sb.String()+str, func() int { str = "z"; return 0 }())

	x = 1
	fmt.Println("compare:", x == bump(), x)
	t1, t2 := tri{1, 2, 3}, tri{1, 2, 3}
	fmt.Println("struct compare:", t1 == t2, func() int { t1.a = 5; return 0 }())
	t1 = tri{1, 2, 3}
	ft := func() tri { t1.a = 7; return tri{7, 2, 3} }
	fmt.Println("struct compare call:", t1 == ft())

	x = 1
	ok := true
	fmt.Println("and:", x == 1 && ok, bump(), x == 1 && ok)
	x = 1
	fmt.Println("or:", x != 1 || !ok, bump())
	x = 1
	calls := 0
	side := func() bool { calls++; return true }
	fmt.Println("short circuit:", x == 2 && side(), x == 1 || side(), calls)

	x = 1
	if x+bump() == 12 {
		fmt.Println("if: late")
	} else {
		fmt.Println("if: early")
	}
	x = 1
	switch x + bump() {
	case 12:
		fmt.Println("switch tag: late")
	case 11:
		fmt.Println("switch tag: early")
	}
	x = 1
	switch {
	case x == func() int { x = 2; return 2 }():
		fmt.Println("case: late")
	default:
		fmt.Println("case: early")
	}
	x = 1
	n := 0
	for x < func() int { x += 2; return 6 }() {
		n++
	}
	fmt.Println("for:", n, x)
	x = 1
	for i, v := range []int{x, bump()} {
		fmt.Println("range:", i, v)
	}
}
