// close readies its waiting receivers from a gList, the last one pushed first: with one P and
// each goready taking runnext, the first receiver runs first, then the last, then the middle.
// Senders blocked on a closed channel panic, after the receivers.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	c := make(chan struct{})
	done := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func(i int) {
			<-c
			done <- i
		}(i)
		runtime.Gosched()
	}
	close(c)
	runtime.Gosched()
	for i := 0; i < 5; i++ {
		fmt.Print(<-done, " ")
	}
	fmt.Println()

	d := make(chan int)
	res := make(chan string, 4)
	for i := 0; i < 2; i++ {
		go func(i int) {
			v, ok := <-d
			res <- fmt.Sprint("recv", i, v, ok)
		}(i)
		runtime.Gosched()
	}
	for i := 0; i < 2; i++ {
		go func(i int) {
			defer func() { res <- fmt.Sprint("send", i, recover()) }()
			d <- i
		}(i)
		runtime.Gosched()
	}
	close(d)
	runtime.Gosched()
	for i := 0; i < 4; i++ {
		fmt.Println(<-res)
	}
}
