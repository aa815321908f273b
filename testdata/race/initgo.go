// An init function starts a goroutine that races with it, in a package with a variable
// initializer: Go's stacks show main.init.0 but not the package init wrapper that calls it.
package main

import (
	"fmt"
	"time"
)

var limit = defaultLimit()

func defaultLimit() int { return 10 }

func init() {
	go func() { limit = 20 }()
	limit = 30
	time.Sleep(time.Millisecond)
}

func main() {
	time.Sleep(time.Millisecond)
	fmt.Println("started")
}
