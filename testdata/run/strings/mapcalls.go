// strings.Map and bytes.Map call mapping once per rune, in order, as Go 1.19 does (the runes
// before the first change are copied, not mapped again); invalid bytes reach it as U+FFFD.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	n := 0
	f := func(r rune) rune {
		n++
		if r == 'b' {
			return 'X'
		}
		if r == 'd' {
			return -1
		}
		return r
	}
	fmt.Printf("%q %d\n", strings.Map(f, "abcde"), n)
	n = 0
	fmt.Printf("%q %d\n", strings.Map(f, "ace"), n)
	n = 0
	fmt.Printf("%q %d\n", bytes.Map(f, []byte("abcde")), n)
	fmt.Printf("%q\n", strings.Map(unicode.ToUpper, "héllo\xffwörld\uFFFD"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "a\xffb"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return -1 }, "xyz"))
	fmt.Printf("%q\n", strings.ToUpper("abc\xff"))
}
