// env: GOMAXPROCS=1
// debug.SetMaxStack lowers the stack limit: it returns the previous limit (as an int, even
// past 2^53 or set negative), and a recursion that Go's default limit would allow overflows
// the new one with Go's "stack overflow".
package main

import (
	"fmt"
	"math"
	"runtime/debug"
)

type node struct {
	left, right *node
	depth       int
}

func build(d int) *node {
	if d == 0 {
		return nil
	}
	return &node{left: build(d - 1), depth: d}
}

func walk(n *node, path [16]int) int {
	if n == nil {
		return path[0]
	}
	path[n.depth%16]++
	return walk(n.left, path) + 1
}

func main() {
	fmt.Println("default:", debug.SetMaxStack(math.MaxInt64))
	fmt.Println("max:", debug.SetMaxStack(-1))
	fmt.Println("minus one:", debug.SetMaxStack(4<<20))
	fmt.Println("set:", debug.SetMaxStack(4<<20))
	fmt.Println("shallow:", walk(build(100), [16]int{}))
	fmt.Println("deep:", walk(build(200000), [16]int{}))
}
