// A deferred nil func value panics when the deferred call runs, after the
// function body has finished, not at the defer statement.
package main

import "fmt"

var steps []string

func deferNil() {
	var f func(int)
	defer f(len(steps))
	steps = append(steps, "body ran")
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		fmt.Println(steps)
	}()
	deferNil()
	fmt.Println("not reached")
}
