// Shifts: counts at or beyond the width give 0 (or -1 for negative signed
// values shifted right), and the shift count may be any unsigned or signed
// non-negative integer.
package main

import "fmt"

func main() {
	var one int64 = 1
	for _, s := range []uint{0, 1, 31, 32, 63, 64, 65, 200} {
		fmt.Println(s, one<<s, uint32(1)<<s, int8(1)<<s)
	}
	var neg int32 = -20
	for _, s := range []uint{1, 4, 31, 32, 100} {
		fmt.Println("neg", s, neg>>s, uint32(neg)>>s)
	}
	var c int = 3
	var u8 uint8 = 0xAB
	fmt.Println(u8<<c, u8>>c, u8<<8, int16(-1)<<15)
	var big uint64 = 1 << 63
	fmt.Println(big, big>>63, big<<1)
	beef := uint16(0xBEEF)
	fmt.Printf("%x %x\n", beef<<4, beef>>4)
}
