// Package os as gort runs it: the standard files, arguments, environment and Exit; files and
// directories are in file.go.
//
// Models the parts of Go 1.19's os package (file.go, proc.go, env.go, error.go) around the
// process. The kernels are natives in src/stdlib/native/os.ts.
// PathError and the portable errors are io/fs's, re-exported as in real Go.
package os

import (
	"errors"
	"io/fs"
	"syscall"
)

// File represents an open file descriptor.
type File struct {
	fd     int
	name   string
	closed bool
	// appendMode: opened with O_APPEND (WriteAt refuses it, as Go's does).
	appendMode bool
	// dirNames and dirPos: a directory's names, read at its first ReadDir, and how many were
	// returned.
	dirNames []string
	dirPos   int
	dirRead  bool
	// pipe: the pipe of an end from Pipe (fd -1); pipeWriter: the end is the write end.
	pipe       *pipe
	pipeWriter bool
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = &File{fd: 0, name: "/dev/stdin"}
	Stdout = &File{fd: 1, name: "/dev/stdout"}
	Stderr = &File{fd: 2, name: "/dev/stderr"}
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

// underlyingErrorIs unwraps only *PathError, *LinkError and *SyscallError (as Go's os does)
// before comparing, then asks a system call's error (as syscall.Errno.Is answers).
func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
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
	// syscall.Setenv's checks: an empty key, or one with '=' or NUL, or a NUL in the value.
	invalid := len(key) == 0
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			invalid = true
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			invalid = true
		}
	}
	if invalid {
		return NewSyscallError("setenv", errnoErr("EINVAL"))
	}
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
	if f == nil || f.fd < 0 {
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

