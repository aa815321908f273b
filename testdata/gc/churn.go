// churn: garbage is pushed through a global sink in three size bands, tiny (1 to 15 bytes,
// served by the tiny allocator), small (16 bytes to 8 KiB) and large (over 32 KiB), while a
// table of 8,000 buffers (about 8 MB) stays live.
package main

import (
	"fmt"
	"runtime"
)

var sink []byte
var live [][]byte

func touch(b []byte, i int) int {
	b[0] = byte(i)
	b[len(b)-1] = byte(i >> 3)
	return int(b[0]) + int(b[len(b)-1])
}

func main() {
	for i := 0; i < 8000; i++ {
		live = append(live, make([]byte, 512+i%1024))
	}
	sum := 0
	for i := 0; i < 300000; i++ {
		sink = make([]byte, 1+i%15)
		sum += touch(sink, i)
	}
	for i := 0; i < 20000; i++ {
		sink = make([]byte, 16+(i*613)%8000)
		sum += touch(sink, i)
	}
	for i := 0; i < 1000; i++ {
		sink = make([]byte, 33000+(i*7919)%200000)
		sum += touch(sink, i)
	}
	sink = nil
	for i, b := range live {
		sum += touch(b, i)
	}
	fmt.Println("checksum", sum)

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	numgc := m.NumGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Printf("gcstat numgc=%d live=%d\n", numgc, m.HeapAlloc)
}
