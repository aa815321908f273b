// Package utf16 implements encoding and decoding of UTF-16 sequences (Go 1.19's
// unicode/utf16, all of it).
package utf16

const (
	replacementChar = '\uFFFD'
	maxRune         = '\U0010FFFF'

	// A pair: 0xd800-0xdbff holds the high 10 bits, 0xdc00-0xdfff the low 10 bits of the rune
	// minus 0x10000.
	surr1    = 0xd800
	surr2    = 0xdc00
	surr3    = 0xe000
	surrSelf = 0x10000
)

// IsSurrogate reports whether the specified Unicode code point can appear in a surrogate pair.
func IsSurrogate(r rune) bool {
	return r >= surr1 && r < surr3
}

// DecodeRune returns the UTF-16 decoding of a surrogate pair, or U+FFFD if r1, r2 is not a
// valid pair.
func DecodeRune(r1, r2 rune) rune {
	if r1 >= surr1 && r1 < surr2 && r2 >= surr2 && r2 < surr3 {
		return (r1-surr1)<<10 | (r2 - surr2) + surrSelf
	}
	return replacementChar
}

// EncodeRune returns the UTF-16 surrogate pair r1, r2 for the given rune, or U+FFFD, U+FFFD
// if the rune is not a valid code point or needs no pair.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < surrSelf || r > maxRune {
		return replacementChar, replacementChar
	}
	r -= surrSelf
	return surr1 + (r>>10)&0x3ff, surr2 + r&0x3ff
}

// Encode returns the UTF-16 encoding of the Unicode code point sequence s.
func Encode(s []rune) []uint16 {
	n := len(s)
	for _, v := range s {
		if v >= surrSelf {
			n++
		}
	}
	a := make([]uint16, n)
	n = 0
	for _, v := range s {
		switch {
		case v >= 0 && v < surr1, v >= surr3 && v < surrSelf:
			a[n] = uint16(v)
			n++
		case v >= surrSelf && v <= maxRune:
			r1, r2 := EncodeRune(v)
			a[n], a[n+1] = uint16(r1), uint16(r2)
			n += 2
		default: // a surrogate half or out of range
			a[n] = replacementChar
			n++
		}
	}
	return a[:n]
}

// Decode returns the Unicode code point sequence represented by the UTF-16 encoding s; an
// unpaired surrogate becomes U+FFFD.
func Decode(s []uint16) []rune {
	a := make([]rune, len(s))
	n := 0
	for i := 0; i < len(s); i++ {
		r := s[i]
		switch {
		case r < surr1, r >= surr3:
			a[n] = rune(r)
		case r < surr2 && i+1 < len(s) && s[i+1] >= surr2 && s[i+1] < surr3:
			a[n] = DecodeRune(rune(r), rune(s[i+1]))
			i++
		default:
			a[n] = replacementChar
		}
		n++
	}
	return a[:n]
}
