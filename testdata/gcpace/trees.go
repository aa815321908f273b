// trees: a 2 MB binary tree (65,535 nodes of 32 bytes) stays live in a global while 400 rounds
// each build, check and drop an 8,191-node tree; then runtime.GC().
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	left, right *node
	val, pad    int
}

var live *node
var cur *node

func build(depth, val int) *node {
	if depth == 0 {
		return &node{val: val}
	}
	return &node{left: build(depth-1, 2*val), right: build(depth-1, 2*val+1), val: val}
}

func sum(n *node) int {
	if n.left == nil {
		return n.val & 7
	}
	return n.val&7 + sum(n.left) + sum(n.right)
}

func main() {
	live = build(15, 1)
	total := 0
	for i := 0; i < 400; i++ {
		cur = build(12, i)
		total += sum(cur)
	}
	cur = nil
	fmt.Println("live", sum(live), "total", total)
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Printf("gcpace numgc=%d\n", m.NumGC)
}
