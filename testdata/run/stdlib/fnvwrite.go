// hash/fnv's 64-bit hashes over many inputs, checked against the loop written out.
package main

import (
	"fmt"
	"hash/fnv"
)

func fnv1a(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func main() {
	h := fnv.New64()
	ha := fnv.New64a()
	var x uint64
	for i := 0; i < 3000; i++ {
		b := []byte(fmt.Sprint(i*i, "/", i))
		h.Write(b)
		ha.Reset()
		ha.Write(b)
		if ha.Sum64() != fnv1a(b) {
			fmt.Println("mismatch", i)
		}
		x ^= ha.Sum64()
	}
	fmt.Println(h.Sum64(), x, fmt.Sprintf("%x", h.Sum(nil)), ha.Size(), ha.BlockSize())
	h.Write(nil)
	h.Write([]byte{})
	h.Write([]byte{0, 255, 128})
	fmt.Println(h.Sum64())
	h32 := fnv.New32a()
	h32.Write([]byte("hello"))
	fmt.Println(h32.Sum32())
}
