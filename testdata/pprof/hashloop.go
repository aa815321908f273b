// hashloop: a CPU-bound loop (FNV-1a over a buffer, many rounds), for the CPU profile: the
// profile's top function by flat time must be main.fnv1a, as in real Go's.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func fnv1a(b []byte, h uint64) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func main() {
	buf := make([]byte, 4096)
	for i := range buf {
		buf[i] = byte(i * 7)
	}
	h := uint64(14695981039346656037)
	rounds := 10000
	if len(os.Args) > 1 {
		rounds, _ = strconv.Atoi(os.Args[1])
	}
	for r := 0; r < rounds; r++ {
		h = fnv1a(buf, h)
	}
	fmt.Println(h)
}
