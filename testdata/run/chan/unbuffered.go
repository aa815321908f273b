// Unbuffered channels synchronise sender and receiver: a pipeline of
// goroutines passing values, and a done channel used as a signal.
package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	sum := 0
	for v := range square(square(gen(5))) {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println("sum", sum)
	done := make(chan struct{})
	msg := ""
	go func() {
		msg = "written before signal"
		done <- struct{}{}
	}()
	<-done
	fmt.Println(msg)
}
