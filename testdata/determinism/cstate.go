// C state that a run changes: a static counter, a malloc'd buffer kept in a static pointer,
// rand's state and stdio's buffer. Each run of the program must start with the C state the
// preamble declares, as a new process does.
package main

/*
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int calls;
static char *kept;

static int step(int seed) {
	if (calls == 0) srand(seed);
	calls++;
	if (kept == NULL) {
		kept = malloc(32);
		strcpy(kept, "first");
	} else {
		strcpy(kept, "later");
	}
	printf("call %d kept=%s rand=%d\n", calls, kept, rand() % 1000);
	return calls;
}

static void flush(void) { fflush(stdout); }
*/
import "C"

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		C.step(7)
	}
	C.flush()
	fmt.Println("calls", C.step(7))
}
