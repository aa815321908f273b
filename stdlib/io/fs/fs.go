// Package fs as gort runs it: the file-system error values and PathError.
//
// Models the error parts of Go 1.19's io/fs (fs.go: ErrInvalid ... ErrClosed, PathError;
// the values come from internal/oserror in real Go) and FileMode with its String method.
// Package os re-exports these, so os.ErrNotExist == fs.ErrNotExist and an *os.PathError
// prints as *fs.PathError with %T, as in real Go.
//
// FileInfo and DirEntry, which package os returns, are here as in Go.
//
// Simplifications vs real Go: no FS, File, Glob, ReadFile or WalkDir over an FS value.
package fs

import (
	"errors"
	"time"
)

// A FileInfo describes a file and is returned by Stat.
type FileInfo interface {
	Name() string       // base name of the file
	Size() int64        // length in bytes for regular files; system-dependent for others
	Mode() FileMode     // file mode bits
	ModTime() time.Time // modification time
	IsDir() bool        // abbreviation for Mode().IsDir()
	Sys() any           // underlying data source (can return nil)
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

// SkipDir is used as a return value from WalkDirFuncs to skip the directory named in the call.
var SkipDir = errors.New("skip this directory")

// WalkDirFunc is the type of the function called by WalkDir to visit each file or directory.
type WalkDirFunc func(path string, d DirEntry, err error) error

// Generic file system errors.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

// The defined file mode bits, in the order String prints their letters.
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: is a directory
	ModeAppend                                     // a: append-only
	ModeExclusive                                  // l: exclusive use
	ModeTemporary                                  // T: temporary file
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device file
	ModeNamedPipe                                  // p: named pipe (FIFO)
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: setuid
	ModeSetgid                                     // g: setgid
	ModeCharDevice                                 // c: Unix character device
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: non-regular file

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular
	ModePerm FileMode = 0777
)

func (m FileMode) String() string {
	const letters = "dalTLDpSugct?"
	var buf [32]byte
	w := 0
	for i, c := range letters {
		if m&(1<<uint(32-1-i)) != 0 {
			buf[w] = byte(c)
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(1<<uint(9-1-i)) != 0 {
			buf[w] = byte(c)
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m describes a regular file.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the Unix permission bits in m.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns type bits in m.
func (m FileMode) Type() FileMode { return m & ModeType }
