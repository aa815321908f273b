// Package strings implements simple functions to manipulate UTF-8 encoded strings.
//
// This is gort's version of Go 1.19's package strings. Functions declared without a body are
// natives, implemented in TypeScript in src/stdlib/native/strings.ts over byte strings; the
// functions that call a func value (Map, FieldsFunc, IndexFunc, TrimFunc, ...) are written here
// in Go so that the callback runs on gort's engine like any other Go call.
//
// Invariant: every function behaves as Go 1.19's does on all inputs, including invalid UTF-8,
// which decodes as utf8.RuneError of width 1.
//
// Simplifications vs real Go: no assembly or Rabin-Karp search paths (only results are
// modelled).
package strings

import "unicode/utf8"

// Compare returns an integer comparing two strings lexicographically.
func Compare(a, b string) int

// Contains reports whether substr is within s.
func Contains(s, substr string) bool

// ContainsAny reports whether any Unicode code points in chars are within s.
func ContainsAny(s, chars string) bool

// ContainsRune reports whether the Unicode code point r is within s.
func ContainsRune(s string, r rune) bool

// Count counts the number of non-overlapping instances of substr in s.
func Count(s, substr string) int

// Cut slices s around the first instance of sep.
func Cut(s, sep string) (before, after string, found bool)

// EqualFold reports whether s and t are equal under simple Unicode case-folding.
func EqualFold(s, t string) bool

// Fields splits s around each run of white space (unicode.IsSpace).
func Fields(s string) []string

// HasPrefix tests whether the string s begins with prefix.
func HasPrefix(s, prefix string) bool

// HasSuffix tests whether the string s ends with suffix.
func HasSuffix(s, suffix string) bool

// Index returns the index of the first instance of substr in s, or -1.
func Index(s, substr string) int

// IndexAny returns the index of the first code point of chars in s, or -1.
func IndexAny(s, chars string) int

// IndexByte returns the index of the first instance of c in s, or -1.
func IndexByte(s string, c byte) int

// IndexRune returns the index of the first instance of r in s, or -1.
func IndexRune(s string, r rune) int

// Join concatenates the elements of elems, placing sep between them.
func Join(elems []string, sep string) string

// LastIndex returns the index of the last instance of substr in s, or -1.
func LastIndex(s, substr string) int

// LastIndexAny returns the index of the last code point of chars in s, or -1.
func LastIndexAny(s, chars string) int

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s string, c byte) int

// Repeat returns a new string consisting of count copies of s.
func Repeat(s string, count int) string

// Replace returns s with the first n non-overlapping instances of old replaced by new.
func Replace(s, old, new string, n int) string

// ReplaceAll returns s with all non-overlapping instances of old replaced by new.
func ReplaceAll(s, old, new string) string

// Split slices s into all substrings separated by sep.
func Split(s, sep string) []string

// SplitN slices s into at most n substrings separated by sep.
func SplitN(s, sep string, n int) []string

// SplitAfter slices s into all substrings after each instance of sep.
func SplitAfter(s, sep string) []string

// SplitAfterN slices s into at most n substrings after each instance of sep.
func SplitAfterN(s, sep string, n int) []string

// Title returns s with the first letter of each word mapped to title case.
//
// Deprecated: kept because programs still use it.
func Title(s string) string

// ToLower returns s with all Unicode letters mapped to lower case.
func ToLower(s string) string

// ToTitle returns s with all Unicode letters mapped to title case.
func ToTitle(s string) string

// ToUpper returns s with all Unicode letters mapped to upper case.
func ToUpper(s string) string

// Trim returns s with all leading and trailing code points in cutset removed.
func Trim(s, cutset string) string

// TrimLeft returns s with all leading code points in cutset removed.
func TrimLeft(s, cutset string) string

// TrimPrefix returns s without the provided leading prefix string.
func TrimPrefix(s, prefix string) string

// TrimRight returns s with all trailing code points in cutset removed.
func TrimRight(s, cutset string) string

// TrimSpace returns s with all leading and trailing white space removed.
func TrimSpace(s string) string

// TrimSuffix returns s without the provided trailing suffix string.
func TrimSuffix(s, suffix string) string

// Clone returns a fresh copy of s.
func Clone(s string) string {
	return s
}

// ToValidUTF8 returns s with each run of invalid UTF-8 byte sequences replaced by replacement.
func ToValidUTF8(s, replacement string) string {
	var b Builder
	invalid := false
	for i := 0; i < len(s); {
		r, wid := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && wid == 1 {
			if !invalid {
				invalid = true
				b.WriteString(replacement)
			}
			i++
			continue
		}
		invalid = false
		b.WriteString(s[i : i+wid])
		i += wid
	}
	return b.String()
}

// Map returns s with every rune mapped by mapping; runes mapped to a negative value are
// dropped. Go 1.19's, at its lines: mapping is called once per rune, in order (the runes before
// the first change are copied, not mapped again); invalid UTF-8 bytes reach mapping as
// utf8.RuneError.
//gort:line 465
func Map(mapping func(rune) rune, s string) string {
	// In the worst case, the string can grow when mapped, making
	// things unpleasant. But it's so rare we barge in assuming it's
	// fine. It could also shrink but that falls out naturally.

	// The output buffer b is initialized on demand, the first
	// time a character differs.
	var b Builder

	for i, c := range s {
		r := mapping(c)
		if r == c && c != utf8.RuneError {
			continue
		}

		var width int
		if c == utf8.RuneError {
			c, width = utf8.DecodeRuneInString(s[i:])
			if width != 1 && r == c {
				continue
			}
		} else {
			width = utf8.RuneLen(c)
		}

		b.Grow(len(s) + utf8.UTFMax)
		b.WriteString(s[:i])
		if r >= 0 {
			b.WriteRune(r)
		}

		s = s[i+width:]
		break
	}

	// Fast path for unchanged input
	if b.Cap() == 0 { // didn't call b.Grow above
		return s
	}

	for _, c := range s {
		r := mapping(c)

		if r >= 0 {
			// common case
			// Due to inlining, it is more performant to determine if WriteByte should be
			// invoked rather than always call WriteRune
			if r < utf8.RuneSelf {
				b.WriteByte(byte(r))
			} else {
				// r is not a ASCII rune.
				b.WriteRune(r)
			}
		}
	}

	return b.String()
}

// FieldsFunc splits s at each run of code points c satisfying f(c).
func FieldsFunc(s string, f func(rune) bool) []string {
	var spans [][2]int
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				spans = append(spans, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(s)})
	}
	a := make([]string, len(spans))
	for i, sp := range spans {
		a[i] = s[sp[0]:sp[1]]
	}
	return a
}

// IndexFunc returns the index of the first code point satisfying f, or -1.
func IndexFunc(s string, f func(rune) bool) int {
	return indexFunc(s, f, true)
}

// LastIndexFunc returns the index of the last code point satisfying f, or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

// indexFunc returns the index of the first code point for which f(r) == truth, or -1.
func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// lastIndexFunc returns the index of the last code point for which f(r) == truth, or -1.
func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// TrimFunc returns s with all leading and trailing code points satisfying f removed.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeftFunc returns s with all leading code points satisfying f removed.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i == -1 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc returns s with all trailing code points satisfying f removed.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRuneInString(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}
