// unicode/utf8 and unicode: rune counting, decoding valid and invalid
// sequences, encoding, validity checks, and character classes.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "añ世\xff!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("añ"))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%q:%d ", i, r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString("ab世")
	fmt.Println(string(r), size)
	buf := make([]byte, 4)
	for _, r := range []rune{'A', 'é', '世', '😀', -1} {
		n := utf8.EncodeRune(buf, r)
		fmt.Print(buf[:n], utf8.RuneLen(r), " ")
	}
	fmt.Println()
	fmt.Println(utf8.RuneError, utf8.UTFMax, utf8.FullRune([]byte{0xe4, 0xb8}))
	fmt.Println(unicode.IsUpper('Ä'), unicode.IsLetter('9'), unicode.IsDigit('٣'), unicode.IsSpace('\u00a0'))
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Σ')), unicode.IsPunct('!'))
	fmt.Println(string(utf8.AppendRune(nil, 0x10FFFF)) == "\U0010FFFF")
}
