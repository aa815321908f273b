// bytes.Repeat and strings.Repeat: results, and each package's own panic for a negative
// count and for a count whose result would overflow.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	fmt.Printf("%q %q\n", bytes.Repeat([]byte("ab"), 3), strings.Repeat("-", 5))
	fmt.Printf("%q %q\n", bytes.Repeat(nil, 4), bytes.Repeat([]byte("x"), 0))
	n := -2
	try("bytes negative", func() { bytes.Repeat([]byte("ab"), n) })
	try("strings negative", func() { strings.Repeat("ab", n) })
	big := 1 << 62
	try("bytes overflow", func() { bytes.Repeat([]byte("abcd"), big) })
	try("strings overflow", func() { strings.Repeat("abcd", big) })
}
