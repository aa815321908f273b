// Shifts by constant counts of every integer width: past 2^53, negative values (arithmetic
// right shifts), counts of 0, 31, 32, 53, 63 and 64 or more, and the op= forms.
package main

import "fmt"

func main() {
	i64s := []int64{0, 1, -1, 5, -5, 1 << 40, -(1 << 40), 1<<53 - 1, -(1<<53 - 1), 1<<62 + 7, -1 << 63, 1<<63 - 1}
	for _, x := range i64s {
		fmt.Println(x<<1, x<<13, x<<31, x<<32, x<<53, x<<63, x>>1, x>>6, x>>31, x>>32, x>>53, x>>63)
		var y int64 = x
		y <<= 7
		y >>= 3
		fmt.Println(y, x<<64, x>>64, x>>100)
	}
	u64s := []uint64{0, 1, 7, 1 << 40, 1<<53 - 1, 1<<53 + 1, 1<<63 + 5, 1<<64 - 1}
	for _, x := range u64s {
		fmt.Println(x<<1, x<<11, x<<32, x<<53, x<<63, x>>1, x>>6, x>>32, x>>53, x>>63, x<<64, x>>64)
	}
	ints := []int{3, -3, 1 << 50, -(1 << 50)}
	for _, x := range ints {
		j := x
		j >>= 6
		k := x
		k <<= 2
		fmt.Println(x>>6, x<<3, j, k, x&63, 1<<(uint(x)&63))
	}
	i32s := []int32{0, 1, -1, 1 << 30, -1 << 31, 1<<31 - 1}
	for _, x := range i32s {
		fmt.Println(x<<1, x<<31, x<<32, x>>1, x>>31, x>>32)
	}
	u32s := []uint32{0, 1, 1 << 31, 1<<32 - 1}
	for _, x := range u32s {
		fmt.Println(x<<1, x<<31, x<<32, x>>1, x>>31, x>>32)
	}
	for _, x := range []int8{1, -1, 64, -128} {
		fmt.Println(x<<1, x<<7, x<<8, x>>1, x>>7, x>>8)
	}
	for _, x := range []uint8{1, 128, 255} {
		fmt.Println(x<<1, x<<7, x<<8, x>>1, x>>7, x>>8)
	}
	for _, x := range []uint16{1, 1 << 15, 1<<16 - 1} {
		fmt.Println(x<<1, x<<15, x>>15, x>>16)
	}
	s := uint64(88172645463325252)
	for i := 0; i < 5; i++ {
		s ^= s << 13
		s ^= s >> 7
		s ^= s << 17
	}
	fmt.Println(s)
	words := make([]uint64, 4)
	for j := 0; j < 256; j += 3 {
		words[j>>6] |= 1 << (uint(j) & 63)
	}
	fmt.Println(words)
}
