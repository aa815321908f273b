// sync.Once: a function that panics still counts as done, later calls return at once, and a
// panic that nobody recovers shows Do and doSlow in the traceback.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() { panic("first call") })
	}()
	once.Do(func() { fmt.Println("not called") })
	fmt.Printf("%v\n", once)

	var counted sync.Once
	n := 0
	for i := 0; i < 3; i++ {
		counted.Do(func() { n++ })
	}
	fmt.Println("calls:", n)

	var last sync.Once
	last.Do(func() { panic(fmt.Sprint("calls: ", n)) })
}
