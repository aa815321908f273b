package main

// The seed article's example 1 with its trigger condition, "high concurrency": eight more
// goroutines block in the same C call and then make small maps, as main's write does. Under
// `gort run --model stale-mcache` (the article's hypothesis) some seeds corrupt a map; under
// Go 1.19's model (the default) none does. See docs/FIDELITY.md, "What-if models".

/*
#include <unistd.h>
void block_in_cgo() { sleep(1); }
*/
import "C"

var sink map[int]int

func main() {
	for i := 0; i < 8; i++ {
		go func(i int) {
			C.block_in_cgo()
			for j := 0; j < 100; j++ {
				x := make(map[int]int)
				x[i] = j
				sink = x
			}
		}(i)
	}
	m := make(map[int]int)
	C.block_in_cgo()
	m[42] = 1
}
