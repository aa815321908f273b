// C's getpid and os.Getpid name the same process.
package main

/*
#include <unistd.h>
int pid(void) { return getpid(); }
*/
import "C"

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(int(C.pid()) == os.Getpid())
}
