// Replacer: replacement of a list of strings with replacements.
//
// Models strings/replace.go (Go 1.19). Go picks one of four algorithms (generic trie, single
// string, byte, byte-to-string); all four give the same output: the input is scanned from left
// to right, at each position the first old string in argument order that matches is replaced,
// and an empty old string matches at each position at most once. Replace is a native
// (src/stdlib/native/strings.ts) computing that output directly.

package strings

import "io"

// Replacer replaces a list of strings with replacements.
// It is safe for concurrent use by multiple goroutines.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a new Replacer from a list of old, new string pairs.
// NewReplacer panics if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	pairs := make([]string, len(oldnew))
	copy(pairs, oldnew)
	return &Replacer{oldnew: pairs}
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
