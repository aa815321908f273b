// A map that does not escape lives on the stack, and with a size hint of at most 8 (a make's,
// or a literal's number of entries) so does its first bucket: nothing is allocated until it
// grows past 8 entries; so does a map literal indexed where it stands (one ranged over there
// escapes). A map that escapes allocates its header and its bucket. Counted with
// runtime.MemStats.Mallocs per call.
package main

import (
	"fmt"
	"runtime"
)

var (
	ms   runtime.MemStats
	keep map[int]int
)

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func count(label string, f func() int) {
	f()
	before := mallocs()
	for i := 0; i < 500; i++ {
		f()
	}
	fmt.Printf("%-22s %d\n", label, (mallocs()-before+250)/500)
}

func main() {
	count("make, used", func() int {
		m := make(map[int]int)
		m[1] = 2
		return len(m)
	})
	count("make hint 8, filled", func() int {
		m := make(map[int]int, 8)
		for i := 0; i < 8; i++ {
			m[i] = i
		}
		return len(m)
	})
	count("make hint 9", func() int {
		m := make(map[int]int, 9)
		m[1] = 2
		return len(m)
	})
	count("empty literal", func() int {
		m := map[string]int{}
		m["a"]++
		return m["a"]
	})
	count("small literal", func() int {
		m := map[int]string{1: "one", 2: "two"}
		delete(m, 1)
		n := 0
		for k := range m {
			n += k
		}
		return n + len(m[2])
	})
	count("literal of nine", func() int {
		m := map[int]int{1: 2, 3: 4, 5: 6, 7: 8, 9: 10, 11: 12, 13: 14, 15: 16, 17: 18}
		return m[1]
	})
	count("literal indexed", func() int { return map[int]int{1: 2, 3: 4}[len(ms.BySize)] })
	count("literal ranged", func() int {
		n := 0
		for k := range map[int]int{1: 2, 3: 4} {
			n += k
		}
		return n
	})
	count("escaping literal", func() int {
		m := map[int]int{1: 2}
		keep = m
		return len(m)
	})
	count("escaping make", func() int {
		m := make(map[int]int)
		m[1] = 1
		keep = m
		return len(m)
	})
}
