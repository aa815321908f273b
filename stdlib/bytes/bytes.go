// Package bytes implements functions for the manipulation of byte slices.
//
// This is gort's version of Go 1.19's package bytes (a subset). Comparison and search kernels
// are natives (src/stdlib/native/bytes.ts) working on byte strings; functions whose results
// alias their argument (Split, TrimSpace, ...) are written in Go so that the aliasing and the
// capacities of the returned slices are Go's.
//
// Simplification vs real Go: only the functions listed here exist.
package bytes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Equal reports whether a and b are the same length and contain the same bytes.
// A nil argument is equivalent to an empty slice.
func Equal(a, b []byte) bool

// Compare returns an integer comparing two byte slices lexicographically.
func Compare(a, b []byte) int

// Index returns the index of the first instance of sep in s, or -1.
func Index(s, sep []byte) int

// IndexByte returns the index of the first instance of c in b, or -1.
func IndexByte(b []byte, c byte) int

// IndexRune returns the index of the first instance of r in s, or -1.
func IndexRune(s []byte, r rune) int

// IndexAny returns the index of the first code point of chars in s, or -1.
func IndexAny(s []byte, chars string) int

// LastIndex returns the index of the last instance of sep in s, or -1.
func LastIndex(s, sep []byte) int

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s []byte, c byte) int

// Count counts the number of non-overlapping instances of sep in s.
func Count(s, sep []byte) int

// EqualFold reports whether s and t are equal under simple Unicode case-folding.
func EqualFold(s, t []byte) bool

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool {
	return Index(b, subslice) != -1
}

// ContainsAny reports whether any of the UTF-8-encoded code points in chars are within b.
func ContainsAny(b []byte, chars string) bool {
	return IndexAny(b, chars) >= 0
}

// ContainsRune reports whether the rune is contained in the UTF-8-encoded byte slice b.
func ContainsRune(b []byte, r rune) bool {
	return IndexRune(b, r) >= 0
}

// HasPrefix tests whether the byte slice s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[0:len(prefix)], prefix)
}

// HasSuffix tests whether the byte slice s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// TrimPrefix returns s without the provided leading prefix.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Join concatenates the elements of s to create a new byte slice, with sep between them.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		return append([]byte(nil), s[0]...)
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	b := make([]byte, n)
	bp := copy(b, s[0])
	for _, v := range s[1:] {
		bp += copy(b[bp:], sep)
		bp += copy(b[bp:], v)
	}
	return b
}

// genSplit splits s after each instance of sep, including sepSave bytes of sep in the
// subslices; each subslice's capacity ends at its length, as in Go.
func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[: m+sepSave : m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// explode splits s into UTF-8 sequences, at most n of them (n < 0: all).
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	var size int
	na := 0
	for len(s) > 0 {
		if na+1 >= n {
			a[na] = s
			na++
			break
		}
		_, size = utf8.DecodeRune(s)
		a[na] = s[0:size:size]
		s = s[size:]
		na++
	}
	return a[0:na]
}

// Split slices s into all subslices separated by sep.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitN slices s into at most n subslices separated by sep.
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfter slices s into all subslices after each instance of sep.
func SplitAfter(s, sep []byte) [][]byte { return genSplit(s, sep, len(sep), -1) }

// Fields splits s around each run of white space (unicode.IsSpace).
func Fields(s []byte) [][]byte {
	return FieldsFunc(s, unicode.IsSpace)
}

// FieldsFunc splits s at each run of code points c satisfying f(c).
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var spans [][2]int
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if f(r) {
			if start >= 0 {
				spans = append(spans, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(s)})
	}
	a := make([][]byte, len(spans))
	for i, sp := range spans {
		a[i] = s[sp[0]:sp[1]:sp[1]]
	}
	return a
}

// TrimFunc returns a subslice of s without leading and trailing code points satisfying f.
func TrimFunc(s []byte, f func(rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeftFunc returns a subslice of s without leading code points satisfying f; nil if
// nothing remains.
func TrimLeftFunc(s []byte, f func(rune) bool) []byte {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if !f(r) {
			return s[i:]
		}
		i += size
	}
	return nil
}

// TrimRightFunc returns a subslice of s without trailing code points satisfying f.
func TrimRightFunc(s []byte, f func(rune) bool) []byte {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRune(s[0:i])
		if !f(r) {
			break
		}
		i -= size
	}
	return s[0:i]
}

