// The built-in example: the article's second program. Two goroutines each block in a C call
// (sleep(1)), then write the same map. Real Go 1.19 ends this with
// `fatal error: concurrent map writes` in some runs (31.5% in the fact sheet's measurement with
// GOMAXPROCS=4, 53.5% and 62% on the calibration host: docs/FIDELITY.md, "Outcome rates of racy
// programs") and finishes cleanly in the others; never with GOMAXPROCS=1.

export const cgoMapExample = `package main

/*
#include <unistd.h>

void c_trigger() {
	sleep(1);
}
*/
import "C"

import (
	"fmt"
	"sync"
)

func main() {
	m := make(map[int]int)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			C.c_trigger()
			m[id] = id
		}(i)
	}
	wg.Wait()
	fmt.Println("done", len(m))
}
`;
