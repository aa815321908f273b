// Race-free: data handed over by unbuffered and buffered channels, close, and select.
package main

import "fmt"

type msg struct {
	id   int
	body []byte
}

func main() {
	// Unbuffered: the send happens before the receive completes.
	unbuf := make(chan *msg)
	go func() {
		m := &msg{id: 1, body: []byte("hi")}
		unbuf <- m
	}()
	m := <-unbuf
	m.id++

	// A receive from an unbuffered channel happens before the send completes.
	var shared int
	ack := make(chan bool)
	go func() {
		shared = 7
		<-ack
	}()
	ack <- true
	_ = shared

	// Buffered: results come back through the buffer.
	out := make(chan []int, 2)
	for i := 0; i < 2; i++ {
		go func(i int) {
			s := []int{i, i + 1}
			out <- s
		}(i)
	}
	a, b := <-out, <-out
	a[0] += b[0]

	// close happens before a receive that returns because the channel is closed.
	var done bool
	quit := make(chan struct{})
	go func() {
		done = true
		close(quit)
	}()
	<-quit
	fmt.Println(m.id, string(m.body), done)

	// select over two channels.
	var x int
	c1, c2 := make(chan int), make(chan int)
	go func() {
		x = 5
		c1 <- 1
	}()
	select {
	case <-c1:
	case <-c2:
	}
	fmt.Println(x)
}
