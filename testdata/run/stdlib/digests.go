// crypto/md5 and crypto/sha1 over inputs around the padding boundaries, streamed and at once.
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"fmt"
	"io"
	"strings"
)

func main() {
	for _, s := range []string{"", "abc", "message digest", strings.Repeat("0123456789", 13), strings.Repeat("x", 56), strings.Repeat("y", 64)} {
		fmt.Printf("%x %x\n", md5.Sum([]byte(s)), sha1.Sum([]byte(s)))
	}
	h := md5.New()
	io.WriteString(h, "The quick brown fox ")
	io.WriteString(h, "jumps over the lazy dog")
	fmt.Printf("%x %d\n", h.Sum(nil), h.Size())
	s := sha1.New()
	fmt.Fprint(s, strings.Repeat("abc", 1000))
	fmt.Printf("%X\n", s.Sum(nil))
}
