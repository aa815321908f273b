// compress/gzip, compress/zlib (over compress/flate), encoding/ascii85, encoding/pem and
// text/scanner, all Go 1.19's source: bytes as Go writes them, and round trips.
package main

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"encoding/ascii85"
	"encoding/pem"
	"fmt"
	"io"
	"strings"
	"text/scanner"
)

func main() {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Name = "a.txt"
	zw.Write([]byte(strings.Repeat("hello gopher ", 100)))
	zw.Close()
	fmt.Println(buf.Len(), fmt.Sprintf("%x", buf.Bytes()[:20]))
	zr, err := gzip.NewReader(&buf)
	fmt.Println(err, zr.Name)
	b, _ := io.ReadAll(zr)
	fmt.Println(len(b), string(b[:12]))
	var zb bytes.Buffer
	w := zlib.NewWriter(&zb)
	w.Write([]byte("zlib data zlib data zlib data"))
	w.Close()
	fmt.Printf("%x\n", zb.Bytes())
	r, _ := zlib.NewReader(&zb)
	b, _ = io.ReadAll(r)
	fmt.Println(string(b))
	dst := make([]byte, ascii85.MaxEncodedLen(5))
	n := ascii85.Encode(dst, []byte("hello"))
	fmt.Println(string(dst[:n]))
	blk := &pem.Block{Type: "TEST", Headers: map[string]string{"k": "v"}, Bytes: []byte("some bytes here")}
	s := pem.EncodeToMemory(blk)
	fmt.Print(string(s))
	p, rest := pem.Decode(s)
	fmt.Println(p.Type, string(p.Bytes), len(rest))
	var sc scanner.Scanner
	sc.Init(strings.NewReader("x := 3.14 + foo(\"s\") // c"))
	for tok := sc.Scan(); tok != scanner.EOF; tok = sc.Scan() {
		fmt.Println(sc.Position, scanner.TokenString(tok), sc.TokenText())
	}
}
