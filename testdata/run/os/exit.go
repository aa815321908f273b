// os.Exit ends the program immediately with the given status: deferred
// calls do not run and buffered output already written is kept.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("before exit")
	fmt.Fprintln(os.Stderr, "to stderr before exit")
	os.Exit(3)
}
