// A panic in a deferred call of a deferred call: the chain prints every panic, oldest first.
package main

import "fmt"

func main() {
	defer func() {
		defer func() {
			defer fmt.Println("innermost defer runs")
			panic(fmt.Errorf("c: %d", 3))
		}()
		panic("b")
	}()
	panic("a")
}
