// Command map-growth records when a Go map[int]int changes its bucket count.
//
// It inserts the keys 1..1000000 into one map[int]int, in order, and after each
// insert reads hmap.B through unsafe. It prints a header line naming the Go
// version, then one line "n B" for every n at which B differs from its value
// after insert n-1. The output is committed as testdata/map/growth-go1.19.txt
// and gort's map model must reproduce it exactly (src/runtime/map.test.ts).
//
// Run with: /usr/lib/go-1.19/bin/go run tools/map-growth.go > testdata/map/growth-go1.19.txt
//
// The hmap layout below mirrors runtime/map.go (Go 1.19); only B is read.
package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"unsafe"
)

// hmap is a copy of the runtime's map header layout (Go 1.19, amd64).
type hmap struct {
	count     int
	flags     uint8
	B         uint8
	noverflow uint16
	hash0     uint32
	buckets   unsafe.Pointer
	oldbucket unsafe.Pointer
	nevacuate uintptr
	extra     unsafe.Pointer
}

// header returns the runtime header behind a map value.
func header(m map[int]int) *hmap {
	return (*hmap)(*(*unsafe.Pointer)(unsafe.Pointer(&m)))
}

func main() {
	const max = 1000000
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "# map[int]int: n B after the n-th insert of keys 1..n, printed when B changes; %s\n",
		runtime.Version())
	m := make(map[int]int)
	last := -1
	for n := 1; n <= max; n++ {
		m[n] = n
		if b := int(header(m).B); b != last {
			fmt.Fprintf(w, "%d %d\n", n, b)
			last = b
		}
	}
}
