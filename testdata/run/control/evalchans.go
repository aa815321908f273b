// Evaluation order with channel operations: a receive is made where it stands (like a call),
// a send evaluates its value's calls before reading the channel variable, and the arguments
// of go and defer statements are evaluated left to right, each ordered on its own.
package main

import "fmt"

func main() {
	x := 1
	bump := func() int { x++; return 10 }
	ch := make(chan int, 10)
	ch <- 1
	ch <- 2
	fmt.Println("recv:", x, <-ch, bump())
	x = 1
	ch <- 3
	fmt.Println("recv2:", x, bump(), <-ch)

	// A receive that blocks while another goroutine changes x.
	unbuf := make(chan int)
	x = 1
	go func() { x = 5; unbuf <- 10 }()
	fmt.Println("blocking recv:", x+<-unbuf)
	go func() {
		for i := 0; i < 3; i++ {
			unbuf <- i
		}
	}()
	fmt.Println("three recvs:", <-unbuf, <-unbuf, <-unbuf)

	c1 := make(chan int, 1)
	c2 := make(chan int, 1)
	cur := c1
	cur <- func() int { cur = c2; return 1 }()
	fmt.Println("send:", len(c1), len(c2))

	x = 1
	done := make(chan bool)
	go func(a, b int) { fmt.Println("go:", a, b); done <- true }(x, bump())
	<-done
	x = 1
	defer func(a, b int) { fmt.Println("defer:", a, b) }(x, bump())
	x = 1
	defer fmt.Println("defer print:", x, bump())
	x = 1
	pack := func(p, q int) int { return p*100 + q }
	defer fmt.Println("defer nested:", x, pack(x, bump()))
}
