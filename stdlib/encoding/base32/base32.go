// Package base32 implements base32 encoding as specified by RFC 4648 (Go 1.19's
// encoding/base32, all of it): the standard and extended-hex alphabets, WithPadding and
// NoPadding, the streaming encoder and decoder, and Go's CorruptInputError offsets.
//
// As in Go, Decode and DecodeString drop \r and \n before decoding, and a CorruptInputError
// counts bytes of the input without them.
package base32

import (
	"io"
	"strconv"
)

// An Encoding is a radix 32 encoding/decoding scheme, defined by a 32-character alphabet.
type Encoding struct {
	encode    [32]byte
	decodeMap [256]byte
	padChar   rune
}

const (
	StdPadding rune = '=' // Standard padding character
	NoPadding  rune = -1  // No padding
)

const encodeStd = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
const encodeHex = "0123456789ABCDEFGHIJKLMNOPQRSTUV"

// NewEncoding returns a new padded Encoding defined by the given alphabet, which must be a
// 32-byte string.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 32 {
		panic("encoding alphabet is not 32-bytes long")
	}
	e := new(Encoding)
	copy(e.encode[:], encoder)
	e.padChar = StdPadding
	for i := range e.decodeMap {
		e.decodeMap[i] = 0xFF
	}
	for i := 0; i < len(encoder); i++ {
		e.decodeMap[encoder[i]] = byte(i)
	}
	return e
}

// StdEncoding is the standard base32 encoding, as defined in RFC 4648.
var StdEncoding = NewEncoding(encodeStd)

// HexEncoding is the "Extended Hex Alphabet" defined in RFC 4648.
var HexEncoding = NewEncoding(encodeHex)

// WithPadding creates a new encoding identical to enc except with a specified padding
// character, or NoPadding to disable padding.
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	for _, c := range enc.encode {
		if rune(c) == padding {
			panic("padding contained in alphabet")
		}
	}
	enc.padChar = padding
	return &enc
}

// Encode encodes src using the encoding enc, writing EncodedLen(len(src)) bytes to dst.
func (enc *Encoding) Encode(dst, src []byte) {
	for len(src) > 0 {
		// Up to 5 bytes become 8 groups of 5 bits, most significant first.
		var chunk [5]byte
		n := copy(chunk[:], src)
		var g [8]byte
		g[0] = chunk[0] >> 3
		g[1] = (chunk[0]<<2 | chunk[1]>>6) & 31
		g[2] = chunk[1] >> 1 & 31
		g[3] = (chunk[1]<<4 | chunk[2]>>4) & 31
		g[4] = (chunk[2]<<1 | chunk[3]>>7) & 31
		g[5] = chunk[3] >> 2 & 31
		g[6] = (chunk[3]<<3 | chunk[4]>>5) & 31
		g[7] = chunk[4] & 31
		// All 8 characters when dst has room (the unused groups are 0), as Go writes them.
		size := len(dst)
		if size > 8 {
			size = 8
		}
		for i := 0; i < size; i++ {
			dst[i] = enc.encode[g[i]]
		}
		if n < 5 {
			if enc.padChar != NoPadding {
				// Padding from the end back to the characters that n bytes need (2, 4, 5, 7).
				for i := 7; i >= [5]int{0, 2, 4, 5, 7}[n]; i-- {
					dst[i] = byte(enc.padChar)
				}
			}
			break
		}
		src = src[5:]
		dst = dst[8:]
	}
}

// EncodeToString returns the base32 encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

// EncodedLen returns the length in bytes of the base32 encoding of an input buffer of length
// n.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return (n*8 + 4) / 5
	}
	return (n + 4) / 5 * 8
}

// DecodedLen returns the maximum length in bytes of the decoded data corresponding to n bytes
// of base32-encoded data.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n * 5 / 8
	}
	return n / 8 * 5
}

type encoder struct {
	err  error
	enc  *Encoding
	w    io.Writer
	buf  [5]byte // bytes waiting for a whole group
	nbuf int
	out  [1024]byte
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.nbuf > 0 {
		i := copy(e.buf[e.nbuf:], p)
		e.nbuf += i
		n += i
		p = p[i:]
		if e.nbuf < 5 {
			return
		}
		e.enc.Encode(e.out[:], e.buf[:])
		if _, e.err = e.w.Write(e.out[:8]); e.err != nil {
			return n, e.err
		}
		e.nbuf = 0
	}
	for len(p) >= 5 {
		nn := len(e.out) / 8 * 5
		if nn > len(p) {
			nn = len(p) - len(p)%5
		}
		e.enc.Encode(e.out[:], p[:nn])
		if _, e.err = e.w.Write(e.out[:nn/5*8]); e.err != nil {
			return n, e.err
		}
		n += nn
		p = p[nn:]
	}
	e.nbuf = copy(e.buf[:], p)
	n += len(p)
	return
}

// Close flushes any pending output from the encoder.
func (e *encoder) Close() error {
	if e.err == nil && e.nbuf > 0 {
		e.enc.Encode(e.out[:], e.buf[:e.nbuf])
		size := e.enc.EncodedLen(e.nbuf)
		e.nbuf = 0
		_, e.err = e.w.Write(e.out[:size])
	}
	return e.err
}

// NewEncoder returns a new base32 stream encoder. Data written to the returned writer will be
// encoded using enc and then written to w. The caller must Close the returned encoder to
// flush any partially written blocks.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

