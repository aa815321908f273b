// Race-free: what happens before time.AfterFunc happens before its function runs; the
// function's result comes back on a channel.
package main

import (
	"fmt"
	"time"
)

func main() {
	limit := 3
	name := "job"
	res := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() {
		res <- fmt.Sprint(name, limit)
	})
	limitCopy := limit
	fmt.Println(<-res, limitCopy)
}
