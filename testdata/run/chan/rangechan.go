// Ranging over a channel receives until the channel is closed and drained;
// a producer closes the channel when done.
package main

import "fmt"

func producer(words []string) chan string {
	ch := make(chan string, 2)
	go func() {
		defer close(ch)
		for _, w := range words {
			ch <- w
		}
	}()
	return ch
}

func main() {
	n := 0
	for w := range producer([]string{"alpha", "beta", "gamma", "delta"}) {
		n++
		fmt.Println(n, w)
	}
	empty := make(chan int)
	close(empty)
	for range empty {
		fmt.Println("never")
	}
	fmt.Println("done", n)
}
