package main

import (
	"fmt"
	"runtime"
)

// A binary tree built and dropped many times: garbage for the collector. GODEBUG=gctrace=1 (set
// in the settings) prints one line per GC cycle as Go does: the heap before, after marking and
// live, the goal, and the CPU the phases took.
type node struct{ left, right *node }

func build(depth int) *node {
	if depth == 0 {
		return &node{}
	}
	return &node{build(depth - 1), build(depth - 1)}
}

func (n *node) count() int {
	if n == nil {
		return 0
	}
	return 1 + n.left.count() + n.right.count()
}

func main() {
	keep := build(14)
	total := 0
	for i := 0; i < 200; i++ {
		total += build(12).count()
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("nodes built:", total+keep.count(), "GC cycles:", ms.NumGC)
}
