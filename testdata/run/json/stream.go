// Encoder and Decoder over readers and writers: several values in one stream, arrays read
// element by element with More, indentation and HTML escaping settings, a reader that hands
// out one byte at a time, Buffered, and the errors at the end of a stream.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Event struct {
	Kind  string            `json:"kind"`
	At    int               `json:"at"`
	Data  map[string]string `json:"data,omitempty"`
	Extra *Event            `json:"extra,omitempty"`
}

// slowReader returns one byte per Read, so values straddle many refills.
type slowReader struct{ s string }

func (r *slowReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

func main() {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	events := []Event{
		{Kind: "start", At: 1},
		{Kind: "<tag> & more", At: 2, Data: map[string]string{"k": "v", "a": "b"}},
		{Kind: "nested", At: 3, Extra: &Event{Kind: "inner", At: 4}},
	}
	for _, e := range events {
		if err := enc.Encode(e); err != nil {
			fmt.Println("encode:", err)
		}
	}
	enc.SetEscapeHTML(false)
	enc.Encode("no <escape> & here")
	enc.SetIndent("", "  ")
	enc.Encode(events[1])
	enc.SetIndent("//", "\t")
	enc.Encode([]int{})
	enc.Encode(map[string][]int{"x": {1, 2}})
	fmt.Println(enc.Encode(make(chan int)))
	fmt.Print(buf.String())

	// Decode everything back, one value at a time.
	dec := json.NewDecoder(bytes.NewReader(buf.Bytes()))
	for {
		var v interface{}
		err := dec.Decode(&v)
		if err == io.EOF {
			fmt.Println("EOF")
			break
		}
		if err != nil {
			fmt.Println("decode:", err)
			break
		}
		fmt.Printf("%T %v\n", v, v)
	}

	// Numbers and literals back to back, separated only by spaces; a slow reader.
	for _, r := range []io.Reader{strings.NewReader(`1 2.5 "three"[4]{"five":5}true null`), &slowReader{`1 2.5 "three"[4]{"five":5}true null`}} {
		d := json.NewDecoder(r)
		var got []interface{}
		for d.More() {
			var v interface{}
			if err := d.Decode(&v); err != nil {
				fmt.Println("error:", err)
				break
			}
			got = append(got, v)
		}
		fmt.Println(len(got), got)
	}

	// Structs from a stream of objects, with Buffered showing what is left.
	d := json.NewDecoder(strings.NewReader(`{"kind":"a","at":1} {"kind":"b","at":2,"data":{"x":"y"}} trailing`))
	for i := 0; i < 2; i++ {
		var e Event
		fmt.Println(d.Decode(&e), e.Kind, e.At, e.Data)
	}
	rest, _ := io.ReadAll(d.Buffered())
	fmt.Printf("buffered %q\n", rest)
	var e Event
	err := d.Decode(&e)
	fmt.Printf("%T %v\n", err, err)
	fmt.Println(d.Decode(&e))

	// Truncated input: io.ErrUnexpectedEOF; a syntax error mid-stream.
	for _, src := range []string{`{"kind": "x"`, `[1, 2`, `  `, `{"a":1} {"a":}`, `[1] [2] x`, "1\n2\n  [3,\n4,]", `"a" "b"x`} {
		d := json.NewDecoder(strings.NewReader(src))
		for {
			var v interface{}
			err := d.Decode(&v)
			if err != nil {
				fmt.Printf("%q: %T %v\n", src, err, err)
				if se, ok := err.(*json.SyntaxError); ok {
					fmt.Println("   offset", se.Offset, "input offset", d.InputOffset())
				}
				break
			}
			fmt.Printf("%q: value %v\n", src, v)
		}
	}

	// Writing to an io.Writer that fails.
	fmt.Println(json.NewEncoder(failWriter{}).Encode(1))
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) {
	return 0, fmt.Errorf("write refused (%d bytes)", len(p))
}
