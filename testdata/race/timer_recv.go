// A goroutine stores a result; main waits for a timer and then overwrites it. The timer's send
// carries the clock of the timer's creation, not of whichever goroutine ran last: nothing
// orders the goroutine's store before main's.
package main

import (
	"fmt"
	"time"
)

var result int

func compute() {
	result = 42
}

func main() {
	t := time.NewTimer(time.Millisecond)
	go compute()
	time.Sleep(5 * time.Millisecond)
	<-t.C
	result = 0
	fmt.Println("timer fired")
}
