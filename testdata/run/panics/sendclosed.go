// Sending on a closed channel panics even when the buffer has room.
package main

import "fmt"

func main() {
	ch := make(chan int, 5)
	ch <- 1
	close(ch)
	fmt.Println(<-ch)
	ch <- 2
}
