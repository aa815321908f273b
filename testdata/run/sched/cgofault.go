// A store from Go code to C's read-only memory (a string literal C returned) faults, and Go's
// sigpanic throws "fault" after the address: it is not a nil dereference and cannot be
// recovered. (Under sched/: which Ps the runtime's goroutines were made on, and so their
// numbers in the dump, vary from run to run in a cgo program.)
package main

/*
const char *greeting(void) { return "hello"; }
*/
import "C"

import "fmt"

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	g := (*C.char)(C.greeting())
	fmt.Println(C.GoString(g), *g)
	*g = 'j'
	fmt.Println("not reached")
}
