// Buffered channels: len and cap, FIFO order, sends that do not block
// until the buffer is full, and a semaphore pattern.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- "c"
	ch <- "d"
	fmt.Println(len(ch), <-ch, <-ch, <-ch, len(ch))
	results := make(chan int, 10)
	for i := 0; i < 10; i++ {
		go func(n int) { results <- n * n }(i)
	}
	total := 0
	for i := 0; i < 10; i++ {
		total += <-results
	}
	fmt.Println("total", total)
	var unb chan int
	fmt.Println(len(unb), cap(unb))
}
