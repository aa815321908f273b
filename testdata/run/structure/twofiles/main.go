// A program split over two files of package main: functions, types and
// package-level variables declared in one file are used from the other.
package main

import "fmt"

var greeting = makeGreeting("main")

func main() {
	fmt.Println(greeting)
	s := newStack()
	for i := 1; i <= 4; i++ {
		s.push(i * i)
	}
	for !s.empty() {
		fmt.Print(s.pop(), " ")
	}
	fmt.Println()
	fmt.Println("helper count:", helperCount)
}
