package json

import (
	"bytes"
	"io"
)

// A Decoder reads and decodes JSON values from an input stream.
type Decoder struct {
	r                     io.Reader
	buf                   []byte
	scanp                 int   // start of unread data in buf
	scanned               int64 // amount of data already scanned
	scan                  scanner
	err                   error
	useNumber             bool
	disallowUnknownFields bool
	tokenState            int   // where Token is in the stream (tokenTopValue...)
	tokenStack            []int // the states of the enclosing arrays and objects
}

// NewDecoder returns a new decoder that reads from r.
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{r: r}
}

// UseNumber causes the Decoder to unmarshal a number into an interface{} as a Number instead of as a float64.
func (dec *Decoder) UseNumber() { dec.useNumber = true }

// DisallowUnknownFields causes the Decoder to return an error when the destination is a
// struct and the input contains object keys which do not match any non-ignored, exported
// fields in the destination.
func (dec *Decoder) DisallowUnknownFields() { dec.disallowUnknownFields = true }

// Decode reads the next JSON-encoded value from its input and stores it in the value pointed to by v.
func (dec *Decoder) Decode(v any) error {
	if dec.err != nil {
		return dec.err
	}
	if err := dec.tokenPrepareForDecode(); err != nil {
		return err
	}
	if !dec.tokenValueAllowed() {
		return &SyntaxError{"not at beginning of value", dec.InputOffset()}
	}
	n, err := dec.readValue()
	if err != nil {
		return err
	}
	d := decodeState{data: dec.buf[dec.scanp : dec.scanp+n], useNumber: dec.useNumber, disallowUnknownFields: dec.disallowUnknownFields}
	dec.scanp += n
	err = d.unmarshal(v)
	dec.tokenValueEnd()
	return err
}

// Buffered returns a reader of the data remaining in the Decoder's buffer.
func (dec *Decoder) Buffered() io.Reader {
	return bytes.NewReader(dec.buf[dec.scanp:])
}

// InputOffset returns the input stream byte offset of the current decoder position.
func (dec *Decoder) InputOffset() int64 {
	return dec.scanned + int64(dec.scanp)
}

// readValue reads a whole JSON value into dec.buf and returns its length.
func (dec *Decoder) readValue() (int, error) {
	dec.scan.reset()
	scanp := dec.scanp
	var err error
	for {
		for ; scanp < len(dec.buf); scanp++ {
			c := dec.buf[scanp]
			dec.scan.bytes++
			switch dec.scan.step(&dec.scan, c) {
			case scanEnd:
				// The byte that ended a number or literal is read again with the next
				// value: count it once.
				dec.scan.bytes--
				return scanp - dec.scanp, nil
			case scanEndObject, scanEndArray:
				// A composite value ends at its closing byte: no need to read on.
				if stateEndValue(&dec.scan, ' ') == scanEnd {
					return scanp + 1 - dec.scanp, nil
				}
			case scanError:
				dec.err = dec.scan.err
				return 0, dec.scan.err
			}
		}
		if err != nil {
			if err == io.EOF {
				if dec.scan.step(&dec.scan, ' ') == scanEnd {
					return scanp - dec.scanp, nil
				}
				if nonSpace(dec.buf) {
					err = io.ErrUnexpectedEOF
				}
			}
			dec.err = err
			return 0, err
		}
		n := scanp - dec.scanp
		err = dec.refill()
		scanp = dec.scanp + n
	}
}

func nonSpace(b []byte) bool {
	for _, c := range b {
		if !isSpace(c) {
			return true
		}
	}
	return false
}

func (dec *Decoder) refill() error {
	if dec.scanp > 0 {
		dec.scanned += int64(dec.scanp)
		n := copy(dec.buf, dec.buf[dec.scanp:])
		dec.buf = dec.buf[:n]
		dec.scanp = 0
	}
	const minRead = 512
	if cap(dec.buf)-len(dec.buf) < minRead {
		nb := make([]byte, len(dec.buf), 2*cap(dec.buf)+minRead)
		copy(nb, dec.buf)
		dec.buf = nb
	}
	n, err := dec.r.Read(dec.buf[len(dec.buf):cap(dec.buf)])
	dec.buf = dec.buf[0 : len(dec.buf)+n]
	return err
}

// peek returns the next non-space byte without consuming it.
func (dec *Decoder) peek() (byte, error) {
	var err error
	for {
		for i := dec.scanp; i < len(dec.buf); i++ {
			c := dec.buf[i]
			if isSpace(c) {
				continue
			}
			dec.scanp = i
			return c, nil
		}
		if err != nil {
			return 0, err
		}
		err = dec.refill()
	}
}

// More reports whether there is another element in the current array or object being parsed.
func (dec *Decoder) More() bool {
	c, err := dec.peek()
	return err == nil && c != ']' && c != '}'
}

// An Encoder writes JSON values to an output stream.
type Encoder struct {
	w          io.Writer
	err        error
	escapeHTML bool
	prefix     string
	indent     string
}

// NewEncoder returns a new encoder that writes to w.
func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w, escapeHTML: true}
}

// Encode writes the JSON encoding of v to the stream, followed by a newline character.
func (enc *Encoder) Encode(v any) error {
	if enc.err != nil {
		return enc.err
	}
	e := encodeState{escapeHTML: enc.escapeHTML}
	if err := e.marshal(v); err != nil {
		return err
	}
	e.b = append(e.b, '\n')
	b := e.b
	if enc.prefix != "" || enc.indent != "" {
		var buf bytes.Buffer
		if err := Indent(&buf, b, enc.prefix, enc.indent); err != nil {
			return err
		}
		b = buf.Bytes()
	}
	if _, err := enc.w.Write(b); err != nil {
		enc.err = err
		return err
	}
	return nil
}

