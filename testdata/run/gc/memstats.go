// MemStats and runtime/debug as a program sees them: NumGC counts cycles, runtime.GC is a
// forced cycle, HeapAlloc falls when garbage is collected, SetGCPercent returns the previous
// setting, and GOGC=off stops heap-triggered cycles.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type node struct {
	next *node
	pad  [6]int
}

var sink *node

func churn(n int) {
	for i := 0; i < n; i++ {
		sink = &node{next: nil}
	}
}

func main() {
	var m0, m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m0)
	churn(200000)
	runtime.ReadMemStats(&m1)
	fmt.Println("cycles from churn:", m1.NumGC > m0.NumGC)
	fmt.Println("mallocs counted:", m1.Mallocs-m0.Mallocs >= 200000)
	fmt.Println("total alloc grew:", m1.TotalAlloc-m0.TotalAlloc >= 200000*64)

	var list *node
	for i := 0; i < 50000; i++ {
		list = &node{next: list}
	}
	runtime.GC()
	runtime.ReadMemStats(&m1)
	list = nil
	runtime.GC()
	runtime.ReadMemStats(&m2)
	fmt.Println("forced:", m2.NumForcedGC-m1.NumForcedGC, m2.NumGC-m1.NumGC)
	fmt.Println("heap fell:", int64(m1.HeapAlloc)-int64(m2.HeapAlloc) > 50000*56)
	// Not Frees: whether the background sweeper has counted the list's frees by now depends on
	// timing in real Go (false alone, sometimes true on a loaded machine).
	fmt.Println("pauses:", m2.PauseTotalNs > m1.PauseTotalNs)
	fmt.Println("last pause recorded:", m2.PauseNs[(m2.NumGC+255)%256] > 0)

	fmt.Println("old percent:", debug.SetGCPercent(-1))
	runtime.ReadMemStats(&m1)
	churn(200000)
	runtime.ReadMemStats(&m2)
	fmt.Println("off: no cycles:", m2.NumGC == m1.NumGC)
	fmt.Println("old percent:", debug.SetGCPercent(100))
	runtime.KeepAlive(list)
}
