// markcost: the mark cost calibration of src/runtime/mgc.ts. Builds one kind of live heap
// (argument: nodes, bigs, bufs or none) and runs runtime.GC() six times; with GOMAXPROCS=1
// and GODEBUG=gctrace=1 the mark phase of each forced cycle is one idle worker's CPU time.
package main

import (
	"fmt"
	"os"
	"runtime"
)

type node struct {
	left, right *node
	val, pad    int
}

type big struct {
	ptrs [64]*node
}

var nodes []*node
var bufs [][]byte
var bigs []*big

func main() {
	switch os.Args[1] {
	case "nodes": // 20 MB of 32-byte pointer objects (625k objects)
		var prev *node
		for i := 0; i < 655360; i++ {
			prev = &node{left: prev, val: i}
			if i%1024 == 0 {
				nodes = append(nodes, prev)
				prev = nil
			}
		}
	case "bufs": // 20 MB of 4 KiB noscan
		for i := 0; i < 5120; i++ {
			bufs = append(bufs, make([]byte, 4096))
		}
	case "bigs": // 20 MB of 512-byte all-pointer objects pointing to a shared node
		n := &node{}
		for i := 0; i < 40960; i++ {
			b := &big{}
			for j := range b.ptrs {
				b.ptrs[j] = n
			}
			bigs = append(bigs, b)
		}
	case "none":
	}
	for i := 0; i < 6; i++ {
		runtime.GC()
	}
	fmt.Println(len(nodes), len(bufs), len(bigs))
}
