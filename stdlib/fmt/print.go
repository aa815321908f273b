// Package fmt as gort runs it: formatted I/O with functions analogous to C's printf and scanf.
//
// Models Go 1.19's fmt/print.go and fmt/errors.go. The printer itself (operand walking, verbs,
// flags, Stringer/error/Formatter/GoStringer handling) is native, in src/stdlib/native/fmt*.ts;
// the functions that write to an io.Writer are Go code here, so a user's Writer sees exactly
// the Write calls real fmt makes: one per Fprint* call.
//
// Scanning is in scan.go.
package fmt

import (
	"errors"
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method.
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.
type Formatter interface {
	Format(f State, verb rune)
}

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string

// Sprint formats using the default formats for its operands and returns the resulting string.
// Spaces are added between operands when neither is a string.
func Sprint(a ...any) string

// Sprintln formats using the default formats for its operands and returns the resulting string.
// Spaces are always added between operands and a newline is appended.
func Sprintln(a ...any) string

// errorf formats like Sprintf and also returns the operand of a valid %w verb, if any.
func errorf(format string, a ...any) (string, error)

// The printing functions below are at Go's lines of print.go (//gort:line), and call the
// Writer from Go's line, so that a stack through them (a panic in a Writer, a -race report)
// shows Go's frames and lines. An *os.File takes the string itself.

// Fprintf formats according to a format specifier and writes to w.
//gort:line 202
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	s := Sprintf(format, a...)
	f, isFile := w.(*os.File)
	if isFile { n, err = f.WriteString(s) } else { n, err = w.Write([]byte(s)) }
	return
}

// Printf formats according to a format specifier and writes to standard output.
//gort:line 212
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Fprint formats using the default formats for its operands and writes to w.
//gort:line 240
func Fprint(w io.Writer, a ...any) (n int, err error) {
	s := Sprint(a...)
	f, isFile := w.(*os.File)
	if isFile { n, err = f.WriteString(s) } else { n, err = w.Write([]byte(s)) }
	return
}

// Print formats using the default formats for its operands and writes to standard output.
//gort:line 251
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Fprintln formats using the default formats for its operands and writes to w.
//gort:line 282
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	s := Sprintln(a...)
	f, isFile := w.(*os.File)
	if isFile { n, err = f.WriteString(s) } else { n, err = w.Write([]byte(s)) }
	return
}

// Println formats using the default formats for its operands and writes to standard output.
//gort:line 293
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Appendf formats according to a format specifier, appends the result to the byte slice.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Append formats using the default formats for its operands, appends the result to b.
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

// Appendln formats using the default formats for its operands, appends the result to b.
func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

// Errorf formats according to a format specifier and returns the string as a value that
// satisfies error. With a %w verb whose operand is an error, the result has an Unwrap method
// returning that operand. A second %w, or %w with a non-error operand, is a bad verb.
func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a...)
	if wrapped == nil {
		return errors.New(s)
	}
	return &wrapError{s, wrapped}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}
