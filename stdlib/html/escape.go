// Package html provides functions for escaping and unescaping HTML text (Go 1.19's html:
// EscapeString, UnescapeString).
//
// Models Go's html/escape.go. The named character references (Go's entity.go, 2,138 + 91
// names) are looked up by natives (src/stdlib/native/html.ts) in a table generated from Go's.
package html

import (
	"strings"
	"unicode/utf8"
)

// The longest name of a reference that may omit its semicolon ("frac34", "middot").
const longestEntityWithoutSemicolon = 6

// lookup1 returns the rune of the named reference name (with its ';' if it has one), 0 if none.
func lookup1(name string) rune

// lookup2 returns the two runes of a named reference that stands for two, 0, 0 if none.
func lookup2(name string) (rune, rune)

// replacementTable: what a numeric reference to 0x80-0x9F means (Windows-1252), per the HTML5
// parsing rules.
var replacementTable = [...]rune{
	'\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
	'\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
	'\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
	'\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
}

// unescapeEntity reads the reference at b[src] (which is '&') and writes what it stands for at
// b[dst] (dst <= src), returning the positions after both.
func unescapeEntity(b []byte, dst, src int) (dst1, src1 int) {
	s := b[src:]
	if len(s) <= 1 {
		b[dst] = b[src]
		return dst + 1, src + 1
	}
	i := 1
	if s[i] == '#' {
		if len(s) <= 3 { // "&#" and one more byte at least
			b[dst] = b[src]
			return dst + 1, src + 1
		}
		i++
		hex := s[i] == 'x' || s[i] == 'X'
		if hex {
			i++
		}
		x := rune(0)
		for i < len(s) {
			c := s[i]
			i++
			if d := digitVal(c, hex); d >= 0 {
				x = x*base(hex) + d
				continue
			}
			if c != ';' {
				i--
			}
			break
		}
		if i <= 3 { // no digit
			b[dst] = b[src]
			return dst + 1, src + 1
		}
		switch {
		case 0x80 <= x && x <= 0x9F:
			x = replacementTable[x-0x80]
		case x == 0 || (0xD800 <= x && x <= 0xDFFF) || x > 0x10FFFF:
			x = '\uFFFD'
		}
		return dst + utf8.EncodeRune(b[dst:], x), src + i
	}

	// A name: letters and digits, then ';' if present.
	for i < len(s) {
		c := s[i]
		i++
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			continue
		}
		if c != ';' {
			i--
		}
		break
	}
	name := string(s[1:i])
	if name != "" {
		if x := lookup1(name); x != 0 {
			return dst + utf8.EncodeRune(b[dst:], x), src + i
		}
		if x1, x2 := lookup2(name); x1 != 0 {
			d := dst + utf8.EncodeRune(b[dst:], x1)
			return d + utf8.EncodeRune(b[d:], x2), src + i
		}
		// The longest prefix that is a reference without its semicolon ("&ampx" is "&x").
		maxLen := len(name) - 1
		if maxLen > longestEntityWithoutSemicolon {
			maxLen = longestEntityWithoutSemicolon
		}
		for j := maxLen; j > 1; j-- {
			if x := lookup1(name[:j]); x != 0 {
				return dst + utf8.EncodeRune(b[dst:], x), src + j + 1
			}
		}
	}
	dst1, src1 = dst+i, src+i
	copy(b[dst:dst1], b[src:src1])
	return dst1, src1
}

// digitVal is c's value as a digit of the base (16 if hex, else 10), or -1.
func digitVal(c byte, hex bool) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case hex && 'a' <= c && c <= 'f':
		return rune(c-'a') + 10
	case hex && 'A' <= c && c <= 'F':
		return rune(c-'A') + 10
	}
	return -1
}

func base(hex bool) rune {
	if hex {
		return 16
	}
	return 10
}

var htmlEscaper = strings.NewReplacer(
	`&`, "&amp;",
	`'`, "&#39;", // shorter than "&apos;", which HTML4 lacked
	`<`, "&lt;",
	`>`, "&gt;",
	`"`, "&#34;", // shorter than "&quot;"
)

// EscapeString escapes special characters like "<" to become "&lt;". It escapes only five
// such characters: <, >, &, ' and ".
func EscapeString(s string) string {
	return htmlEscaper.Replace(s)
}

// UnescapeString unescapes entities like "&lt;" to become "<". It unescapes a larger range of
// entities than EscapeString escapes: "&aacute;" becomes "á", as do "&#225;" and "&#xE1;".
func UnescapeString(s string) string {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s
	}
	b := []byte(s)
	dst, src := unescapeEntity(b, i, i)
	for len(s[src:]) > 0 {
		if s[src] == '&' {
			i = 0
		} else {
			i = strings.IndexByte(s[src:], '&')
		}
		if i < 0 {
			dst += copy(b[dst:], s[src:])
			break
		}
		if i > 0 {
			copy(b[dst:], s[src:src+i])
		}
		dst, src = unescapeEntity(b, dst+i, src+i)
	}
	return string(b[:dst])
}
