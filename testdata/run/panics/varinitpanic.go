// A panic while a package variable is initialized shows main.init at the variable's line
// (Go's pkg.init runs the initializers); a panic in an init function shows main.init.N alone.
package main

import "fmt"

var names = []string{"a", "b"}

var second = pick(names, 1)

var third = pick(names, 2)

func pick(xs []string, i int) string {
	return xs[i]
}

func init() {
	fmt.Println("init")
}

func main() {
	fmt.Println(second, third)
}
