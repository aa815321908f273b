// prune: complete binary trees are built by plain recursion, then pruned: below a cut depth,
// every subtree whose key fails a test is set to nil. Each round's tree replaces the last;
// the pruned tree of the final round stays live.
package main

import (
	"fmt"
	"runtime"
)

type tree struct {
	key         int
	weight      [3]int
	left, right *tree
}

var root *tree

func grow(depth, key int) *tree {
	t := &tree{key: key}
	t.weight[key%3] = depth
	if depth > 0 {
		t.left = grow(depth-1, 2*key)
		t.right = grow(depth-1, 2*key+1)
	}
	return t
}

// prune drops subtrees below cut whose key is divisible by mod; it returns the nodes removed.
func prune(t *tree, depth, cut, mod int) int {
	if t == nil {
		return 0
	}
	removed := 0
	if depth >= cut {
		if t.left != nil && t.left.key%mod == 0 {
			removed += count(t.left)
			t.left = nil
		}
		if t.right != nil && t.right.key%mod == 0 {
			removed += count(t.right)
			t.right = nil
		}
	}
	return removed + prune(t.left, depth+1, cut, mod) + prune(t.right, depth+1, cut, mod)
}

func count(t *tree) int {
	if t == nil {
		return 0
	}
	return 1 + count(t.left) + count(t.right)
}

func main() {
	total := 0
	for round := 0; round < 10; round++ {
		root = grow(16, 1)
		total += prune(root, 0, 3+round%4, 3+round)
		total += count(root)
	}
	fmt.Println("nodes", count(root), "checksum", total)

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	numgc := m.NumGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Printf("gcstat numgc=%d live=%d\n", numgc, m.HeapAlloc)
	if root.left == nil {
		fmt.Println("pruned at the root")
	}
}
