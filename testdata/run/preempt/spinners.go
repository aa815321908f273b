// env: GOMAXPROCS=1
// Three goroutines spin in loops that never end, one with a backward goto; main
// sleeps twice and prints each time: preemption shares the one P among all four.
package main

import (
	"fmt"
	"time"
)

var a, b, c int

func spinA() {
	for {
		a++
	}
}

func spinB(limit int) {
	for b < limit {
		b += 2
		b--
	}
}

func spinC() {
L:
	c++
	goto L
}

func main() {
	go spinA()
	go spinB(1 << 62)
	go spinC()
	time.Sleep(2 * time.Millisecond)
	fmt.Println("first wake")
	time.Sleep(2 * time.Millisecond)
	fmt.Println("second wake")
}
