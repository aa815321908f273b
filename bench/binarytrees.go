// Benchmark: allocate and walk many short-lived binary trees, measuring the allocator and GC.
// Usage: binarytrees [depth]; prints node counts per depth.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type node struct{ left, right *node }

func build(d int) *node {
	if d == 0 {
		return &node{}
	}
	return &node{build(d - 1), build(d - 1)}
}

func (n *node) count() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.count() + n.right.count()
}

func main() {
	maxDepth := 16
	if len(os.Args) > 1 {
		maxDepth, _ = strconv.Atoi(os.Args[1])
	}
	long := build(maxDepth)
	for d := 4; d <= maxDepth; d += 2 {
		iters := 1 << (maxDepth - d + 4)
		total := 0
		for i := 0; i < iters; i++ {
			total += build(d).count()
		}
		fmt.Printf("%d trees of depth %d: %d nodes\n", iters, d, total)
	}
	fmt.Println("long lived:", long.count())
}
