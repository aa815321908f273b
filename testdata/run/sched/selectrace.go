// A select with two ready channels chooses pseudo-randomly, so the count of
// each choice varies between runs; the total is fixed.
package main

import "fmt"

func main() {
	a := make(chan int, 10)
	b := make(chan int, 10)
	for i := 0; i < 10; i++ {
		a <- 1
		b <- 2
	}
	fromA := 0
	for i := 0; i < 3; i++ {
		select {
		case <-a:
			fromA++
		case <-b:
		}
	}
	fmt.Println("from a:", fromA, "of 3")
}
