// encoding/csv: Reader over quoted, multi-line, CRLF, comment and empty-line input; every
// option (Comma, Comment, FieldsPerRecord, LazyQuotes, TrimLeadingSpace, ReuseRecord); every
// ParseError and its texts, positions and Unwrap; FieldPos, InputOffset, ReadAll; invalid
// delimiters; Writer with quoting, UseCRLF, a custom Comma, Error after a failing writer.
package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

func readAll(name string, in string, setup func(r *csv.Reader)) {
	r := csv.NewReader(strings.NewReader(in))
	if setup != nil {
		setup(r)
	}
	fmt.Printf("== %s\n", name)
	for i := 0; i < 20; i++ {
		rec, err := r.Read()
		if err == io.EOF {
			fmt.Println("EOF at offset", r.InputOffset())
			return
		}
		var pos []string
		for f := range rec {
			l, c := r.FieldPos(f)
			pos = append(pos, fmt.Sprintf("%d:%d", l, c))
		}
		fmt.Printf("%q %v off=%d", rec, pos, r.InputOffset())
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				fmt.Printf(" ERR %v [start %d line %d col %d] bare=%v quote=%v count=%v", err, pe.StartLine, pe.Line, pe.Column,
					errors.Is(err, csv.ErrBareQuote), errors.Is(err, csv.ErrQuote), errors.Is(err, csv.ErrFieldCount))
			} else {
				fmt.Printf(" ERR %v", err)
			}
		}
		fmt.Println()
	}
}

type failing struct{ n int }

func (f *failing) Write(p []byte) (int, error) {
	if f.n -= len(p); f.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func main() {
	readAll("basic", "a,b,c\n1,\"two, too\",3\r\n\n\"multi\nline\",\"quote \"\"here\"\"\",\n# not a comment\nx,y,z", nil)
	readAll("comments", "# header\na;b\n#c;d\n\ne;\"f\"\n", func(r *csv.Reader) { r.Comma = ';'; r.Comment = '#' })
	readAll("bare quote", "a,b\"c,d\nok,ok\n", nil)
	readAll("lazy", "a,b\"c,d\n\"x\"y\",z\n\"unterminated", func(r *csv.Reader) { r.LazyQuotes = true })
	readAll("extraneous", "\"abc\"x,1\n", nil)
	readAll("missing quote", "\"abc,1\nmore\nlines", nil)
	readAll("field count", "a,b,c\n1,2\n3,4,5\n6,7,8,9\n", nil)
	readAll("fixed count", "a,b\n1,2,3\n", func(r *csv.Reader) { r.FieldsPerRecord = 2 })
	readAll("any count", "a\n1,2,3\n\n4,5\n", func(r *csv.Reader) { r.FieldsPerRecord = -1 })
	readAll("trim", "  a,   b,\t\"c\"\n   \n  x  ,  ", func(r *csv.Reader) { r.TrimLeadingSpace = true; r.FieldsPerRecord = -1 })
	readAll("unicode comma", "α★β★\"γ★δ\"\n", func(r *csv.Reader) { r.Comma = '★' })
	readAll("cr only", "a,b\rc,d\r\n\"e\r\nf\",g\r", func(r *csv.Reader) { r.FieldsPerRecord = -1 })
	readAll("quoted then eof", "\"a\"\"b\"", nil)
	readAll("multiline error", "x,\"line one\nline two\" junk,y\n", nil)
	readAll("long line", strings.Repeat("abcdefgh,", 1000)+"end\n", func(r *csv.Reader) { r.FieldsPerRecord = -1 })
	for _, c := range []struct{ comma, comment rune }{{'"', 0}, {'\n', 0}, {',', ','}, {0, 0}, {',', '\r'}, {0xD800, 0}, {'\t', '#'}} {
		r := csv.NewReader(strings.NewReader("a\tb\n"))
		r.Comma, r.Comment = c.comma, c.comment
		rec, err := r.Read()
		fmt.Printf("%q %q: %q %v\n", c.comma, c.comment, rec, err)
	}

	r := csv.NewReader(strings.NewReader("a,b\nc,d\ne,f\n"))
	r.ReuseRecord = true
	first, _ := r.Read()
	second, _ := r.Read()
	fmt.Println(first, second, &first[0] == &second[0])
	all, err := r.ReadAll()
	fmt.Println(all, err)
	all, err = csv.NewReader(strings.NewReader("a,b\n\"c")).ReadAll()
	fmt.Println(all == nil, err)
	all, err = csv.NewReader(strings.NewReader("")).ReadAll()
	fmt.Println(all == nil, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		csv.NewReader(strings.NewReader("a\n")).FieldPos(0)
	}()
	fmt.Println((&csv.ParseError{StartLine: 2, Line: 5, Column: 3, Err: csv.ErrQuote}).Error(), csv.ErrTrailingComma)

	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"plain", "with,comma", "with \"quote\"", "multi\nline", " lead", "", `\.`, "cr\rx", "tab\tin"})
	w.Write(nil)
	w.Write([]string{""})
	w.WriteAll([][]string{{"a", "b"}, {"c\r\nd", "e"}})
	fmt.Printf("%q %v\n", buf.String(), w.Error())
	buf.Reset()
	w = csv.NewWriter(&buf)
	w.Comma = '\t'
	w.UseCRLF = true
	w.Write([]string{"x\ty", "multi\nline", "cr\r\nlf", "a,b"})
	w.Flush()
	fmt.Printf("%q\n", buf.String())
	buf.Reset()
	w = csv.NewWriter(&buf)
	w.Comma = '¦'
	w.Write([]string{"a¦b", "c", "\u00a0nbsp", "\u3000ideo"})
	w.Flush()
	fmt.Printf("%q\n", buf.String())
	w.Comma = '"'
	fmt.Println(w.Write([]string{"x"}))
	fw := csv.NewWriter(&failing{n: 10})
	for i := 0; i < 500; i++ {
		fw.Write([]string{"0123456789", "abcdef"})
	}
	fw.Flush()
	fmt.Println(fw.Error(), fw.Write([]string{"late"}))
	fmt.Println(csv.NewWriter(&failing{n: 0}).WriteAll([][]string{{"x"}}))
	back, err := csv.NewReader(strings.NewReader("plain,\"with,comma\",\"with \"\"quote\"\"\"\n")).Read()
	fmt.Printf("%q %v\n", back, err)
}
