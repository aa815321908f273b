package main

// The seed article's example 1, as it gives it. It cannot fail under Go 1.19's model nor under
// the article's own hypothesis (`--model stale-mcache`): nothing else allocates while main is in C.

/*
#include <unistd.h>
void block_in_cgo() { sleep(1); }
*/
import "C"

func main() {
	m := make(map[int]int)
	C.block_in_cgo()
	m[42] = 1
}
