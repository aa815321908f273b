// A select with one case and no default is that case's send or receive: values and ok
// bound by = and :=, break out of the select and out of a labeled loop, a closed channel,
// and at the end a deadlock that waits as a send does, at the case's line.
package main

import "fmt"

type pair struct{ a, b int }

func main() {
	ch := make(chan int, 4)
	done := make(chan struct{})
	go func() {
		for i := 1; i <= 3; i++ {
			select {
			case ch <- i * 10:
			}
		}
		close(ch)
		close(done)
	}()
	<-done
	var v int
	var ok bool
	select {
	case v = <-ch:
		fmt.Println("assigned", v)
	}
	select {
	case w, more := <-ch:
		fmt.Println("declared", w, more)
		if w > 0 {
			break
		}
		fmt.Println("not reached")
	}
outer:
	for {
		select {
		case v, ok = <-ch:
			fmt.Println("loop", v, ok)
			if !ok {
				break outer
			}
		}
	}
	ps := make(chan pair, 1)
	select {
	case ps <- pair{1, 2}:
	}
	select {
	case p := <-ps:
		p.a = 5
		fmt.Println(p)
	}
	select {
	case <-ch:
		fmt.Println("closed channel receives at once")
	}
	block := make(chan string)
	fmt.Println("about to block")
	select {
	case block <- "never":
	}
}
