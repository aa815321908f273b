// A recovered panic that is raised again with the same value terminates
// the program; the message shows the first panic marked [recovered].
package main

import "fmt"

func main() {
	defer fmt.Println("main deferred print runs")
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(r)
	}()
	panic("original")
}
