// runtime.MemProfile with MemProfileRate = 1: one record per allocation stack and size, tiny
// objects counted as whole 16-byte blocks, frees as of the last completed GC, and each
// record's stack read back through runtime.CallersFrames.
package main

import (
	"fmt"
	"runtime"
	"sort"
)

var (
	small []*int32
	words [][]byte
)

type rec struct {
	fn                 string
	line               int
	allocs, bytes, use int64
}

func fill() {
	for i := 0; i < 100; i++ {
		small = append(small, new(int32))
	}
	for i := 0; i < 10; i++ {
		words = append(words, make([]byte, 100))
	}
	words = words[:3]
}

func main() {
	runtime.MemProfileRate = 1
	fill()
	runtime.GC()
	runtime.GC()
	n, ok := runtime.MemProfile(nil, true)
	fmt.Println(n > 0, ok)
	var p []runtime.MemProfileRecord
	for {
		p = make([]runtime.MemProfileRecord, n+10)
		if n, ok = runtime.MemProfile(p, true); ok {
			break
		}
	}
	inuse, _ := runtime.MemProfile(nil, false)
	fmt.Println(inuse <= n)
	var recs []rec
	for _, r := range p[:n] {
		f, _ := runtime.CallersFrames(r.Stack()).Next()
		if f.Function != "main.fill" {
			continue
		}
		recs = append(recs, rec{f.Function, f.Line, r.AllocObjects, r.AllocBytes, r.InUseBytes()})
	}
	sort.Slice(recs, func(i, j int) bool {
		if recs[i].line != recs[j].line {
			return recs[i].line < recs[j].line
		}
		return recs[i].bytes/recs[i].allocs < recs[j].bytes/recs[j].allocs
	})
	for _, r := range recs {
		fmt.Printf("%s:%d allocs=%d bytes=%d inuse=%d\n", r.fn, r.line, r.allocs, r.bytes, r.use)
	}
	fmt.Println(len(small), len(words))
}
