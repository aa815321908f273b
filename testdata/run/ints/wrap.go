// Integer wraparound for every sized integer type on increment, decrement,
// negation and conversion between sizes.
package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8", i8, -i8, i8-1)
	var u8 uint8 = 0
	u8--
	fmt.Println("uint8", u8, u8+1)
	var i16 int16 = -32768
	i16--
	min16 := int16(-32768)
	fmt.Println("int16", i16, -min16)
	var u16 uint16 = 65535
	u16 += 2
	fmt.Println("uint16", u16)
	var i32 int32 = 2147483647
	i32 += 1
	fmt.Println("int32", i32)
	var u32 uint32 = 1
	u32 -= 2
	fmt.Println("uint32", u32)
	var i64 int64 = -9223372036854775808
	i64--
	fmt.Println("int64", i64)
	var u64 uint64
	u64--
	fmt.Println("uint64", u64)
	big := 300
	big2 := 70000
	fmt.Println("conv", int8(big), uint8(big), int16(big2), uint16(big2))
	neg := -1
	fmt.Println("conv-neg", uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	var m8 int8 = -128
	fmt.Println("neg-min", -m8, m8*-1, m8/-1)
	var x uint8 = 200
	var y uint8 = 100
	fmt.Println("mul8", x*y, x+y, y-x)
}