// SetIndent instructs the encoder to format each subsequent encoded value as if indented by
// the package-level function Indent(dst, src, prefix, indent).
func (enc *Encoder) SetIndent(prefix, indent string) {
	enc.prefix, enc.indent = prefix, indent
}

// SetEscapeHTML specifies whether problematic HTML characters should be escaped inside JSON quoted strings.
func (enc *Encoder) SetEscapeHTML(on bool) { enc.escapeHTML = on }

// A Token holds a value of one of these types: Delim, for the four JSON delimiters [ ] { };
// bool, for JSON booleans; float64, for JSON numbers; Number, for JSON numbers (UseNumber);
// string, for JSON string literals; nil, for JSON null.
type Token any

// A Delim is a JSON array or object delimiter, one of [ ] { or }.
type Delim rune

func (d Delim) String() string { return string(d) }

// Token states: what the token stream expects next.
const (
	tokenTopValue = iota
	tokenArrayStart
	tokenArrayValue
	tokenArrayComma
	tokenObjectStart
	tokenObjectKey
	tokenObjectColon
	tokenObjectValue
	tokenObjectComma
)

// tokenPrepareForDecode consumes the comma or colon a Decode between Token calls stands after.
func (dec *Decoder) tokenPrepareForDecode() error {
	want, next := byte(0), 0
	switch dec.tokenState {
	case tokenArrayComma:
		want, next = ',', tokenArrayValue
	case tokenObjectColon:
		want, next = ':', tokenObjectValue
	default:
		return nil
	}
	c, err := dec.peek()
	if err != nil {
		return err
	}
	if c != want {
		if want == ',' {
			return &SyntaxError{"expected comma after array element", dec.InputOffset()}
		}
		return &SyntaxError{"expected colon after object key", dec.InputOffset()}
	}
	dec.scanp++
	dec.tokenState = next
	return nil
}

func (dec *Decoder) tokenValueAllowed() bool {
	switch dec.tokenState {
	case tokenTopValue, tokenArrayStart, tokenArrayValue, tokenObjectValue:
		return true
	}
	return false
}

func (dec *Decoder) tokenValueEnd() {
	switch dec.tokenState {
	case tokenArrayStart, tokenArrayValue:
		dec.tokenState = tokenArrayComma
	case tokenObjectValue:
		dec.tokenState = tokenObjectComma
	}
}

func (dec *Decoder) tokenOpen(c byte, state int) (Token, error) {
	if !dec.tokenValueAllowed() {
		return dec.tokenError(c)
	}
	dec.scanp++
	dec.tokenStack = append(dec.tokenStack, dec.tokenState)
	dec.tokenState = state
	return Delim(c), nil
}

func (dec *Decoder) tokenClose(c byte, empty, afterElem int) (Token, error) {
	if dec.tokenState != empty && dec.tokenState != afterElem {
		return dec.tokenError(c)
	}
	dec.scanp++
	dec.tokenState = dec.tokenStack[len(dec.tokenStack)-1]
	dec.tokenStack = dec.tokenStack[:len(dec.tokenStack)-1]
	dec.tokenValueEnd()
	return Delim(c), nil
}

// Token returns the next JSON token in the input stream. At the end of the input stream,
// Token returns nil, io.EOF. Commas and colons are elided.
func (dec *Decoder) Token() (Token, error) {
	for {
		c, err := dec.peek()
		if err != nil {
			return nil, err
		}
		switch c {
		case '[':
			return dec.tokenOpen(c, tokenArrayStart)
		case '{':
			return dec.tokenOpen(c, tokenObjectStart)
		case ']':
			return dec.tokenClose(c, tokenArrayStart, tokenArrayComma)
		case '}':
			return dec.tokenClose(c, tokenObjectStart, tokenObjectComma)
		case ':':
			if dec.tokenState != tokenObjectColon {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.tokenState = tokenObjectValue
			continue
		case ',':
			switch dec.tokenState {
			case tokenArrayComma:
				dec.tokenState = tokenArrayValue
			case tokenObjectComma:
				dec.tokenState = tokenObjectKey
			default:
				return dec.tokenError(c)
			}
			dec.scanp++
			continue
		}
		if c == '"' && (dec.tokenState == tokenObjectStart || dec.tokenState == tokenObjectKey) {
			var key string
			old := dec.tokenState
			dec.tokenState = tokenTopValue
			err := dec.Decode(&key)
			dec.tokenState = old
			if err != nil {
				return nil, err
			}
			dec.tokenState = tokenObjectColon
			return key, nil
		}
		if !dec.tokenValueAllowed() {
			return dec.tokenError(c)
		}
		var x any
		if err := dec.Decode(&x); err != nil {
			return nil, err
		}
		return x, nil
	}
}

func (dec *Decoder) tokenError(c byte) (Token, error) {
	context := "" // as Go's: nothing after '{' (tokenObjectStart)
	switch dec.tokenState {
	case tokenTopValue, tokenArrayStart, tokenArrayValue, tokenObjectValue:
		context = " looking for beginning of value"
	case tokenArrayComma:
		context = " after array element"
	case tokenObjectKey:
		context = " looking for beginning of object key string"
	case tokenObjectColon:
		context = " after object key"
	case tokenObjectComma:
		context = " after object key:value pair"
	}
	return nil, &SyntaxError{"invalid character " + quoteChar(c) + context, dec.InputOffset()}
}
