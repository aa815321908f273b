// <- goes with the leftmost chan possible: chan<- chan int is a send-only channel of
// channels; chan (<-chan int) needs its parentheses.
package main

import "fmt"

func serve(reqs chan<- chan int) {
	r := make(chan int, 1)
	reqs <- r
}

func main() {
	var c chan<- chan int
	fmt.Printf("%T\n", c)
	all := make(chan chan int, 1)
	c = all
	serve(c)
	r := <-all
	r <- 5
	fmt.Println(<-r)
	var d chan (<-chan int)
	fmt.Printf("%T\n", d)
	var e chan<- <-chan int
	fmt.Printf("%T\n", e)
	var f <-chan <-chan int
	fmt.Printf("%T\n", f)
	var g chan<- chan<- chan int
	fmt.Printf("%T\n", g)
	var h []chan<- chan bool
	fmt.Printf("%T %v\n", h, h == nil)
}