// CorruptInputError is the offset of the first illegal byte of the input.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base32 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// decode decodes src into dst, 8 characters at a time; end reports that it met padding (or,
// without padding, the input's end).
func (enc *Encoding) decode(dst, src []byte) (n int, end bool, err error) {
	total := len(src)
	pad := byte(enc.padChar) // 0xFF for NoPadding, as in Go
	out := 0
	for len(src) > 0 && !end {
		var g [8]byte
		ng := 8
		for j := 0; j < 8; {
			if len(src) == 0 {
				if enc.padChar != NoPadding {
					// A padded encoding comes in whole groups of 8.
					return n, false, CorruptInputError(total - j)
				}
				ng, end = j, true
				break
			}
			c := src[0]
			src = src[1:]
			pos := total - len(src) - 1 // c's offset
			if c == pad && j >= 2 && len(src) < 8 {
				// Padding ends the group: what is left of it must be padding too.
				if len(src)+j < 8-1 {
					return n, false, CorruptInputError(total)
				}
				for k := 0; k < 8-1-j && k < len(src); k++ {
					if src[k] != pad {
						return n, false, CorruptInputError(pos + k)
					}
				}
				ng, end = j, true
				if j == 1 || j == 3 || j == 6 {
					// Those counts of characters are not a whole number of bytes.
					return n, false, CorruptInputError(pos)
				}
				break
			}
			g[j] = enc.decodeMap[c]
			if g[j] == 0xFF {
				return n, false, CorruptInputError(pos)
			}
			j++
		}
		// ng characters give 5, 4, 3, 2 or 1 bytes (8, 7, 5, 4, 2 characters).
		b := [5]byte{
			g[0]<<3 | g[1]>>2,
			g[1]<<6 | g[2]<<1 | g[3]>>4,
			g[3]<<4 | g[4]>>1,
			g[4]<<7 | g[5]<<2 | g[6]>>3,
			g[6]<<5 | g[7],
		}
		nb := 0
		switch ng {
		case 8:
			nb = 5
		case 7:
			nb = 4
		case 5:
			nb = 3
		case 4:
			nb = 2
		case 2:
			nb = 1
		}
		// Go stores the last byte first: a short dst panics before any of the group lands.
		for i := nb - 1; i >= 0; i-- {
			dst[out+i] = b[i]
		}
		n += nb
		out += 5
	}
	return n, end, nil
}

// Decode decodes src using the encoding enc. It writes at most DecodedLen(len(src)) bytes to
// dst and returns the number of bytes written. If src contains invalid base32 data, it will
// return the number of bytes successfully written and CorruptInputError. New line characters
// (\r and \n) are ignored.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	buf := make([]byte, len(src))
	l := stripNewlines(buf, src)
	n, _, err = enc.decode(dst, buf[:l])
	return
}

// DecodeString returns the bytes represented by the base32 string s.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	buf := []byte(s)
	l := stripNewlines(buf, buf)
	n, _, err := enc.decode(buf, buf[:l])
	return buf[:n], err
}

// stripNewlines copies src to dst without \r and \n and returns the bytes copied.
func stripNewlines(dst, src []byte) int {
	n := 0
	for _, b := range src {
		if b != '\r' && b != '\n' {
			dst[n] = b
			n++
		}
	}
	return n
}

type decoder struct {
	err    error
	enc    *Encoding
	r      io.Reader
	end    bool // saw the end of the message
	buf    [1024]byte
	nbuf   int
	out    []byte // decoded bytes not yet returned
	outbuf [1024 / 8 * 5]byte
}

// readEncodedData reads into buf until it has min bytes or an error; an input that ends
// inside a group is io.ErrUnexpectedEOF.
func readEncodedData(r io.Reader, buf []byte, min int, expectsPadding bool) (n int, err error) {
	for n < min && err == nil {
		var nn int
		nn, err = r.Read(buf[n:])
		n += nn
	}
	if n < min && n > 0 && err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	// A padded encoding's last group cannot be short either.
	if expectsPadding && min < 8 && n == 0 && err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		if len(d.out) == 0 {
			return n, d.err
		}
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	nn := len(p) / 5 * 8
	if nn < 8 {
		nn = 8
	}
	if nn > len(d.buf) {
		nn = len(d.buf)
	}
	min, expectsPadding := 1, false
	if d.enc.padChar != NoPadding {
		min, expectsPadding = 8-d.nbuf, true
	}
	nn, d.err = readEncodedData(d.r, d.buf[d.nbuf:nn], min, expectsPadding)
	d.nbuf += nn
	if d.nbuf < min {
		return 0, d.err
	}
	if nn > 0 && d.end {
		return 0, CorruptInputError(0)
	}
	nr := d.nbuf
	if d.enc.padChar != NoPadding {
		nr = d.nbuf / 8 * 8
	}
	nw := d.enc.DecodedLen(d.nbuf)
	if nw > len(p) {
		nw, d.end, err = d.enc.decode(d.outbuf[:], d.buf[:nr])
		d.out = d.outbuf[:nw]
		n = copy(p, d.out)
		d.out = d.out[n:]
	} else {
		n, d.end, err = d.enc.decode(p, d.buf[:nr])
	}
	d.nbuf -= nr
	copy(d.buf[:d.nbuf], d.buf[nr:nr+d.nbuf])
	if err != nil && (d.err == nil || d.err == io.EOF) {
		d.err = err
	}
	if len(d.out) > 0 {
		return n, nil
	}
	return n, d.err
}

// newlineFilteringReader drops \r and \n from what it reads.
type newlineFilteringReader struct {
	wrapped io.Reader
}

func (r *newlineFilteringReader) Read(p []byte) (int, error) {
	n, err := r.wrapped.Read(p)
	for n > 0 {
		kept := stripNewlines(p[:n], p[:n])
		if err != nil || kept > 0 {
			return kept, err
		}
		n, err = r.wrapped.Read(p)
	}
	return n, err
}

// NewDecoder constructs a new base32 stream decoder.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &newlineFilteringReader{r}}
}
