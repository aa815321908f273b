// The replacing and splitting methods of package regexp: ReplaceAll*, Expand and Split.
//
// Models the ReplaceAll*, Expand, ExpandString and Split methods of Go 1.19's
// regexp/regexp.go. The engine finds the matches to replace (replaceMatches in
// src/stdlib/native/regexp.ts: Go's replaceAll loop, which skips an empty match right after a
// replaced one and always advances at least one rune); the text is assembled here.

package regexp

import "strings"

// replace appends to dst the text of src (b when not nil, else s) with each match replaced
// by what repl appends for it.
func (re *Regexp) replace(b []byte, s string, nmatch int, repl func(dst []byte, m []int) []byte) []byte {
	if nmatch > re.numCap {
		nmatch = re.numCap
	}
	flat := replaceMatches(re.prog, re.longest, b, s, nmatch)
	var buf []byte
	last := 0
	for i := 0; i < len(flat); i += nmatch {
		m := flat[i : i+nmatch : i+nmatch]
		if b != nil {
			buf = append(buf, b[last:m[0]]...)
		} else {
			buf = append(buf, s[last:m[0]]...)
		}
		buf = repl(buf, m)
		last = m[1]
	}
	if b != nil {
		buf = append(buf, b[last:]...)
	} else {
		buf = append(buf, s[last:]...)
	}
	return buf
}

// ReplaceAllString returns a copy of src, replacing matches of the Regexp
// with the replacement string repl. Inside repl, $ signs are interpreted as
// in Expand, so for instance $1 represents the text of the first submatch.
func (re *Regexp) ReplaceAllString(src, repl string) string {
	n := 2
	if strings.Contains(repl, "$") {
		n = 2 * (re.numSubexp + 1)
	}
	b := re.replace(nil, src, n, func(dst []byte, m []int) []byte {
		return re.expand(dst, repl, nil, src, m)
	})
	return string(b)
}

// ReplaceAllLiteralString returns a copy of src, replacing matches of the Regexp
// with the replacement string repl. The replacement repl is substituted directly,
// without using Expand.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replace(nil, src, 2, func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	}))
}

// ReplaceAllStringFunc returns a copy of src in which all matches of the
// Regexp have been replaced by the return value of function repl applied
// to the matched substring. The replacement returned by repl is substituted
// directly, without using Expand.
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replace(nil, src, 2, func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	}))
}

// ReplaceAll returns a copy of src, replacing matches of the Regexp
// with the replacement text repl. Inside repl, $ signs are interpreted as
// in Expand, so for instance $1 represents the text of the first submatch.
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	n := 2
	for _, c := range repl {
		if c == '$' {
			n = 2 * (re.numSubexp + 1)
			break
		}
	}
	template := string(repl)
	return re.replace(src, "", n, func(dst []byte, m []int) []byte {
		return re.expand(dst, template, src, "", m)
	})
}

// ReplaceAllLiteral returns a copy of src, replacing matches of the Regexp
// with the replacement bytes repl. The replacement repl is substituted directly,
// without using Expand.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replace(src, "", 2, func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	})
}

// ReplaceAllFunc returns a copy of src in which all matches of the
// Regexp have been replaced by the return value of function repl applied
// to the matched byte slice. The replacement returned by repl is substituted
// directly, without using Expand.
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replace(src, "", 2, func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	})
}

// Expand appends template to dst and returns the result; during the append, Expand replaces
// variables in the template with corresponding matches drawn from src. The match slice
// should have been returned by FindSubmatchIndex.
//
// A variable is $name or ${name}, name a non-empty run of letters, digits and underscores;
// a number names a submatch by index, another name a (?P<name>...) group. An unknown,
// unmatched or out of range one expands to nothing. $name takes the longest name possible
// ($1x is ${1x}), and $$ is a literal $.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), src, "", match)
}

// ExpandString is like Expand but the template and source are strings.
// It appends to and returns a byte slice in order to give the calling
// code control over allocation.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, nil, src, match)
}

func (re *Regexp) expand(dst []byte, template string, bsrc []byte, src string, match []int) []byte {
	for {
		i := strings.IndexByte(template, '$')
		if i < 0 {
			break
		}
		dst = append(dst, template[:i]...)
		template = template[i+1:]
		if template != "" && template[0] == '$' {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, num, rest, ok := extract(template)
		if !ok {
			// Not a variable: the $ is text.
			dst = append(dst, '$')
			continue
		}
		template = rest
		group := num
		if num < 0 {
			group = -1
			for j, n := range re.subexpNames {
				if n == name && 2*j+1 < len(match) && match[2*j] >= 0 {
					group = j
					break
				}
			}
		}
		if group >= 0 && 2*group+1 < len(match) && match[2*group] >= 0 {
			if bsrc != nil {
				dst = append(dst, bsrc[match[2*group]:match[2*group+1]]...)
			} else {
				dst = append(dst, src[match[2*group]:match[2*group+1]]...)
			}
		}
	}
	return append(dst, template...)
}

// Split slices s into substrings separated by the expression and returns a slice of
// the substrings between those expression matches.
//
// The count determines the number of substrings to return:
//
//	n > 0: at most n substrings; the last substring will be the unsplit remainder.
//	n == 0: the result is nil (zero substrings)
//	n < 0: all substrings
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	out := make([]string, 0, len(matches))
	beg, end := 0, 0
	for _, m := range matches {
		if n > 0 && len(out) >= n-1 {
			break
		}
		end = m[0]
		if m[1] != 0 {
			out = append(out, s[beg:end])
		}
		beg = m[1]
	}
	if end != len(s) {
		out = append(out, s[beg:])
	}
	return out
}
