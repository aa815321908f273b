// math/bits' narrow rotations, reversals and Mul32 in a hashing loop and at the edges of their
// rotation counts (negative, past the width, huge), with sha256 and md5 sums of generated data.
package main

import (
	"crypto/md5"
	"crypto/sha256"
	"fmt"
	"math/bits"
)

func main() {
	h := uint32(2166136261)
	var acc uint64
	for i := uint32(0); i < 200000; i++ {
		h = bits.RotateLeft32(h^i, int(i%37)-18) * 16777619
		hi, lo := bits.Mul32(h, i|1)
		acc += uint64(hi) ^ uint64(lo) ^ uint64(bits.Reverse32(h)) ^ uint64(bits.ReverseBytes32(h))
		acc += uint64(bits.RotateLeft16(uint16(h), int(i%50)-25)) + uint64(bits.RotateLeft8(uint8(h), -int(i%19)))
		acc += uint64(bits.Reverse16(uint16(h))) + uint64(bits.Reverse8(uint8(h>>8))) + uint64(bits.ReverseBytes16(uint16(h>>3)))
	}
	fmt.Println(h, acc)
	for _, k := range []int{0, 1, 31, 32, 33, -1, -32, -33, 1 << 40, -(1 << 40) - 3} {
		fmt.Println(k, bits.RotateLeft32(0x80000001, k), bits.RotateLeft16(0x8001, k), bits.RotateLeft8(0x81, k))
	}
	data := make([]byte, 300000)
	for i := range data {
		data[i] = byte(i*7 + i>>8)
	}
	fmt.Printf("%x\n%x\n", sha256.Sum256(data), md5.Sum(data))
}
