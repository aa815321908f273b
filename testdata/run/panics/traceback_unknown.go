// env: GOTRACEBACK=verbose
// An unknown GOTRACEBACK value is no number: Go's setTraceback gives level 0 with all
// goroutines, so a panic prints its value and no traceback, and exits 2.
package main

import "fmt"

func main() {
	fmt.Println("before")
	go func() { select {} }()
	panic(fmt.Sprintf("boom %d", 42))
}
