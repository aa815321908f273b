// pipeline: three goroutines pass *msg values down a pipeline, the first hop through an
// unbuffered channel and the second through a buffered one. The middle stage allocates a
// fresh message for each one it receives; the sink keeps every tenth message live.
package main

import (
	"fmt"
	"runtime"
)

type msg struct {
	id    int
	stage int
	data  []int
}

var kept []*msg

func produce(n int, out chan<- *msg) {
	for i := 0; i < n; i++ {
		m := &msg{id: i, data: make([]int, 24)}
		for j := range m.data {
			m.data[j] = i + j
		}
		out <- m
	}
	close(out)
}

func transform(in <-chan *msg, out chan<- *msg) {
	for m := range in {
		t := &msg{id: m.id, stage: m.stage + 1, data: make([]int, len(m.data)+8)}
		for j, v := range m.data {
			t.data[j] = v * 3 % 1001
		}
		out <- t
	}
	close(out)
}

func main() {
	raw := make(chan *msg)
	cooked := make(chan *msg, 64)
	go produce(120000, raw)
	go transform(raw, cooked)
	sum := 0
	count := 0
	for m := range cooked {
		count++
		for _, v := range m.data {
			sum += v
		}
		if m.id%10 == 0 {
			kept = append(kept, m)
		}
	}
	fmt.Println("messages", count, "kept", len(kept), "checksum", sum)

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	numgc := ms.NumGC
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Printf("gcstat numgc=%d live=%d\n", numgc, ms.HeapAlloc)
	if len(kept) > 0 && kept[0].stage != 1 {
		fmt.Println("bad stage")
	}
}
