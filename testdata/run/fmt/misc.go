// Other verbs: %t, %v on bools, %p of a nil pointer, %p of a slice and a
// map compared only for non-zero-ness, Sprint spacing rules, Sprintln and
// Errorf.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
	var np *int
	fmt.Printf("%p %v\n", np, np)
	x := 5
	p := fmt.Sprintf("%p", &x)
	fmt.Println(strings.HasPrefix(p, "0xc"), len(p) > 3)
	s := []int{1}
	fmt.Println(fmt.Sprintf("%p", s) == fmt.Sprintf("%p", &s[0]))
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.0, true))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("x", 1, "y"))
	fmt.Print(fmt.Sprintln("ln", 1, 2))
	err := fmt.Errorf("wrapped %d: %w", 3, fmt.Errorf("inner"))
	fmt.Println(err)
	fmt.Printf("%v|%6v|%-6v|\n", []int{1, 22}, 7, "ab")
	fmt.Printf("%08.3f|%x|%X\n", 3.14159, []int{10, 255}, "Zz")
	n, _ := fmt.Printf("%s\n", "count me")
	fmt.Println(n)
	fmt.Printf("%v %v\n", 'a', byte('a'))
}
