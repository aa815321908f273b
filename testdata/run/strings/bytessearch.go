// bytes' searches (Index, LastIndex, Count, Compare, IndexRune) on windows of a larger buffer,
// against strings' for the same text; and bytes.Split over many lines, which calls Index on
// what is left of its input.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	cases := [][2]string{{"", ""}, {"abc", ""}, {"", "a"}, {"abc", "c"}, {"abcabc", "ca"}, {"aaaaaaaaab", "aab"},
		{"héllo wörld", "ö"}, {"xyz", "xyzw"}, {"ababab", "abab"},
		{strings.Repeat("a", 300) + "b", strings.Repeat("a", 40) + "b"}, {strings.Repeat("ab", 100), strings.Repeat("ab", 30) + "c"},
		{"b" + strings.Repeat("a", 300), "b" + strings.Repeat("a", 40)}}
	for _, c := range cases {
		buf := []byte("<<" + c[0] + ">>")
		s, sep := buf[2:len(buf)-2], []byte(c[1])
		fmt.Println(bytes.Index(s, sep), bytes.LastIndex(s, sep), bytes.Count(s, sep), bytes.Compare(s, sep),
			bytes.Contains(s, sep), bytes.IndexRune(s, 'b'), bytes.IndexRune(s, 'ö'), bytes.IndexRune(s, 0xFFFD))
		fmt.Println(strings.Index(c[0], c[1]), strings.LastIndex(c[0], c[1]), strings.Count(c[0], c[1]), strings.Compare(c[0], c[1]))
	}
	var lines bytes.Buffer
	for i := 0; i < 20000; i++ {
		fmt.Fprintf(&lines, "line %d has some words\n", i)
	}
	parts := bytes.Split(lines.Bytes(), []byte("\n"))
	n := 0
	for _, p := range parts {
		n += len(bytes.Fields(p))
	}
	fmt.Println(len(parts), n, bytes.Count(lines.Bytes(), []byte("some")), bytes.LastIndex(lines.Bytes(), []byte("line 1")))
	fmt.Println(bytes.Compare(nil, []byte{}), bytes.Compare([]byte{1}, []byte{1, 0}), bytes.Compare([]byte{2}, []byte{1, 9}), bytes.Compare([]byte{255}, []byte{1}))
}
