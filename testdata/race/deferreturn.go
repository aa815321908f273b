// Under -race a function's deferred calls at a normal return run from runtime.deferreturn,
// after the function has left: a race in one shows deferreturn where the function was.
package main

import (
	"fmt"
	"time"
)

var closed bool

func work() {
	defer func() {
		closed = true
	}()
	fmt.Print("")
}

func main() {
	go work()
	time.Sleep(5 * time.Millisecond)
	fmt.Println(closed)
}
