package json

// The scanner is a byte-at-a-time state machine over JSON text, as in Go's scanner.go: each
// step returns what the byte did (an op below), and an invalid byte yields a SyntaxError with
// Go's text ("invalid character 'x' looking for beginning of value") and offset.

import "strconv"

// Valid reports whether data is a valid JSON encoding.
func Valid(data []byte) bool {
	var s scanner
	return checkValid(data, &s) == nil
}

func checkValid(data []byte, s *scanner) error {
	s.reset()
	for _, c := range data {
		s.bytes++
		if s.step(s, c) == scanError {
			return s.err
		}
	}
	if s.eof() == scanError {
		return s.err
	}
	return nil
}

// A SyntaxError is a description of a JSON syntax error.
type SyntaxError struct {
	msg    string
	Offset int64 // error occurred after reading Offset bytes
}

func (e *SyntaxError) Error() string { return e.msg }

// What a step did with its byte.
const (
	scanContinue     = iota // an uninteresting byte
	scanBeginLiteral        // end implied by the next result != scanContinue
	scanBeginObject
	scanObjectKey   // just finished an object key (':')
	scanObjectValue // just finished a non-last object value (',')
	scanEndObject
	scanBeginArray
	scanArrayValue // just finished a non-last array value (',')
	scanEndArray
	scanSkipSpace // space byte; can skip (ops from here on end a value)
	scanEnd       // top-level value ended before this byte
	scanError
)

// Where in a composite value the scanner is.
const (
	parseObjectKey = iota
	parseObjectValue
	parseArrayValue
)

const maxNestingDepth = 10000

type scanner struct {
	step       func(*scanner, byte) int
	endTop     bool
	parseState []int
	err        error
	bytes      int64
	lit        string // the literal being read (true, false, null)
	litPos     int
	hexLeft    int // hex digits still due in a \u escape
}

func (s *scanner) reset() {
	s.step = stateBeginValue
	s.parseState = s.parseState[:0]
	s.err = nil
	s.endTop = false
}

// eof tells the scanner the input has ended.
func (s *scanner) eof() int {
	if s.err != nil {
		return scanError
	}
	if s.endTop {
		return scanEnd
	}
	s.step(s, ' ')
	if s.endTop {
		return scanEnd
	}
	if s.err == nil {
		s.err = &SyntaxError{"unexpected end of JSON input", s.bytes}
	}
	return scanError
}

func (s *scanner) push(newState int, op int) int {
	s.parseState = append(s.parseState, newState)
	if len(s.parseState) > maxNestingDepth {
		s.step = stateError
		s.err = &SyntaxError{"exceeded max depth", s.bytes}
		return scanError
	}
	return op
}

func (s *scanner) pop() {
	n := len(s.parseState) - 1
	s.parseState = s.parseState[:n]
	if n == 0 {
		s.step = stateEndTop
		s.endTop = true
	} else {
		s.step = stateEndValue
	}
}

func isSpace(c byte) bool {
	return c <= ' ' && (c == ' ' || c == '\t' || c == '\r' || c == '\n')
}

func (s *scanner) error(c byte, context string) int {
	s.step = stateError
	s.err = &SyntaxError{"invalid character " + quoteChar(c) + " " + context, s.bytes}
	return scanError
}

