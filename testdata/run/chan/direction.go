// Directional channel types: send-only and receive-only parameters,
// implicit conversion from bidirectional channels, and printing of the
// channel types.
package main

import "fmt"

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i * 3
	}
	close(out)
}

func consume(in <-chan int, done chan<- int) {
	s := 0
	for v := range in {
		s += v
	}
	done <- s
}

func main() {
	data := make(chan int)
	done := make(chan int)
	go produce(data, 5)
	go consume(data, done)
	fmt.Println(<-done)
	var ro <-chan int = data
	var so chan<- int = data
	fmt.Printf("%T %T %T\n", data, ro, so)
}
