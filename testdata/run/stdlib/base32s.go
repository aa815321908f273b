// encoding/base32: StdEncoding and HexEncoding, WithPadding (custom and NoPadding) and its
// panics, Encode into short and long buffers, EncodedLen/DecodedLen, DecodeString with
// newlines and every kind of corrupt input, the streaming encoder and decoder.
package main

import (
	"bytes"
	"encoding/base32"
	"fmt"
	"io"
	"strings"
)

type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1]
	}
	return o.r.Read(p)
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	star := base32.StdEncoding.WithPadding('*')
	raw := base32.StdEncoding.WithPadding(base32.NoPadding)
	hexRaw := base32.HexEncoding.WithPadding(base32.NoPadding)
	encs := []*base32.Encoding{base32.StdEncoding, base32.HexEncoding, star, raw, hexRaw, base32.NewEncoding("abcdefghijklmnopqrstuvwxyz012345")}
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\x00\xff\x10\x80\x7f\x01", "Hello, base32 world!"} {
		for _, e := range encs {
			enc := e.EncodeToString([]byte(s))
			dec, err := e.DecodeString(enc)
			fmt.Printf("%q ", enc)
			if err != nil || string(dec) != s {
				fmt.Print("ROUNDTRIP FAILED ", err)
			}
		}
		fmt.Println(base32.StdEncoding.EncodedLen(len(s)), raw.EncodedLen(len(s)), base32.StdEncoding.DecodedLen(len(s)*2), raw.DecodedLen(len(s)*2))
	}
	// Encode into a longer buffer leaves Go's filler characters.
	big := bytes.Repeat([]byte{'.'}, 12)
	raw.Encode(big, []byte("a"))
	fmt.Printf("%q\n", big)
	big = bytes.Repeat([]byte{'.'}, 12)
	base32.StdEncoding.Encode(big, []byte("ab"))
	fmt.Printf("%q\n", big)
	try("short dst", func() { base32.StdEncoding.Encode(make([]byte, 5), []byte("abc")) })
	try("short dst2", func() { raw.Encode(make([]byte, 3), []byte("abcdef")) })

	for _, in := range []string{"MZXW6===", "MZXW6YQ=", "MZXW\r\n6YTB", "MZ\nXW6YTBOI======", "MZXW6YT", "MZXW6YTB!", "M=======",
		"MZX=====", "MZXW6Y==", "MZ======", "MZXW6YTBOI=====", "MZXW6YTBOI=x====", "MZ=XW6YT", "MZXW6YTBOI======MZ", "========",
		"mzxw6===", "MZXW6===\n", "\n\n", "MZXW6YTBOI======\r\n"} {
		for _, e := range []*base32.Encoding{base32.StdEncoding, raw} {
			b, err := e.DecodeString(in)
			fmt.Printf("%q => %q %v | ", in, b, err)
		}
		dst := make([]byte, 20)
		n, err := base32.StdEncoding.Decode(dst, []byte(in))
		fmt.Println(n, err)
	}
	_, err := raw.DecodeString("MZXW6\xff")
	fmt.Println(err, err.(base32.CorruptInputError) == 5)

	try("bad alphabet", func() { base32.NewEncoding("abc") })
	try("pad in alphabet", func() { base32.StdEncoding.WithPadding('A') })
	try("pad newline", func() { base32.StdEncoding.WithPadding('\n') })
	try("pad too big", func() { base32.StdEncoding.WithPadding(0x100) })

	var sb strings.Builder
	w := base32.NewEncoder(base32.StdEncoding, &sb)
	for i := 0; i < 40; i++ {
		fmt.Fprintf(w, "%d;", i*i)
	}
	fmt.Println(sb.String())
	fmt.Println(w.Close(), sb.String())
	data := sb.String()
	for _, e := range []*base32.Encoding{base32.StdEncoding} {
		got, err := io.ReadAll(base32.NewDecoder(e, oneByte{strings.NewReader(data[:20] + "\n" + data[20:])}))
		fmt.Printf("%q %v\n", got, err)
	}
	rawData := raw.EncodeToString([]byte("streaming without padding!"))
	got, err := io.ReadAll(base32.NewDecoder(raw, strings.NewReader(rawData)))
	fmt.Printf("%q %v\n", got, err)
	for _, in := range []string{"MZXW6YTB", "MZXW6YT", "MZXW6===MZXW6===", "MZXW6YTB!!!!!!!!", "MZXW6YTBOI======"} {
		got, err := io.ReadAll(base32.NewDecoder(base32.StdEncoding, strings.NewReader(in)))
		fmt.Printf("%q => %q %v\n", in, got, err)
	}
	var rw strings.Builder
	re := base32.NewEncoder(raw, &rw)
	re.Write([]byte("ab"))
	re.Write([]byte("cdefg"))
	re.Close()
	fmt.Println(rw.String())
}
