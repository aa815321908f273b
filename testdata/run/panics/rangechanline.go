// A goroutine blocked in a range over a channel is at the range statement's line, whatever
// line of the body ran last: the deadlock's traceback shows it.
package main

import "fmt"

func produce(ch chan int, n int) {
	for i := 0; i < n; i++ {
		ch <- i
	}
}

func main() {
	ch := make(chan int)
	go produce(ch, 3)
	sum := 0
	for v := range ch {
		sum += v
		fmt.Println("got", v, "sum", sum)
	}
}
