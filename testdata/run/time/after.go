// time.After and time.NewTimer in a select: a timeout that fires before a
// slow worker, and a stopped timer that never fires.
package main

import (
	"fmt"
	"time"
)

func main() {
	slow := make(chan string)
	go func() {
		time.Sleep(300 * time.Millisecond)
		slow <- "slow result"
	}()
	select {
	case r := <-slow:
		fmt.Println(r)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout")
	}
	fmt.Println(<-slow)
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
	tick := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
}
