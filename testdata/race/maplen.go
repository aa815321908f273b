// len(m) reads the map header, which a concurrent insert writes: Go reports the race at the len.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[int]int{}
	go func() {
		m[1] = 1
	}()
	time.Sleep(5 * time.Millisecond)
	fmt.Println(len(m))
}
