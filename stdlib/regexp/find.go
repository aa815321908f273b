// The Find family of package regexp: Find(All)?(String)?(Submatch)?(Index)? and the
// FindReader forms.
//
// Models the Find* methods of Go 1.19's regexp/regexp.go: the same results, including nil
// for no match, nil []byte for a group that did not take part, the capacity of returned
// []byte slices (cut to the match), and FindAll's rule that an empty match right after the
// previous match is skipped (the engine applies it: allMatches in src/stdlib/native/regexp.ts).

package regexp

import "io"

// Find returns a slice holding the text of the leftmost match in b of the regular expression.
// A return value of nil indicates no match.
func (re *Regexp) Find(b []byte) []byte {
	a := execute(re.prog, re.longest, b, "", 0, 2)
	if a == nil {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

// FindIndex returns a two-element slice of integers defining the location of the leftmost
// match in b of the regular expression. The match itself is at b[loc[0]:loc[1]].
// A return value of nil indicates no match.
func (re *Regexp) FindIndex(b []byte) (loc []int) {
	a := execute(re.prog, re.longest, b, "", 0, 2)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindString returns a string holding the text of the leftmost match in s of the regular
// expression. If there is no match, the return value is an empty string, but it will also be
// empty if the regular expression successfully matches an empty string.
func (re *Regexp) FindString(s string) string {
	a := execute(re.prog, re.longest, nil, s, 0, 2)
	if a == nil {
		return ""
	}
	return s[a[0]:a[1]]
}

// FindStringIndex returns a two-element slice of integers defining the location of the
// leftmost match in s of the regular expression. A return value of nil indicates no match.
func (re *Regexp) FindStringIndex(s string) (loc []int) {
	a := execute(re.prog, re.longest, nil, s, 0, 2)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindReaderIndex returns a two-element slice of integers defining the location of the
// leftmost match of the regular expression in text read from the RuneReader.
// A return value of nil indicates no match.
func (re *Regexp) FindReaderIndex(r io.RuneReader) (loc []int) {
	a := re.readerExecute(r, 2)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindSubmatch returns a slice of slices holding the text of the leftmost match of the
// regular expression in b and the matches, if any, of its subexpressions.
// A return value of nil indicates no match.
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	a := execute(re.prog, re.longest, b, "", 0, re.numCap)
	if a == nil {
		return nil
	}
	ret := make([][]byte, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
		}
	}
	return ret
}

// FindSubmatchIndex returns a slice holding the index pairs identifying the leftmost match of
// the regular expression in b and the matches, if any, of its subexpressions.
// A return value of nil indicates no match.
func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return re.pad(execute(re.prog, re.longest, b, "", 0, re.numCap))
}

// FindStringSubmatch returns a slice of strings holding the text of the leftmost match of the
// regular expression in s and the matches, if any, of its subexpressions.
// A return value of nil indicates no match.
func (re *Regexp) FindStringSubmatch(s string) []string {
	a := execute(re.prog, re.longest, nil, s, 0, re.numCap)
	if a == nil {
		return nil
	}
	ret := make([]string, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return ret
}

// FindStringSubmatchIndex returns a slice holding the index pairs identifying the leftmost
// match of the regular expression in s and the matches, if any, of its subexpressions.
// A return value of nil indicates no match.
func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return re.pad(execute(re.prog, re.longest, nil, s, 0, re.numCap))
}

// FindReaderSubmatchIndex returns a slice holding the index pairs identifying the leftmost
// match of the regular expression of text read by the RuneReader, and the matches, if any, of
// its subexpressions. A return value of nil indicates no match.
func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int {
	return re.pad(re.readerExecute(r, re.numCap))
}

// startSize is the capacity an All method's result starts with, as in Go.
const startSize = 10

// all returns the successive matches of the All methods: at most n (all when n < 0) in b
// (when not nil) or s, each a slice of width positions. size is len(b) or len(s).
func (re *Regexp) all(b []byte, s string, size, n, ncap, width int) [][]int {
	if n < 0 {
		n = size + 1
	}
	flat := allMatches(re.prog, re.longest, b, s, n, ncap, width)
	if len(flat) == 0 {
		return nil
	}
	out := make([][]int, 0, len(flat)/width)
	for i := 0; i < len(flat); i += width {
		out = append(out, flat[i:i+width:i+width])
	}
	return out
}

// FindAll is the 'All' version of Find; it returns a slice of all successive matches of the
// expression. A return value of nil indicates no match.
func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	var result [][]byte
	for _, m := range re.all(b, "", len(b), n, 2, 2) {
		if result == nil {
			result = make([][]byte, 0, startSize)
		}
		result = append(result, b[m[0]:m[1]:m[1]])
	}
	return result
}

// FindAllIndex is the 'All' version of FindIndex. A return value of nil indicates no match.
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	var result [][]int
	for _, m := range re.all(b, "", len(b), n, 2, 2) {
		if result == nil {
			result = make([][]int, 0, startSize)
		}
		result = append(result, m)
	}
	return result
}

// FindAllString is the 'All' version of FindString. A return value of nil indicates no match.
func (re *Regexp) FindAllString(s string, n int) []string {
	var result []string
	for _, m := range re.all(nil, s, len(s), n, 2, 2) {
		if result == nil {
			result = make([]string, 0, startSize)
		}
		result = append(result, s[m[0]:m[1]])
	}
	return result
}

// FindAllStringIndex is the 'All' version of FindStringIndex. A return value of nil
// indicates no match.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var result [][]int
	for _, m := range re.all(nil, s, len(s), n, 2, 2) {
		if result == nil {
			result = make([][]int, 0, startSize)
		}
		result = append(result, m)
	}
	return result
}

// FindAllSubmatch is the 'All' version of FindSubmatch. A return value of nil indicates no
// match.
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	var result [][][]byte
	for _, m := range re.all(b, "", len(b), n, re.numCap, 2*(1+re.numSubexp)) {
		if result == nil {
			result = make([][][]byte, 0, startSize)
		}
		slice := make([][]byte, len(m)/2)
		for j := range slice {
			if m[2*j] >= 0 {
				slice[j] = b[m[2*j]:m[2*j+1]:m[2*j+1]]
			}
		}
		result = append(result, slice)
	}
	return result
}

// FindAllSubmatchIndex is the 'All' version of FindSubmatchIndex. A return value of nil
// indicates no match.
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	var result [][]int
	for _, m := range re.all(b, "", len(b), n, re.numCap, 2*(1+re.numSubexp)) {
		if result == nil {
			result = make([][]int, 0, startSize)
		}
		result = append(result, m)
	}
	return result
}

// FindAllStringSubmatch is the 'All' version of FindStringSubmatch. A return value of nil
// indicates no match.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var result [][]string
	for _, m := range re.all(nil, s, len(s), n, re.numCap, 2*(1+re.numSubexp)) {
		if result == nil {
			result = make([][]string, 0, startSize)
		}
		slice := make([]string, len(m)/2)
		for j := range slice {
			if m[2*j] >= 0 {
				slice[j] = s[m[2*j]:m[2*j+1]]
			}
		}
		result = append(result, slice)
	}
	return result
}

// FindAllStringSubmatchIndex is the 'All' version of FindStringSubmatchIndex. A return value
// of nil indicates no match.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var result [][]int
	for _, m := range re.all(nil, s, len(s), n, re.numCap, 2*(1+re.numSubexp)) {
		if result == nil {
			result = make([][]int, 0, startSize)
		}
		result = append(result, m)
	}
	return result
}