func quoteChar(c byte) string {
	switch c {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	q := strconv.Quote(string(rune(c)))
	return "'" + q[1:len(q)-1] + "'"
}

func stateError(s *scanner, c byte) int { return scanError }

func stateBeginValueOrEmpty(s *scanner, c byte) int {
	if isSpace(c) {
		return scanSkipSpace
	}
	if c == ']' {
		return stateEndValue(s, c)
	}
	return stateBeginValue(s, c)
}

func stateBeginValue(s *scanner, c byte) int {
	if isSpace(c) {
		return scanSkipSpace
	}
	switch {
	case c == '{':
		s.step = stateBeginStringOrEmpty
		return s.push(parseObjectKey, scanBeginObject)
	case c == '[':
		s.step = stateBeginValueOrEmpty
		return s.push(parseArrayValue, scanBeginArray)
	case c == '"':
		s.step = stateInString
	case c == '-':
		s.step = stateNeg
	case c == '0':
		s.step = state0
	case '1' <= c && c <= '9':
		s.step = state1
	case c == 't' || c == 'f' || c == 'n':
		s.lit, s.litPos = map[byte]string{'t': "true", 'f': "false", 'n': "null"}[c], 1
		s.step = stateLiteral
	default:
		return s.error(c, "looking for beginning of value")
	}
	return scanBeginLiteral
}

func stateBeginStringOrEmpty(s *scanner, c byte) int {
	if isSpace(c) {
		return scanSkipSpace
	}
	if c == '}' {
		s.parseState[len(s.parseState)-1] = parseObjectValue
		return stateEndValue(s, c)
	}
	return stateBeginString(s, c)
}

func stateBeginString(s *scanner, c byte) int {
	if isSpace(c) {
		return scanSkipSpace
	}
	if c == '"' {
		s.step = stateInString
		return scanBeginLiteral
	}
	return s.error(c, "looking for beginning of object key string")
}

// stateEndValue is the state after a value: what may follow depends on the enclosing composite.
func stateEndValue(s *scanner, c byte) int {
	n := len(s.parseState)
	if n == 0 {
		s.step = stateEndTop
		s.endTop = true
		return stateEndTop(s, c)
	}
	if isSpace(c) {
		s.step = stateEndValue
		return scanSkipSpace
	}
	switch s.parseState[n-1] {
	case parseObjectKey:
		if c == ':' {
			s.parseState[n-1] = parseObjectValue
			s.step = stateBeginValue
			return scanObjectKey
		}
		return s.error(c, "after object key")
	case parseObjectValue:
		if c == ',' {
			s.parseState[n-1] = parseObjectKey
			s.step = stateBeginString
			return scanObjectValue
		}
		if c == '}' {
			s.pop()
			return scanEndObject
		}
		return s.error(c, "after object key:value pair")
	default:
		if c == ',' {
			s.step = stateBeginValue
			return scanArrayValue
		}
		if c == ']' {
			s.pop()
			return scanEndArray
		}
		return s.error(c, "after array element")
	}
}

func stateEndTop(s *scanner, c byte) int {
	if !isSpace(c) {
		s.error(c, "after top-level value")
	}
	return scanEnd
}

func stateInString(s *scanner, c byte) int {
	switch {
	case c == '"':
		s.step = stateEndValue
	case c == '\\':
		s.step = stateInStringEsc
	case c < 0x20:
		return s.error(c, "in string literal")
	}
	return scanContinue
}

func stateInStringEsc(s *scanner, c byte) int {
	switch c {
	case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
		s.step = stateInString
	case 'u':
		s.step, s.hexLeft = stateInStringEscU, 4
	default:
		return s.error(c, "in string escape code")
	}
	return scanContinue
}

func stateInStringEscU(s *scanner, c byte) int {
	if '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' {
		s.hexLeft--
		if s.hexLeft == 0 {
			s.step = stateInString
		}
		return scanContinue
	}
	return s.error(c, "in \\u hexadecimal character escape")
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func stateNeg(s *scanner, c byte) int {
	if c == '0' {
		s.step = state0
		return scanContinue
	}
	if '1' <= c && c <= '9' {
		s.step = state1
		return scanContinue
	}
	return s.error(c, "in numeric literal")
}

func state1(s *scanner, c byte) int {
	if isDigit(c) {
		return scanContinue
	}
	return state0(s, c)
}

func state0(s *scanner, c byte) int {
	switch c {
	case '.':
		s.step = stateDot
		return scanContinue
	case 'e', 'E':
		s.step = stateE
		return scanContinue
	}
	return stateEndValue(s, c)
}

func stateDot(s *scanner, c byte) int {
	if isDigit(c) {
		s.step = stateDot0
		return scanContinue
	}
	return s.error(c, "after decimal point in numeric literal")
}

func stateDot0(s *scanner, c byte) int {
	if isDigit(c) {
		return scanContinue
	}
	if c == 'e' || c == 'E' {
		s.step = stateE
		return scanContinue
	}
	return stateEndValue(s, c)
}

func stateE(s *scanner, c byte) int {
	if c == '+' || c == '-' {
		s.step = stateESign
		return scanContinue
	}
	return stateESign(s, c)
}

func stateESign(s *scanner, c byte) int {
	if isDigit(c) {
		s.step = stateE0
		return scanContinue
	}
	return s.error(c, "in exponent of numeric literal")
}

func stateE0(s *scanner, c byte) int {
	if isDigit(c) {
		return scanContinue
	}
	return stateEndValue(s, c)
}

// stateLiteral reads the rest of true, false or null.
func stateLiteral(s *scanner, c byte) int {
	want := s.lit[s.litPos]
	if c != want {
		return s.error(c, "in literal "+s.lit+" (expecting "+quoteChar(want)+")")
	}
	s.litPos++
	if s.litPos == len(s.lit) {
		s.step = stateEndValue
	}
	return scanContinue
}
