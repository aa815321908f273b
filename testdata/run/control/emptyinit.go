// Empty init statements in if, switch and type switch headers (`switch ; {`), which gc
// accepts, next to for loops with empty clauses.
package main

import "fmt"

func f() int { return 3 }

func main() {
	switch ; {
	case f() > 2:
		fmt.Println("tagless")
	}
	switch ; f() {
	case 3:
		fmt.Println("three")
	}
	switch x := f(); {
	case x > 0:
		fmt.Println("positive", x)
	}
	if ; f() == 3 {
		fmt.Println("if")
	} else if ; false {
		fmt.Println("unreachable")
	}
	var i interface{} = 1.5
	switch ; v := i.(type) {
	case float64:
		fmt.Println("float64", v)
	}
	switch ; i.(type) {
	case int:
		fmt.Println("int")
	default:
		fmt.Println("not int")
	}
	n := 0
	for ;; {
		n++
		if n == 3 {
			break
		}
	}
	for ; n < 5; {
		n++
	}
	fmt.Println(n)
}
