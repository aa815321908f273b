// strs: strings are built by concatenation, strconv and strings.Builder; most are dropped at
// once, while a []string of 50,000 joined lines stays live.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

var lines []string
var last string

func line(i int) string {
	var b strings.Builder
	for j := 0; j < 1+i%6; j++ {
		b.WriteString(strconv.Itoa(i * (j + 1)))
		b.WriteByte(',')
	}
	return b.String()
}

func main() {
	sum := 0
	for i := 0; i < 200000; i++ {
		last = "item-" + strconv.Itoa(i) + "/" + strings.Repeat("x", i%40)
		sum += len(last)
	}
	for i := 0; i < 50000; i++ {
		lines = append(lines, line(i))
	}
	for i := 0; i < 20000; i++ {
		last = strings.Join(lines[i:i+20], ";")
		sum += len(last) % 97
	}
	for _, l := range lines {
		sum += len(l)
	}
	upper := strings.ToUpper(lines[len(lines)-1])
	fmt.Println("lines", len(lines), "checksum", sum, "last", upper)

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	numgc := m.NumGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Printf("gcstat numgc=%d live=%d\n", numgc, m.HeapAlloc)
}
