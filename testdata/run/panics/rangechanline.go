// A goroutine blocked in a range over a channel is at the range statement's line, whatever
// line of the body ran last: the deadlock's traceback shows it.
package main

import "fmt"

func drain(ch chan int, out chan int) {
	sum := 0
	for v := range ch {
		sum += v
		fmt.Println("got", v)
	}
	out <- sum
}

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	out := make(chan int)
	go drain(ch, out)
	for v := range out {
		fmt.Println(v)
	}
}
