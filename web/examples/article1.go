package main

// The article's first program: one goroutine blocks in C, then writes a map. The article says
// the write may crash because the M comes back from C with a stale mcache. In Go 1.19 the
// mcache belongs to the P, and the P the M gets back is flushed when it is acquired: no seed
// crashes. Explore it to see.

/*
#include <unistd.h>

void block_in_cgo() {
	sleep(1);
}
*/
import "C"

import "fmt"

func main() {
	m := make(map[int]int)
	C.block_in_cgo() // the M blocks in C; sysmon hands its P off
	m[42] = 1        // mapassign_fast64 after the call
	fmt.Println("m[42] =", m[42])
}
