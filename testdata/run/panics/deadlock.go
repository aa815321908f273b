// When every goroutine is blocked the runtime reports a deadlock with a
// dump of the main goroutine's wait reason.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("about to block")
	ch <- 1
	fmt.Println("unreachable")
}
