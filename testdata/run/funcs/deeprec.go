// Deep recursion: Go grows goroutine stacks up to 1 GB, so a few hundred
// thousand nested calls are fine, on the main goroutine and on another one.
package main

import "fmt"

type list struct {
	next *list
}

func build(n int) *list {
	var l *list
	for i := 0; i < n; i++ {
		l = &list{l}
	}
	return l
}

func length(l *list) int {
	if l == nil {
		return 0
	}
	return length(l.next) + 1
}

func main() {
	fmt.Println(length(build(300000)))
	done := make(chan int)
	go func() { done <- length(build(200000)) }()
	fmt.Println(<-done)
}
