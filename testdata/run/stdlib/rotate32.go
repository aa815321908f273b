// bits.RotateLeft32 by constant counts (compiled inline) of every residue, negative and past 32,
// and sha256, whose rounds rotate by constants.
package main

import (
	"crypto/sha256"
	"fmt"
	"math/bits"
)

func main() {
	x := uint32(0x12345678)
	for _, k := range []int{0, 1, 5, 31, 32, 33, -1, -7} {
		fmt.Println(bits.RotateLeft32(x, k))
	}
	fmt.Println(bits.RotateLeft32(x, 0), bits.RotateLeft32(x, 7), bits.RotateLeft32(x, -7), bits.RotateLeft32(x, 32), bits.RotateLeft32(x, 39), bits.RotateLeft32(0xffffffff, 13))
	var y uint32 = 0x80000001
	y = bits.RotateLeft32(y+1, 3) ^ bits.RotateLeft32(y, -17)
	fmt.Println(y)
	fmt.Printf("%x\n", sha256.Sum256([]byte("hello world")))
}
