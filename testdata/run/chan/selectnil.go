// A nil channel is never ready in a select, so setting a channel variable
// to nil disables its case: merge two channels until both are closed.
package main

import "fmt"

func emit(vals ...int) chan int {
	ch := make(chan int)
	go func() {
		for _, v := range vals {
			ch <- v
		}
		close(ch)
	}()
	return ch
}

func main() {
	a := emit(1, 2, 3)
	b := emit(10, 20)
	sum, count := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			count++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			count++
		}
	}
	fmt.Println(sum, count)
	var nc chan int
	select {
	case nc <- 1:
		fmt.Println("sent on nil")
	case <-nc:
		fmt.Println("received from nil")
	default:
		fmt.Println("nil channels never ready")
	}
}
