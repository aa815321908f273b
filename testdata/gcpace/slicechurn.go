// slicechurn: a live set of about 20 MB (5,000 rows of 4 KiB) in a global table, while 300,000
// short-lived byte slices of 64 B to 8 KiB are built and dropped, and every 16th replaces a row.
package main

import (
	"fmt"
	"runtime"
)

var table [][]byte
var sink []byte

func main() {
	table = make([][]byte, 5000)
	for i := range table {
		table[i] = make([]byte, 4096)
		table[i][0] = byte(i)
	}
	x := uint32(12345)
	sum := 0
	for i := 0; i < 300000; i++ {
		x = x*1664525 + 1013904223
		n := 64 + int(x>>20)%8128
		b := make([]byte, n)
		b[n-1] = byte(i)
		sum += int(b[0]) + n&3
		if i%16 == 0 {
			table[int(x>>8)%len(table)] = make([]byte, 4096)
		}
		sink = b
	}
	sink = nil
	fmt.Println("sum", sum, "rows", len(table))
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Printf("gcpace numgc=%d\n", m.NumGC)
}
