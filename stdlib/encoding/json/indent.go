package json

import "bytes"

const hexDigits = "0123456789abcdef"

// HTMLEscape appends to dst the JSON-encoded src with <, >, &, U+2028 and U+2029 characters
// inside string literals changed to \u003c, \u003e, \u0026, \u2028, \u2029.
func HTMLEscape(dst *bytes.Buffer, src []byte) {
	start := 0
	for i, c := range src {
		if c == '<' || c == '>' || c == '&' {
			dst.Write(src[start:i])
			dst.WriteString(`\u00`)
			dst.WriteByte(hexDigits[c>>4])
			dst.WriteByte(hexDigits[c&0xF])
			start = i + 1
		}
		if c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xA8 {
			dst.Write(src[start:i])
			dst.WriteString(`\u202`)
			dst.WriteByte(hexDigits[src[i+2]&0xF])
			start = i + 3
		}
	}
	dst.Write(src[start:])
}

// Compact appends to dst the JSON-encoded src with insignificant space characters elided.
func Compact(dst *bytes.Buffer, src []byte) error {
	return compact(dst, src, false)
}

func compact(dst *bytes.Buffer, src []byte, escape bool) error {
	origLen := dst.Len()
	var s scanner
	s.reset()
	start := 0
	for i, c := range src {
		if escape && (c == '<' || c == '>' || c == '&') {
			dst.Write(src[start:i])
			dst.WriteString(`\u00`)
			dst.WriteByte(hexDigits[c>>4])
			dst.WriteByte(hexDigits[c&0xF])
			start = i + 1
		}
		if escape && c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xA8 {
			dst.Write(src[start:i])
			dst.WriteString(`\u202`)
			dst.WriteByte(hexDigits[src[i+2]&0xF])
			start = i + 3
		}
		v := s.step(&s, c)
		if v >= scanSkipSpace {
			if v == scanError {
				break
			}
			if start < i {
				dst.Write(src[start:i])
			}
			start = i + 1
		}
	}
	if s.eof() == scanError {
		dst.Truncate(origLen)
		return s.err
	}
	if start < len(src) {
		dst.Write(src[start:])
	}
	return nil
}

func newline(dst *bytes.Buffer, prefix, indent string, depth int) {
	dst.WriteByte('\n')
	dst.WriteString(prefix)
	for i := 0; i < depth; i++ {
		dst.WriteString(indent)
	}
}

// Indent appends to dst an indented form of the JSON-encoded src: each element of an object
// or array begins on a new line starting with prefix followed by one or more copies of indent.
// The first line is not prefixed; empty objects and arrays stay on one line.
func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	origLen := dst.Len()
	var s scanner
	s.reset()
	open := false // an object or array just began: indent before its first element
	depth := 0
	for _, c := range src {
		s.bytes++
		v := s.step(&s, c)
		if v == scanSkipSpace {
			continue
		}
		if v == scanError {
			break
		}
		if open && v != scanEndObject && v != scanEndArray {
			open = false
			depth++
			newline(dst, prefix, indent, depth)
		}
		if v == scanContinue {
			dst.WriteByte(c)
			continue
		}
		switch c {
		case '{', '[':
			open = true
			dst.WriteByte(c)
		case ',':
			dst.WriteByte(c)
			newline(dst, prefix, indent, depth)
		case ':':
			dst.WriteByte(c)
			dst.WriteByte(' ')
		case '}', ']':
			if open {
				open = false
			} else {
				depth--
				newline(dst, prefix, indent, depth)
			}
			dst.WriteByte(c)
		default:
			dst.WriteByte(c)
		}
	}
	if s.eof() == scanError {
		dst.Truncate(origLen)
		return s.err
	}
	return nil
}
