// bytes.Buffer's growth as Go 1.19 grows it: the 64-byte first buffer, doubling rounded up to
// a size class, sliding unread bytes down instead of growing, Grow, ReadFrom, and the
// contents through interleaved writes and reads.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	var b bytes.Buffer
	last := -1
	for i := 0; i < 5000; i++ {
		b.WriteByte(byte('a' + i%26))
		if b.Cap() != last {
			last = b.Cap()
			fmt.Print(last, " ")
		}
	}
	fmt.Println(b.Len())
	for _, n := range []int{0, 1, 64, 65, 100, 1000, 5000} {
		var c bytes.Buffer
		c.Grow(n)
		fmt.Print(c.Cap(), " ")
	}
	fmt.Println()
	// Reads leave room at the front that a later write reuses.
	var q bytes.Buffer
	for round := 0; round < 40; round++ {
		q.WriteString(strings.Repeat("xy", round*7+3))
		buf := make([]byte, round*5+1)
		n, _ := q.Read(buf)
		fmt.Print(n, ":", q.Len(), ":", q.Cap(), " ")
	}
	fmt.Println()
	var r bytes.Buffer
	n, err := r.ReadFrom(io.LimitReader(strings.NewReader(strings.Repeat("z", 3000)), 2500))
	fmt.Println(n, err, r.Len(), r.Cap())
	r.Truncate(10)
	r.WriteRune('é')
	r.WriteRune('世')
	fmt.Println(r.String(), r.Len(), r.Cap())
	w := bytes.NewBuffer(append(make([]byte, 0, 10), "hello"...))
	fmt.Println(w.Len(), w.Cap())
	w.WriteString(", world")
	fmt.Println(w.String(), w.Cap())
}
