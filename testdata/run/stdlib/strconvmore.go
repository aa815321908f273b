// strconv's graphic quoting (QuoteToGraphic, QuoteRuneToGraphic, IsGraphic, the Append forms),
// the ASCII Append forms, QuotedPrefix over valid and invalid literals, FormatComplex, and
// IsPrint/IsGraphic over runes Unicode assigned after 13.0.0 (Go 1.19 says no).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := "a\u00a0b\u2002c\u3000d\t\x00é☺\U0001F600\u200b\ufeff\xff\u0870\U0001FAE8"
	fmt.Println(strconv.Quote(s))
	fmt.Println(strconv.QuoteToASCII(s))
	fmt.Println(strconv.QuoteToGraphic(s))
	for _, r := range []rune{' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u202f', '\u205f', '\u3000', '\u2028', '\u00ad', 'x', '\n', 0x870, 0x1FAE8, 0x10FFFF, -1, 0xD800, 0x110000} {
		fmt.Printf("%U print=%v graphic=%v %s %s %s\n", r, strconv.IsPrint(r), strconv.IsGraphic(r), strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r))
	}
	b := []byte("x=")
	b = strconv.AppendQuoteToASCII(b, "héllo")
	b = strconv.AppendQuoteRuneToASCII(b, 'ü')
	b = strconv.AppendQuoteToGraphic(b, "\u00a0\n")
	b = strconv.AppendQuoteRuneToGraphic(b, '\u3000')
	fmt.Println(string(b))
	for _, in := range []string{`"abc"def`, "`raw\nstring`tail", `'a'b`, `'ab'`, `"a\"b" rest`, `"unterminated`, `"bad\q"`, `'\x41'x`, `"\u263a"!`,
		"\"line\nbreak\"", `""`, `''`, `'`, ``, `x"y"`, "`", "\"\xff\"z", `'\''`, `"\'"`, `'\"'`, `"a"b"c"`, `'☺'`, "'\xff'"} {
		p, err := strconv.QuotedPrefix(in)
		fmt.Printf("%q -> %q %v\n", in, p, err)
	}
	for _, c := range []complex128{0, 1 + 2i, -1.5 - 0.25i, complex(1e21, -1e-7)} {
		fmt.Println(strconv.FormatComplex(c, 'f', -1, 128), strconv.FormatComplex(c, 'e', 3, 64), strconv.FormatComplex(c, 'g', -1, 64))
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.FormatComplex(1, 'f', 2, 32)
}
