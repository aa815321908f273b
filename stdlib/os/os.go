// Package os as gort runs it: the standard files, arguments, environment and Exit.
//
// Models the parts of Go 1.19's os package (file.go, proc.go, env.go, error.go) that a
// program without a file system uses. The simulated process has only fds 0, 1 and 2; the
// kernels that touch them are natives in src/stdlib/native/os.ts.
//
// Simplifications vs real Go: no Open/Create/ReadFile and no other file-system calls: they
// are left undeclared, so a program using them fails to compile with "gort: os.Open is not
// supported yet" (src/frontend/stdapi.gen.ts lists what Go exports).
// PathError and the portable errors are io/fs's, re-exported as in real Go.
package os

import (
	"errors"
	"io"
	"io/fs"
)

// File represents an open file descriptor.
type File struct {
	fd     int
	name   string
	closed bool
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = &File{0, "/dev/stdin", false}
	Stdout = &File{1, "/dev/stdout", false}
	Stderr = &File{2, "/dev/stderr", false}
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtime_args()

// Portable analogs of some common system call errors.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
	errBadFd      = errors.New("bad file descriptor")
)

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// A FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// IsNotExist reports whether err is known to report that a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsExist reports whether err is known to report that a file or directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsPermission reports whether err is known to report that permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// underlyingErrorIs unwraps only *PathError (as Go's os does) before comparing.
func underlyingErrorIs(err, target error) bool {
	if err == target {
		return true
	}
	if pe, ok := err.(*PathError); ok {
		return pe.Err == target
	}
	return false
}

func runtime_args() []string
func write(fd int, s string) int
func read(fd int, b []byte) int

// Exit causes the current program to exit with the given status code.
// The program terminates immediately; deferred functions are not run.
func Exit(code int)

// LookupEnv retrieves the value of the environment variable named by the key.
func LookupEnv(key string) (string, bool)

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	setenv(key, value)
	return nil
}

func setenv(key, value string)

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}

func unsetenv(key string)

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// Getpid returns the process id of the caller.
func Getpid() int { return 1 }

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// WriteString is like Write, but writes the contents of string s rather than a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.fd == 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errBadFd}
	}
	return write(f.fd, s), nil
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	return f.WriteString(string(b))
}

// Read reads up to len(b) bytes from the File and stores them in b.
// At end of file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if f.fd != 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errBadFd}
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = read(f.fd, b)
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Close closes the File, rendering it unusable for I/O.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	return nil
}
