// Two appends into one shared backing array store into the same element: the race detector
// reports the two writes (Go's compiled code stores the appended elements itself).
package main

import "fmt"

func main() {
	s := make([]int, 0, 10)
	done := make(chan []int)
	go func() { done <- append(s, 1) }()
	b := append(s, 2)
	a := <-done
	fmt.Println(a[0] == b[0])
}
