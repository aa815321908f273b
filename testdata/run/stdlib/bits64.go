// math/bits' 64-bit functions on values below and past 2^53, and hash/fnv's 64-bit hashes.
package main

import (
	"fmt"
	"hash/fnv"
	"math/bits"
)

func main() {
	vals := []uint64{0, 1, 2, 3, 255, 1 << 31, 1 << 32, 1<<32 + 1, 1<<53 - 1, 1 << 53, 1<<53 + 1, 0xdeadbeefcafebabe, 1 << 63, 1<<64 - 1}
	for _, x := range vals {
		fmt.Println(x, bits.OnesCount64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.Len64(x),
			bits.RotateLeft64(x, 1), bits.RotateLeft64(x, 31), bits.RotateLeft64(x, 32), bits.RotateLeft64(x, 45),
			bits.RotateLeft64(x, -7), bits.RotateLeft64(x, 64), bits.RotateLeft(uint(x), -33),
			bits.OnesCount(uint(x)), bits.Len(uint(x)), bits.TrailingZeros(uint(x)), bits.LeadingZeros(uint(x)))
	}
	for _, s := range []string{"", "a", "hello, world", "The quick brown fox jumps over the lazy dog"} {
		h := fnv.New64()
		h.Write([]byte(s))
		ha := fnv.New64a()
		ha.Write([]byte(s))
		ha.Write([]byte(s))
		fmt.Println(h.Sum64(), ha.Sum64())
	}
	big := make([]byte, 100000)
	for i := range big {
		big[i] = byte(i * 7)
	}
	h := fnv.New64a()
	h.Write(big)
	fmt.Printf("%x\n", h.Sum(nil))
}
