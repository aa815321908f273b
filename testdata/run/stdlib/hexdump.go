// encoding/hex: Encode, Decode and their errors, Dump, Dumper, the stream Encoder and Decoder;
// and bytes.Reader.
package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	s := hex.EncodeToString([]byte("Hello, gopher!\x00\xff"))
	fmt.Println(s)
	b, err := hex.DecodeString(s)
	fmt.Printf("%q %v\n", b, err)
	for _, in := range []string{"abc", "zz", "a", "0g", "ABCDEF", "é"} {
		b, err := hex.DecodeString(in)
		fmt.Printf("%q %x %v\n", in, b, err)
	}
	fmt.Print(hex.Dump([]byte("The quick brown fox jumps over the lazy dog.\n\x01\x02")))
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("abc"))
	d.Write([]byte("defghijklmnopqrstu"))
	d.Close()
	var buf bytes.Buffer
	e := hex.NewEncoder(&buf)
	e.Write([]byte{1, 2, 254})
	fmt.Println(buf.String())
	out, err := io.ReadAll(hex.NewDecoder(strings.NewReader("48656c6c6f7")))
	fmt.Printf("%q %v\n", out, err)
	r := bytes.NewReader([]byte("héllo"))
	c, _ := r.ReadByte()
	ru, sz, _ := r.ReadRune()
	fmt.Println(c, ru, sz, r.Len(), r.Size())
	r.UnreadRune()
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, r.UnreadRune())
	p := make([]byte, 3)
	n, err := r.ReadAt(p, 4)
	fmt.Println(n, err, string(p[:n]))
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
}
