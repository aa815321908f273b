// Calibration: many small heap allocations (a 32-byte node each), most of them short-lived:
// a ring of 1000 nodes (each holding the one it replaced, whose own link is cut) stays live,
// the rest are garbage (GC runs at the default GOGC).
package main

import (
	"fmt"
	"time"
)

type node struct {
	next *node
	a, b int
	c    int
}

var ring [1000]*node

func main() {
	start := time.Now()
	sum := 0
	for i := 0; i < 1_000_000; i++ {
		n := &node{a: i, b: i * 2}
		n.next = ring[i%len(ring)]
		if n.next != nil {
			n.next.next = nil
		}
		ring[i%len(ring)] = n
		sum += n.a
	}
	el := time.Since(start)
	fmt.Println("sum", sum)
	fmt.Printf("elapsed_ns=%d\n", el.Nanoseconds())
}
