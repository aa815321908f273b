// Deferred calls run last-in first-out when the function returns, and their
// arguments (and receivers) are evaluated when the defer statement runs.
package main

import "fmt"

type logger struct{ prefix string }

func (l logger) log(msg string) { fmt.Println(l.prefix + msg) }

func trace(name string) string {
	fmt.Println("enter", name)
	return name
}

func un(name string) { fmt.Println("leave", name) }

func work() {
	defer un(trace("work"))
	fmt.Println("in work")
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x at defer:", x)
	defer func() { fmt.Println("x in closure:", x) }()
	x = 20
	l := logger{"A:"}
	defer l.log("method")
	l.prefix = "B:"
	work()
	fmt.Println("main body done")
}
