// trees: one long-lived binary tree of depth 16 stays reachable from a global while many
// short-lived trees of depths 4 to 14 are built, checked and dropped.
package main

import (
	"fmt"
	"runtime"
)

type tree struct {
	left, right *tree
	val         int
}

var longLived *tree
var scratch *tree

// bottomUp builds a complete tree of the given depth; every node is returned to the caller.
func bottomUp(depth, val int) *tree {
	if depth == 0 {
		return &tree{val: val}
	}
	return &tree{left: bottomUp(depth-1, 2*val), right: bottomUp(depth-1, 2*val+1), val: val}
}

// check counts the nodes and mixes in their values.
func check(t *tree) int {
	if t.left == nil {
		return 1 + t.val%3
	}
	return 1 + t.val%3 + check(t.left) + check(t.right)
}

func main() {
	longLived = bottomUp(16, 1)
	total := 0
	for depth := 4; depth <= 14; depth += 2 {
		iters := 1 << (18 - depth)
		sub := 0
		for i := 0; i < iters; i++ {
			scratch = bottomUp(depth, i)
			sub += check(scratch)
		}
		scratch = nil
		fmt.Printf("depth %d: %d trees, check %d\n", depth, iters, sub)
		total += sub
	}
	fmt.Println("long-lived check", check(longLived), "total", total)

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	numgc := m.NumGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Printf("gcstat numgc=%d live=%d\n", numgc, m.HeapAlloc)
}
