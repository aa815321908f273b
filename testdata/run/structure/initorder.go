// Package-level variables are initialised in dependency order, not source
// order, and every init function runs in source order before main.
package main

import "fmt"

var trace []string

var a = record("a", b+c)
var b = record("b", f())
var c = record("c", 3)
var d int

func record(name string, v int) int {
	trace = append(trace, fmt.Sprintf("%s=%d", name, v))
	return v
}

func f() int { return c * 2 }

func init() {
	trace = append(trace, "init1")
	d = a + 100
}

func init() {
	trace = append(trace, fmt.Sprintf("init2 d=%d", d))
}

func main() {
	for i, t := range trace {
		fmt.Println(i, t)
	}
	fmt.Println(a, b, c, d)
}
