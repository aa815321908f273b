// unicode/utf16: Encode and Decode round trips over BMP, astral, surrogate and out-of-range
// runes; EncodeRune, DecodeRune and IsSurrogate at the edges.
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	runes := []rune("héllo, 世界 𝄞 😀 \U0010FFFF")
	runes = append(runes, 0xd800, 0xdfff, -1, 0x110000, 0xfffd, 0xffff, 0x10000)
	enc := utf16.Encode(runes)
	fmt.Println(len(runes), len(enc), cap(enc))
	fmt.Printf("%04x\n", enc)
	dec := utf16.Decode(enc)
	fmt.Printf("%U\n", dec)
	fmt.Println(string(dec))
	for _, r := range []rune{0, 'a', 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xffff, 0x10000, 0x1f600, 0x10ffff, 0x110000, -5} {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%U surrogate=%v pair=%U,%U back=%U\n", r, utf16.IsSurrogate(r), r1, r2, utf16.DecodeRune(r1, r2))
	}
	fmt.Printf("%U\n", utf16.Decode([]uint16{0xd83d, 0xde00, 0xd83d, 0x41, 0xde00, 0xdc00, 0xd800}))
	fmt.Printf("%U %U %U\n", utf16.DecodeRune(0xdc00, 0xd800), utf16.DecodeRune('a', 'b'), utf16.DecodeRune(0xdbff, 0xdfff))
	fmt.Println(utf16.Encode(nil) == nil, len(utf16.Encode(nil)), utf16.Decode(nil) == nil, len(utf16.Decode([]uint16{})))
}
