// Closing a nil channel panics.
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("closing nil channel")
	close(ch)
}
