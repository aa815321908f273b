// runtime.NumCgoCall counts the calls into C: one the runtime makes before main in a cgo
// program, each C function call (from any goroutine), C.free among them, and each C.CString,
// C.CBytes and C.malloc, which call C's malloc.
package main

/*
#include <stdlib.h>
#include <unistd.h>
int twice(int x) { return 2 * x; }
void nap(void) { usleep(100); }
*/
import "C"

import (
	"fmt"
	"runtime"
	"sync"
	"unsafe"
)

func main() {
	start := runtime.NumCgoCall()
	fmt.Println("at start:", start)
	for i := 0; i < 5; i++ {
		C.twice(C.int(i))
	}
	fmt.Println("after 5 calls:", runtime.NumCgoCall()-start)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			C.nap()
		}()
	}
	wg.Wait()
	fmt.Println("after 3 goroutines:", runtime.NumCgoCall()-start)
	s := C.CString("abc")
	b := C.CBytes([]byte{1, 2})
	m := C.malloc(8)
	fmt.Println("after 3 allocations:", runtime.NumCgoCall()-start, C.GoString(s))
	C.free(unsafe.Pointer(s))
	C.free(b)
	C.free(m)
	fmt.Println("after 3 frees:", runtime.NumCgoCall()-start)
}
