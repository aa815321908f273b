// A []byte(s) or []rune(s) conversion that does not escape gets the compiler's 32-element stack
// buffer, so its capacity is 32 when the string fits: the operand of len or cap, a variable
// whose append result is discarded or goes back into it. One that escapes is sized to fit.
package main

import "fmt"

func get() string { return "abcdef" }

var sink []byte

func main() {
	s := get()
	fmt.Println(cap([]byte(s)), cap([]rune(s)), len([]rune(s)))
	y := []byte(s)
	_ = append(y, 'q')
	fmt.Println(cap(y))
	z := []byte(s)
	z = append(z, "gh"...)
	fmt.Println(len(z), cap(z))
	w := []byte(s)
	sink = w
	fmt.Println(cap(w))
	long := get() + get() + get() + get() + get() + get()
	fmt.Println(cap([]byte(long)))
}
