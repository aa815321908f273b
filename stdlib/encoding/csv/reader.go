// Package csv reads and writes comma-separated values (CSV) files as RFC 4180 describes them
// (Go 1.19's encoding/csv, all of it: Reader with Comma, Comment, FieldsPerRecord, LazyQuotes,
// TrimLeadingSpace and ReuseRecord, FieldPos, InputOffset, ParseError's texts and positions;
// Writer with Comma and UseCRLF).
//
// This file models Go's reader.go: a record is read line by line (bufio.Reader.ReadSlice); a
// quoted field may run over several lines; \r\n ends a line as \n does.
package csv

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"
)

// A ParseError is returned for parsing errors. Line numbers are 1-indexed and columns are
// 0-indexed.
type ParseError struct {
	StartLine int   // Line where the record starts
	Line      int   // Line where the error occurred
	Column    int   // Column (1-based byte index) where the error occurred
	Err       error // The actual error
}

func (e *ParseError) Error() string {
	if e.Err == ErrFieldCount {
		return fmt.Sprintf("record on line %d: %v", e.Line, e.Err)
	}
	if e.StartLine != e.Line {
		return fmt.Sprintf("record on line %d; parse error on line %d, column %d: %v", e.StartLine, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("parse error on line %d, column %d: %v", e.Line, e.Column, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// These are the errors that can be returned in ParseError.Err.
var (
	ErrTrailingComma = errors.New("extra delimiter at end of line") // Deprecated: No longer used.
	ErrBareQuote     = errors.New("bare \" in non-quoted-field")
	ErrQuote         = errors.New("extraneous or missing \" in quoted-field")
	ErrFieldCount    = errors.New("wrong number of fields")
)

var errInvalidDelim = errors.New("csv: invalid field or comment delimiter")

func validDelim(r rune) bool {
	return r != 0 && r != '"' && r != '\r' && r != '\n' && utf8.ValidRune(r) && r != utf8.RuneError
}

// A Reader reads records from a CSV-encoded file.
type Reader struct {
	// Comma is the field delimiter, set to ',' by NewReader.
	Comma rune
	// Comment, if not 0, is the comment character: lines beginning with it are ignored.
	Comment rune
	// FieldsPerRecord: if positive, each record must have that many fields; if 0, the first
	// record's count is required of the others; if negative, no check is made.
	FieldsPerRecord int
	// LazyQuotes: a quote may appear in an unquoted field and a non-doubled quote in a quoted
	// field.
	LazyQuotes bool
	// TrimLeadingSpace: leading white space in a field is ignored.
	TrimLeadingSpace bool
	// ReuseRecord: calls to Read may return a slice sharing the backing array of the previous
	// call's slice.
	ReuseRecord bool
	// Deprecated: TrailingComma is no longer used.
	TrailingComma bool

	r *bufio.Reader

	numLine int   // the current line
	offset  int64 // input bytes consumed so far

	rawBuffer      []byte     // a line longer than bufio's buffer
	recordBuffer   []byte     // the unescaped fields of the record, one after another
	fieldIndexes   []int      // the end of each field in recordBuffer
	fieldPositions []position // where each field starts
	lastRecord     []string   // for ReuseRecord
}

// NewReader returns a new Reader that reads from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{Comma: ',', r: bufio.NewReader(r)}
}

// Read reads one record (a slice of fields) from r. At the end of the input it returns nil,
// io.EOF. A record with the wrong number of fields is returned with ErrFieldCount.
func (r *Reader) Read() (record []string, err error) {
	if r.ReuseRecord {
		record, err = r.readRecord(r.lastRecord)
		r.lastRecord = record
	} else {
		record, err = r.readRecord(nil)
	}
	return record, err
}

// FieldPos returns the line and column of the start of the field with the given index in the
// slice most recently returned by Read. It panics for an index out of range.
func (r *Reader) FieldPos(field int) (line, column int) {
	if field < 0 || field >= len(r.fieldPositions) {
		panic("out of range index passed to FieldPos")
	}
	p := &r.fieldPositions[field]
	return p.line, p.col
}

// InputOffset returns the input stream byte offset of the current reader position.
func (r *Reader) InputOffset() int64 {
	return r.offset
}

// position holds the position of a field in the input: a 1-based line and byte column.
type position struct {
	line, col int
}

// ReadAll reads all the remaining records from r.
func (r *Reader) ReadAll() (records [][]string, err error) {
	for {
		record, err := r.readRecord(nil)
		if err == io.EOF {
			return records, nil
		}
		if err != nil {
			return nil, err
		}
		records = append(records, record)
	}
}

// readLine reads the next line, with its \n; \r\n becomes \n, and a final \r before the end
// of the input is dropped.
func (r *Reader) readLine() ([]byte, error) {
	line, err := r.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.rawBuffer = append(r.rawBuffer[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = r.r.ReadSlice('\n')
			r.rawBuffer = append(r.rawBuffer, line...)
		}
		line = r.rawBuffer
	}
	readSize := len(line)
	if readSize > 0 && err == io.EOF {
		err = nil
		if line[readSize-1] == '\r' {
			line = line[:readSize-1]
		}
	}
	r.numLine++
	r.offset += int64(readSize)
	if n := len(line); n >= 2 && line[n-2] == '\r' && line[n-1] == '\n' {
		line[n-2] = '\n'
		line = line[:n-1]
	}
	return line, err
}

// lengthNL reports the length of b's trailing \n: 1 or 0.
func lengthNL(b []byte) int {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		return 1
	}
	return 0
}

// nextRune returns the first rune of b (RuneError for none).
func nextRune(b []byte) rune {
	r, _ := utf8.DecodeRune(b)
	return r
}

func (r *Reader) readRecord(dst []string) ([]string, error) {
	if r.Comma == r.Comment || !validDelim(r.Comma) || (r.Comment != 0 && !validDelim(r.Comment)) {
		return nil, errInvalidDelim
	}

	// The first line of the record: comment and empty lines are skipped.
	var line []byte
	var errRead error
	for errRead == nil {
		line, errRead = r.readLine()
		if r.Comment != 0 && nextRune(line) == r.Comment {
			line = nil
			continue
		}
		if errRead == nil && len(line) == lengthNL(line) {
			line = nil
			continue
		}
		break
	}
	if errRead == io.EOF {
		return nil, errRead
	}

	var err error
	commaLen := utf8.RuneLen(r.Comma)
	recLine := r.numLine
	r.recordBuffer = r.recordBuffer[:0]
	r.fieldIndexes = r.fieldIndexes[:0]
	r.fieldPositions = r.fieldPositions[:0]
	pos := position{line: r.numLine, col: 1}
	endField := func(at position) {
		r.fieldIndexes = append(r.fieldIndexes, len(r.recordBuffer))
		r.fieldPositions = append(r.fieldPositions, at)
	}

fields:
	for {
		if r.TrimLeadingSpace {
			i := bytes.IndexFunc(line, func(r rune) bool { return !unicode.IsSpace(r) })
			if i < 0 {
				i = len(line)
				pos.col -= lengthNL(line)
			}
			line = line[i:]
			pos.col += i
		}
		if len(line) == 0 || line[0] != '"' {
			// An unquoted field: up to the next delimiter or the end of the line.
			i := bytes.IndexRune(line, r.Comma)
			field := line
			if i >= 0 {
				field = field[:i]
			} else {
				field = field[:len(field)-lengthNL(field)]
			}
			if !r.LazyQuotes {
				if j := bytes.IndexByte(field, '"'); j >= 0 {
					err = &ParseError{StartLine: recLine, Line: r.numLine, Column: pos.col + j, Err: ErrBareQuote}
					break fields
				}
			}
			r.recordBuffer = append(r.recordBuffer, field...)
			endField(pos)
			if i < 0 {
				break fields
			}
			line = line[i+commaLen:]
			pos.col += i + commaLen
			continue fields
		}

		// A quoted field, which may go on over more lines.
		start := pos
		line = line[1:]
		pos.col++
		for {
			i := bytes.IndexByte(line, '"')
			switch {
			case i >= 0:
				r.recordBuffer = append(r.recordBuffer, line[:i]...)
				line = line[i+1:]
				pos.col += i + 1
				switch c := nextRune(line); {
				case c == '"': // a doubled quote
					r.recordBuffer = append(r.recordBuffer, '"')
					line = line[1:]
					pos.col++
				case c == r.Comma: // the field's end
					line = line[commaLen:]
					pos.col += commaLen
					endField(start)
					continue fields
				case lengthNL(line) == len(line): // the record's end
					endField(start)
					break fields
				case r.LazyQuotes: // a lone quote is kept
					r.recordBuffer = append(r.recordBuffer, '"')
				default: // something after the closing quote
					err = &ParseError{StartLine: recLine, Line: r.numLine, Column: pos.col - 1, Err: ErrQuote}
					break fields
				}
			case len(line) > 0:
				// The line ends inside the quotes: the field goes on on the next line.
				r.recordBuffer = append(r.recordBuffer, line...)
				if errRead != nil {
					break fields
				}
				pos.col += len(line)
				line, errRead = r.readLine()
				if len(line) > 0 {
					pos.line++
					pos.col = 1
				}
				if errRead == io.EOF {
					errRead = nil
				}
			default:
				// The input ends inside the quotes.
				if !r.LazyQuotes && errRead == nil {
					err = &ParseError{StartLine: recLine, Line: pos.line, Column: pos.col, Err: ErrQuote}
					break fields
				}
				endField(start)
				break fields
			}
		}
	}
	if err == nil {
		err = errRead
	}

	// One string for the whole record; the fields are slices of it.
	str := string(r.recordBuffer)
	dst = dst[:0]
	if cap(dst) < len(r.fieldIndexes) {
		dst = make([]string, len(r.fieldIndexes))
	}
	dst = dst[:len(r.fieldIndexes)]
	prev := 0
	for i, end := range r.fieldIndexes {
		dst[i] = str[prev:end]
		prev = end
	}

	if r.FieldsPerRecord > 0 {
		if len(dst) != r.FieldsPerRecord && err == nil {
			err = &ParseError{StartLine: recLine, Line: recLine, Column: 1, Err: ErrFieldCount}
		}
	} else if r.FieldsPerRecord == 0 {
		r.FieldsPerRecord = len(dst)
	}
	return dst, err
}
