// A C.free of memory already freed: glibc prints its check's message and aborts, and SIGABRT,
// a throwing signal, ends the Go program with the signal, that it arrived in C, every
// goroutine and the registers, exit 2. (Under sched/: the numbers of the runtime's goroutines
// in a cgo program's dump vary from run to run.)
package main

/*
#include <stdlib.h>
*/
import "C"

import "fmt"

func main() {
	buf := C.malloc(32)
	fmt.Println("allocated")
	C.free(buf)
	C.free(buf)
	fmt.Println("not reached")
}
