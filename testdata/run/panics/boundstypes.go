// The run-time type of recovered bounds errors, the slice-to-array-pointer conversion among them.
package main

import "fmt"

func main() {
	s := []int{1}
	func() {
		defer func() { r := recover(); fmt.Printf("%T %v\n", r, r) }()
		_ = s[len(s)+4]
	}()
	func() {
		defer func() { r := recover(); fmt.Printf("%T %v\n", r, r) }()
		i := 7
		s[i] = 2
	}()
	func() {
		defer func() { r := recover(); fmt.Printf("%T %v\n", r, r) }()
		_ = (*[3]int)(s)
	}()
	func() {
		defer func() { r := recover(); fmt.Printf("%T %v\n", r, r) }()
		j := 5
		_ = s[1:j]
	}()
}
