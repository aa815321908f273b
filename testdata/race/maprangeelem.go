// A range over a map reads each value it hands the loop: besides mapiterinit's read of the
// header, the read of the element races with a concurrent insert's store of it.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	go func() {
		m["c"] = 3
	}()
	time.Sleep(5 * time.Millisecond)
	n := 0
	for _, v := range m {
		n += v
	}
	fmt.Println(n > 0)
}
