// list: a singly linked list of 400,000 nodes is built, walked, kept live for a while and
// dropped; a second, shorter list stays live to the end. Every node escapes through a global.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	val  int
	next *node
}

var head *node
var keep *node

// build prepends n nodes to a fresh list and returns its head.
func build(n int, seed int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{val: (i*seed + 7) % 1000, next: h}
	}
	return h
}

func sum(h *node) int {
	s := 0
	for p := h; p != nil; p = p.next {
		s += p.val
	}
	return s
}

func main() {
	total := 0
	for round := 1; round <= 6; round++ {
		head = build(400000, round)
		total += sum(head)
		head = nil
	}
	keep = build(150000, 13)
	total += sum(keep)
	fmt.Println("checksum", total)

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	numgc := m.NumGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Printf("gcstat numgc=%d live=%d\n", numgc, m.HeapAlloc)
	if sum(keep) == 0 {
		fmt.Println("empty")
	}
}
