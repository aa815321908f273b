// A select of one case and a default is a non-blocking send or receive at the case's line
// (walk/select.go's selectnbsend): a send on a closed channel panics there, not at the select.
package main

import "fmt"

func trySend(c chan int, v int) (sent bool) {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func main() {
	c := make(chan int, 1)
	fmt.Println(trySend(c, 1), trySend(c, 2))
	fmt.Println(<-c)
	close(c)
	select {
	case v, ok := <-c:
		fmt.Println("closed", v, ok)
	default:
		fmt.Println("default")
	}
	trySend(c, 3)
}
