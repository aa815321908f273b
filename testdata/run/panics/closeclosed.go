// Closing a channel twice panics with "close of closed channel".
package main

import "fmt"

func shutdown(ch chan bool) {
	close(ch)
}

func main() {
	ch := make(chan bool)
	shutdown(ch)
	fmt.Println("closed once")
	shutdown(ch)
}