// TrimSpace returns a subslice of s without leading and trailing white space.
func TrimSpace(s []byte) []byte {
	start := 0
	for ; start < len(s); start++ {
		c := s[start]
		if c >= utf8.RuneSelf {
			return TrimFunc(s[start:], unicode.IsSpace)
		}
		if !isASCIISpace(c) {
			break
		}
	}
	stop := len(s)
	for ; stop > start; stop-- {
		c := s[stop-1]
		if c >= utf8.RuneSelf {
			return TrimFunc(s[start:stop], unicode.IsSpace)
		}
		if !isASCIISpace(c) {
			break
		}
	}
	if start == stop {
		// All spaces: nil, not an empty slice, as Go's (TrimLeftFunc's old behavior).
		return nil
	}
	return s[start:stop]
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// Trim returns a subslice of s without leading and trailing code points in cutset.
func Trim(s []byte, cutset string) []byte {
	return TrimFunc(s, func(r rune) bool { return strings.ContainsRune(cutset, r) })
}

// TrimLeft returns a subslice of s without leading code points in cutset; nil if nothing
// remains or s is empty, as Go's.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimLeftFunc(s, func(r rune) bool { return strings.ContainsRune(cutset, r) })
}

// TrimRight returns a subslice of s without trailing code points in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return TrimRightFunc(s, func(r rune) bool { return strings.ContainsRune(cutset, r) })
}

// ToUpper returns a copy of s with all Unicode letters mapped to upper case.
func ToUpper(s []byte) []byte { return bytesOf(strings.ToUpper(string(s))) }

// ToLower returns a copy of s with all Unicode letters mapped to lower case.
func ToLower(s []byte) []byte { return bytesOf(strings.ToLower(string(s))) }

// Repeat returns a new byte slice consisting of count copies of b.
func Repeat(b []byte, count int) []byte {
	// bytes' own panics, before strings.Repeat could raise its (which name strings).
	if count < 0 {
		panic("bytes: negative Repeat count")
	} else if count > 0 && len(b)*count/count != len(b) {
		panic("bytes: Repeat count causes overflow")
	}
	return bytesOf(strings.Repeat(string(b), count))
}

// Runes returns a slice of runes (Unicode code points) equivalent to s.
func Runes(s []byte) []rune { return []rune(string(s)) }

// Clone returns a copy of b[:len(b)]; nil for nil.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// Cut slices s around the first instance of sep, returning the text before and after sep.
// If sep does not appear in s, cut returns s, nil, false.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// IndexFunc returns the byte index in s of the first Unicode code point satisfying f(c), or -1.
func IndexFunc(s []byte, f func(r rune) bool) int {
	for i := 0; i < len(s); {
		r, wid := utf8.DecodeRune(s[i:])
		if f(r) {
			return i
		}
		i += wid
	}
	return -1
}

// LastIndexFunc returns the byte index in s of the last Unicode code point satisfying f(c), or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRune(s[0:i])
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the byte index of the last occurrence in s of any of the Unicode code
// points in chars, or -1.
func LastIndexAny(s []byte, chars string) int { return strings.LastIndexAny(string(s), chars) }

// Map returns a copy of s with all its characters modified according to mapping; a negative
// mapping drops the character.
func Map(mapping func(r rune) rune, s []byte) []byte {
	return bytesOf(strings.Map(mapping, string(s)))
}

// Replace returns a copy of s with the first n non-overlapping instances of old replaced by
// new (all of them if n < 0).
func Replace(s, old, new []byte, n int) []byte {
	if n == 0 || Count(s, old) == 0 {
		return append([]byte(nil), s...) // avoid returning the original slice
	}
	return bytesOf(strings.Replace(string(s), string(old), string(new), n))
}

// ReplaceAll returns a copy of s with all non-overlapping instances of old replaced by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// SplitAfterN slices s into subslices after each instance of sep, at most n of them.
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }

// Title returns a copy of s with the first letter of each word in title case (deprecated in Go).
func Title(s []byte) []byte { return bytesOf(strings.Title(string(s))) }

// ToTitle returns a copy of s with all Unicode letters mapped to their title case.
func ToTitle(s []byte) []byte { return bytesOf(strings.ToTitle(string(s))) }

// ToValidUTF8 returns a copy of s with each run of invalid UTF-8 replaced by replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	return bytesOf(strings.ToValidUTF8(string(s), string(replacement)))
}

// bytesOf is s's bytes in a new slice of exactly their length, as Go's functions that these
// compute through package strings return them (made, not converted: a conversion's capacity
// is rounded up to a size class).
func bytesOf(s string) []byte {
	b := make([]byte, len(s))
	copy(b, s)
	return b
}
