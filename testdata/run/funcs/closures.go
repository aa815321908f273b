// Closures capture variables by reference: a counter generator, two
// closures sharing one variable, and a recursive closure.
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	other, _ := counter()
	fmt.Println(other(), next())
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	adders := make([]func(int) int, 3)
	for i := range adders {
		k := i * 10
		adders[i] = func(x int) int { return x + k }
	}
	fmt.Println(adders[0](1), adders[1](1), adders[2](1))
	x := 1
	func() { x = 2 }()
	fmt.Println(x)
}
