// string(b) of a []byte allocates a new string, except where gc reads the bytes in place: an
// operand of a string comparison, a map read's key (also inside a struct key), the tag of a
// switch whose cases are constants, and an operand of a concatenation with a non-empty
// constant. Counted with runtime.MemStats.Mallocs per call; long byte slices (more than 32
// bytes) so that Go's stack buffer for short strings does not hide the allocation. And a chain
// of concatenations is one allocation, whatever its length, and none when its result does not
// escape the statement (a comparison, a map read's key, a switch tag, len, a range) and fits
// Go's 32-byte stack buffer.
package main

import (
	"fmt"
	"runtime"
)

var (
	sink string
	ms   runtime.MemStats
)

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func count(name string, f func()) {
	f()
	before := mallocs()
	for i := 0; i < 500; i++ {
		f()
	}
	fmt.Printf("%-22s %d\n", name, (mallocs()-before+250)/500)
}

type key struct {
	name string
	n    int
}

func main() {
	b := []byte("a key that is certainly longer than thirty-two bytes")
	short := b[:5]
	m := map[string]int{string(b): 7}
	mk := map[key]int{{string(b), 1}: 9}
	n := 0
	count("compare ==", func() {
		if string(b) == sink {
			n++
		}
	})
	count("compare <", func() {
		if string(b) < "b" {
			n++
		}
	})
	count("map read", func() { n += m[string(b)] })
	count("map comma-ok", func() {
		if v, ok := m[string(b)]; ok {
			n += v
		}
	})
	count("map struct key", func() { n += mk[key{string(b), 1}] })
	count("map write", func() { m[string(b)] = 7 })
	count("map op-assign", func() { m[string(b)] += 0 })
	count("switch constants", func() {
		switch string(b) {
		case "x", "y":
			n++
		}
	})
	count("switch variable case", func() {
		switch string(b) {
		case sink:
			n++
		}
	})
	count("concat with literal", func() { sink = "<" + string(b) + ">" })
	count("concat no literal", func() { sink = sink[:0] + string(b) })
	count("concat empty literal", func() { sink = "" + string(b) })
	count("stored", func() { sink = string(b) })
	x, y := string(b[:40]), string(b[12:])
	count("concat three", func() { sink = x + "-" + y })
	count("concat six", func() { sink = x + "-" + y + (x + y) + "." })
	count("concat one non-empty", func() { sink = "" + x + y[:0] })
	p, q := "prefix-", "name"
	m[p+q] = 1
	count("short concat compared", func() {
		if p+q+p == sink {
			n++
		}
	})
	count("long concat compared", func() {
		if x+q == sink {
			n++
		}
	})
	count("short concat map read", func() { n += m[p+q] })
	count("short concat map write", func() { m[p+q] = 2 })
	count("short concat switch", func() {
		switch p + q {
		case sink:
			n++
		}
	})
	count("short concat len", func() { n += len(p + q) })
	count("short concat range", func() {
		for range q + p {
			n++
		}
	})
	count("short concat stored", func() { sink = p + q })
	count("one byte", func() { sink = string(short[:1]) })
	fmt.Println(n, len(sink), len(m))
}
