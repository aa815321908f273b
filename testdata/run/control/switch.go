// Switch statements: no implicit fallthrough, explicit fallthrough, cases
// with lists, tagless switches, init statements, and break inside switch.
package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "C"
	}
}

func main() {
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("le-one ")
		case 2, 3:
			fmt.Print("two-three ")
			if i == 3 {
				break
			}
			fmt.Print("(two) ")
		case 4:
			fmt.Print("four ")
			fallthrough
		default:
			fmt.Print("default ")
		}
		fmt.Println()
	}
	fmt.Println(grade(95), grade(85), grade(10))
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten", x)
	}
	calls := 0
	f := func(v int) int { calls++; return v }
	switch 3 {
	case f(1), f(2), f(3), f(4):
		fmt.Println("matched after", calls, "calls")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("golang")
	}
}
