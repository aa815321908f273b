// env: GOMAXPROCS=1
// A goroutine runs a loop with no call, channel or lock in it: since Go 1.14 the
// runtime preempts it asynchronously, so main, which only sleeps, still runs on
// the one P and exits while the loop is far from done.
package main

import (
	"fmt"
	"time"
)

var sink int

func count(n int) {
	for i := 0; i < n; i++ {
		sink += i & 3
	}
}

func main() {
	go count(1 << 62)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("main done")
}
