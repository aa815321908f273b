package main

// #include <stdlib.h>
import "C"

func main() {
	p, err := C.malloc(8) // ERROR "no two-result form for C.malloc"
	_, _ = p, err
}
