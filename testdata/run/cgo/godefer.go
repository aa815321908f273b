// go and defer statements whose callee is a C function: the arguments are evaluated at the
// statement, the call into C runs later (in the new goroutine, or when the function returns).
package main

/*
#include <stdio.h>
#include <stdlib.h>
static int calls;
static void f(void) { calls++; printf("f called\n"); fflush(stdout); }
static int g(int x) { calls++; printf("g(%d)\n", x); fflush(stdout); return x * 2; }
static int count(void) { return calls; }
*/
import "C"

import (
	"fmt"
	"time"
)

func main() {
	go C.f()
	time.Sleep(100 * time.Millisecond)
	n := 20
	go C.g(C.int(n))
	time.Sleep(100 * time.Millisecond)
	func() {
		cs := C.CString("hello")
		defer C.f()
		defer C.g(C.int(n))
		n++
		fmt.Println("in func", C.GoString(cs), n)
	}()
	fmt.Println("calls", C.count())
}
