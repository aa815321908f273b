// encoding/base64: the four encodings, Strict, padding and newline rules of decoding with Go's
// error offsets, the stream encoder and decoder, and a custom alphabet and padding.
package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"strings"
)

func main() {
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd?>"} {
		fmt.Println(base64.StdEncoding.EncodeToString([]byte(s)), base64.URLEncoding.EncodeToString([]byte(s)),
			base64.RawStdEncoding.EncodeToString([]byte(s)), base64.RawURLEncoding.EncodeToString([]byte(s)))
	}
	for _, in := range []string{"Zm9vYmFy", "Zm9v\nYmFy", "Zm9vYg==", "Zm9vYg=", "Zm9vYg", "Zm9vY", "Zm9v!mFy", "Zm9vYg==x", "=", "Zg==\r\n", "Zh==", "Zm9vYmE="} {
		b, err := base64.StdEncoding.DecodeString(in)
		b2, err2 := base64.RawStdEncoding.DecodeString(in)
		b3, err3 := base64.StdEncoding.Strict().DecodeString(in)
		fmt.Printf("%q %q %v | %q %v | %q %v\n", in, b, err, b2, err2, b3, err3)
	}
	var buf bytes.Buffer
	w := base64.NewEncoder(base64.StdEncoding, &buf)
	w.Write([]byte("hello"))
	w.Write([]byte(", world"))
	w.Close()
	fmt.Println(buf.String(), base64.StdEncoding.EncodedLen(10), base64.RawStdEncoding.DecodedLen(10))
	out, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader(buf.String())))
	fmt.Printf("%q %v\n", out, err)
	e := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	fmt.Println(e.EncodeToString([]byte("custom!")))
}
