// Dereferencing a nil pointer raises a runtime error reported as a
// segmentation violation signal with the faulting address.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func sum(n *node) int {
	total := 0
	for i := 0; i < 3; i++ {
		total += n.val
		n = n.next
	}
	return total
}

func main() {
	list := &node{1, &node{2, nil}}
	fmt.Println("start")
	fmt.Println(sum(list))
}
