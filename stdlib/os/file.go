// Files and directories: Open, Create, OpenFile, ReadFile, WriteFile, Remove, RemoveAll, Mkdir,
// MkdirAll, Rename, Stat, Lstat, ReadDir, Getwd, Chdir, TempDir, CreateTemp, MkdirTemp,
// Truncate, Chmod, and the File methods (Read, Write, ReadAt, WriteAt, Seek, Stat, ReadDir,
// Readdir, Readdirnames, Truncate, Sync, Close).
//
// Models Go 1.19's os (file.go, file_unix.go, file_posix.go, stat_unix.go, dir.go,
// removeall_noat.go, path.go, tempfile.go, types.go) over the run's file system: the system
// calls are natives (src/stdlib/native/os.ts, runtime/syscall.ts) that return an errno name,
// which becomes its syscall.Errno (errnoErr).
//
// Simplifications vs real Go: File.Sys and FileInfo.Sys return nil; no SameFile, Chown, Link,
// Symlink, Readlink or DirFS (Pipe is pipe.go's, the process calls proc.go's); the standard streams' Stat reports a
// terminal.
package os

import (
	"errors"
	"internal/poll"
	"io"
	"io/fs"
	"sort"
	"syscall"
	"time"
)

// Flags to OpenFile (linux/amd64's values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// Seek whence values (deprecated in Go: use io.SeekStart, io.SeekCurrent, io.SeekEnd).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
)

// DevNull is the name of the operating system's "null device".
const DevNull = "/dev/null"

// The defined file mode bits, as io/fs's.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo = fs.FileInfo

// A DirEntry is an entry read from a directory.
type DirEntry = fs.DirEntry

// The system calls (natives): results, then an errno name, "" on success.
func errnoNum(name string) uintptr
func sysOpen(name string, flag int, perm uint32) (int, string)
func sysClose(fd int) string
func sysRead(fd int, b []byte) (int, string)
func sysPread(fd int, b []byte, off int64) (int, string)
func sysWrite(fd int, b []byte) (int, string)
func sysPwrite(fd int, b []byte, off int64) (int, string)
func sysSeek(fd int, off int64, whence int) (int64, string)
func sysFstat(fd int) (size int64, mode uint32, mtimeNs int64, errno string)

// sysStdio is what the standard fd (0, 1 or 2) is on the host: its size and st_mode, and the
// errno every call on it fails with ("" for none: a stdout on /dev/full fails with ENOSPC).
func sysStdio(fd int) (size int64, mode uint32, errno string)

// stdioErrno is the errno every read or write of fd 0, 1 or 2 fails with ("" for none), asked
// once: what the host gave the process does not change during the run, and writes to stdout
// are the hottest calls of package os.
var stdioErrno = [3]string{stdioErr(0), stdioErr(1), stdioErr(2)}

func stdioErr(fd int) string {
	_, _, e := sysStdio(fd)
	return e
}
func sysStat(name string, follow bool) (size int64, mode uint32, mtimeNs int64, errno string)
func sysMkdir(name string, perm uint32) string
func sysUnlink(name string) string
func sysRmdir(name string) string
func sysRename(from, to string) string
func sysReaddir(fd int) ([]string, string)
func sysGetwd() (string, string)
func sysChdir(name string) string
func sysTruncate(name string, size int64) string
func sysFtruncate(fd int, size int64) string
func sysChmod(name string, mode uint32) string
func nextRandom() string

// errnoErr is a system call's error named as linux names it ("ENOENT"): its syscall.Errno.
func errnoErr(name string) error { return syscall.Errno(errnoNum(name)) }

// LinkError records an error during a link or symlink or rename system call and the paths
// that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns, as an error, a new SyscallError with the given system call name and
// error details; nil if err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// ErrProcessDone indicates a Process has finished.
var ErrProcessDone = errors.New("os: process already finished")

// ErrDeadlineExceeded is returned for an expired deadline (internal/poll's, as in Go: its
// Timeout is true).
var ErrDeadlineExceeded = poll.ErrDeadlineExceeded

// ErrNoDeadline is returned for trying to set a deadline on a file type that does not support
// deadlines.
var ErrNoDeadline = poll.ErrNoDeadline

// IsTimeout reports whether err is known to report that a timeout occurred.
func IsTimeout(err error) bool {
	terr, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && terr.Timeout()
}

// syscallMode returns the syscall-specific mode bits from Go's portable mode bits.
func syscallMode(i FileMode) (o uint32) {
	o |= uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= 0o4000
	}
	if i&ModeSetgid != 0 {
		o |= 0o2000
	}
	if i&ModeSticky != 0 {
		o |= 0o1000
	}
	return
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file (mode 0666 before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag, syscallMode(perm))
	if e != "" {
		return nil, &PathError{Op: "open", Path: name, Err: errnoErr(e)}
	}
	return &File{fd: fd, name: name, appendMode: flag&O_APPEND != 0}, nil
}

func (f *File) wrapErr(op string, e string) error {
	return &PathError{Op: op, Path: f.name, Err: errnoErr(e)}
}

// Read reads up to len(b) bytes from the File and stores them in b.
// At end of file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	if f.pipe != nil {
		if f.pipeWriter {
			return 0, &PathError{Op: "read", Path: f.name, Err: errnoErr("EBADF")}
		}
		return f.pipe.read(f, b)
	}
	if f.fd == 0 {
		if e := stdioErrno[0]; e != "" {
			return 0, f.wrapErr("read", e)
		}
		n = read(f.fd, b)
	} else if f.fd < 3 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errBadFd}
	} else {
		var e string
		n, e = sysRead(f.fd, b)
		if e != "" {
			return 0, f.wrapErr("read", e)
		}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes from the File starting at byte offset off; fewer only with an
// error (io.EOF at the end of the file).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := sysPread(f.fd, b, off)
		if e != "" {
			err = f.wrapErr("read", e)
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.pipe != nil {
		if !f.pipeWriter {
			return 0, &PathError{Op: "write", Path: f.name, Err: errnoErr("EBADF")}
		}
		return f.pipe.write(f, b)
	}
	if f.fd == 1 || f.fd == 2 {
		if e := stdioErrno[f.fd]; e != "" {
			return 0, f.wrapErr("write", e)
		}
		return write(f.fd, string(b)), nil
	}
	if f.fd == 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errBadFd}
	}
	n, e := sysWrite(f.fd, b)
	if e != "" {
		return n, f.wrapErr("write", e)
	}
	if n != len(b) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s rather than a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	if f != nil && (f.fd == 1 || f.fd == 2) && !f.closed {
		if e := stdioErrno[f.fd]; e != "" {
			return 0, f.wrapErr("write", e)
		}
		return write(f.fd, s), nil
	}
	return f.Write([]byte(s))
}

// WriteAt writes len(b) bytes to the File starting at byte offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errors.New("os: invalid use of WriteAt on file opened with O_APPEND")
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	n, e := sysPwrite(f.fd, b, off)
	if e != "" {
		return n, f.wrapErr("write", e)
	}
	return n, nil
}

// Seek sets the offset for the next Read or Write on file to offset, interpreted according to
// whence: 0 means relative to the origin of the file, 1 to the current offset, 2 to the end.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	if f.fd < 3 {
		return 0, &PathError{Op: "seek", Path: f.name, Err: errnoErr("ESPIPE")}
	}
	r, e := sysSeek(f.fd, offset, whence)
	if e != "" {
		return 0, f.wrapErr("seek", e)
	}
	f.dirNames, f.dirPos, f.dirRead = nil, 0, false
	return r, nil
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
	if f.pipe != nil {
		f.pipe.close(f)
	}
	if f.fd >= 3 {
		if e := sysClose(f.fd); e != "" {
			return f.wrapErr("close", e)
		}
	}
	return nil
}

// Sync commits the current contents of the file to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	if f.fd < 3 && f.pipe == nil {
		// fsync of a terminal, a pipe or a device fails: only a file can be synced.
		if _, mode, e := sysStdio(f.fd); e != "" {
			return f.wrapErr("sync", e)
		} else if mode&0o170000 != 0o100000 {
			return f.wrapErr("sync", "EINVAL")
		}
	}
	return nil
}

// Truncate changes the size of the file.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	if e := sysFtruncate(f.fd, size); e != "" {
		return f.wrapErr("truncate", e)
	}
	return nil
}

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.fd < 3 {
		// The standard streams: what the host gave the process (a terminal, a pipe, a file).
		size, mode, e := sysStdio(f.fd)
		if e == "EBADF" {
			return nil, f.wrapErr("stat", e)
		}
		return newFileStat(basename(f.name), size, mode, 0), nil
	}
	size, mode, mtime, e := sysFstat(f.fd)
	if e != "" {
		return nil, f.wrapErr("stat", e)
	}
	return newFileStat(basename(f.name), size, mode, mtime), nil
}

// fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.Mode().IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return nil }

// newFileStat builds a FileInfo from stat's fields, with st_mode's bits mapped as Go's
// fillFileStatFromSys maps them.
func newFileStat(name string, size int64, mode uint32, mtimeNs int64) *fileStat {
	m := FileMode(mode & 0o777)
	switch mode & 0o170000 {
	case 0o060000:
		m |= ModeDevice
	case 0o020000:
		m |= ModeDevice | ModeCharDevice
	case 0o040000:
		m |= ModeDir
	case 0o010000:
		m |= ModeNamedPipe
	case 0o120000:
		m |= ModeSymlink
	case 0o140000:
		m |= ModeSocket
	}
	if mode&0o2000 != 0 {
		m |= ModeSetgid
	}
	if mode&0o4000 != 0 {
		m |= ModeSetuid
	}
	if mode&0o1000 != 0 {
		m |= ModeSticky
	}
	return &fileStat{name: name, size: size, mode: m, modTime: time.Unix(0, mtimeNs)}
}

// basename removes trailing slashes and the leading directory name from path name.
func basename(name string) string {
	i := len(name) - 1
	for ; i > 0 && name[i] == '/'; i-- {
		name = name[:i]
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// Stat returns a FileInfo describing the named file, following symbolic links.
func Stat(name string) (FileInfo, error) {
	size, mode, mtime, e := sysStat(name, true)
	if e != "" {
		return nil, &PathError{Op: "stat", Path: name, Err: errnoErr(e)}
	}
	return newFileStat(basename(name), size, mode, mtime), nil
}

// Lstat returns a FileInfo describing the named file, not following a symbolic link.
func Lstat(name string) (FileInfo, error) {
	size, mode, mtime, e := sysStat(name, false)
	if e != "" {
		return nil, &PathError{Op: "lstat", Path: name, Err: errnoErr(e)}
	}
	return newFileStat(basename(name), size, mode, mtime), nil
}

// ReadFile reads the named file and returns the contents.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	if info, err := f.Stat(); err == nil && info.Size() > 0 && int64(int(info.Size())) == info.Size() {
		size = int(info.Size()) + 1 // one byte for the final read at EOF
	}
	data := make([]byte, 0, size)
	for {
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it if necessary (with perm, before umask),
// truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	e := sysUnlink(name)
	if e == "" {
		return nil
	}
	e1 := sysRmdir(name)
	if e1 == "" {
		return nil
	}
	// Both failed: the rmdir error, unless the name is no directory.
	if e1 != "ENOTDIR" {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: errnoErr(e)}
}

// RemoveAll removes path and any children it contains; a path that does not exist is no error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if endsWithDot(path) {
		return &PathError{Op: "RemoveAll", Path: path, Err: errnoErr("EINVAL")}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	dir, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !dir.IsDir() {
		return err
	}
	names, rerr := readDirNames(path)
	if rerr != nil {
		if IsNotExist(rerr) {
			return nil
		}
		return rerr
	}
	for _, name := range names {
		if e := RemoveAll(path + string(PathSeparator) + name); e != nil && err == nil {
			err = e
		}
	}
	err1 := Remove(path)
	if err1 == nil || IsNotExist(err1) {
		return nil
	}
	return err1
}

func endsWithDot(path string) bool {
	if path == "." {
		return true
	}
	if len(path) >= 2 && path[len(path)-1] == '.' && path[len(path)-2] == '/' {
		return true
	}
	return false
}

func readDirNames(name string) ([]string, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Readdirnames(-1)
}

// Mkdir creates a new directory with the specified name and permission bits (before umask).
func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, syscallMode(perm)); e != "" {
		return &PathError{Op: "mkdir", Path: name, Err: errnoErr(e)}
	}
	return nil
}

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool {
	return PathSeparator == c
}

// MkdirAll creates a directory named path, along with any necessary parents.
func MkdirAll(path string, perm FileMode) error {
	dir, err := Stat(path)
	if err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: errnoErr("ENOTDIR")}
	}
	// Make the parent, then path.
	i := len(path)
	for i > 0 && IsPathSeparator(path[i-1]) { // trailing separators
		i--
	}
	j := i
	for j > 0 && !IsPathSeparator(path[j-1]) { // the last element
		j--
	}
	if j > 1 {
		err = MkdirAll(path[:j-1], perm)
		if err != nil {
			return err
		}
	}
	err = Mkdir(path, perm)
	if err != nil {
		// It may have appeared meanwhile, or be there as a directory already.
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Rename renames (moves) oldpath to newpath; an existing newpath that is a directory is an
// error (EEXIST), as in Go.
func Rename(oldpath, newpath string) error {
	fi, err := Lstat(newpath)
	if err == nil && fi.IsDir() {
		if _, err := Lstat(oldpath); err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		}
		return &LinkError{"rename", oldpath, newpath, errnoErr("EEXIST")}
	}
	if e := sysRename(oldpath, newpath); e != "" {
		return &LinkError{"rename", oldpath, newpath, errnoErr(e)}
	}
	return nil
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	if e := sysTruncate(name, size); e != "" {
		return &PathError{Op: "truncate", Path: name, Err: errnoErr(e)}
	}
	return nil
}

// Chmod changes the mode of the named file to mode.
func Chmod(name string, mode FileMode) error {
	if e := sysChmod(name, syscallMode(mode)); e != "" {
		return &PathError{Op: "chmod", Path: name, Err: errnoErr(e)}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := sysSymlink(oldname, newname); e != "" {
		return &LinkError{"symlink", oldname, newname, errnoErr(e)}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	s, e := sysReadlink(name)
	if e != "" {
		return "", &PathError{Op: "readlink", Path: name, Err: errnoErr(e)}
	}
	return s, nil
}

// Link creates newname as a hard link to the oldname file.
func Link(oldname, newname string) error {
	if e := sysLink(oldname, newname); e != "" {
		return &LinkError{"link", oldname, newname, errnoErr(e)}
	}
	return nil
}

func sysSymlink(target, name string) string
func sysReadlink(name string) (string, string)
func sysLink(oldname, newname string) string

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	d, e := sysGetwd()
	if e != "" {
		return "", NewSyscallError("getwd", errnoErr(e))
	}
	return d, nil
}

// Chdir changes the current working directory to the named directory.
func Chdir(dir string) error {
	if e := sysChdir(dir); e != "" {
		return &PathError{Op: "chdir", Path: dir, Err: errnoErr(e)}
	}
	return nil
}

// TempDir returns the default directory to use for temporary files: $TMPDIR, else /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// UserHomeDir returns the current user's home directory ($HOME).
func UserHomeDir() (string, error) {
	v := Getenv("HOME")
	if v == "" {
		return "", errors.New("$HOME is not defined")
	}
	return v, nil
}

// Hostname returns the host name of the simulated machine, "gort".
func Hostname() (name string, err error) {
	return "gort", nil
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// prefixAndSuffix splits pattern by the last wildcard "*", if applicable.
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if IsPathSeparator(pattern[i]) {
			return "", "", errPatternHasSeparator
		}
	}
	if pos := lastIndex(pattern, '*'); pos != -1 {
		prefix, suffix = pattern[:pos], pattern[pos+1:]
	} else {
		prefix = pattern
	}
	return prefix, suffix, nil
}

func lastIndex(s string, sep byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == sep {
			return i
		}
	}
	return -1
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && IsPathSeparator(dir[len(dir)-1]) {
		return dir + name
	}
	return dir + string(PathSeparator) + name
}

// CreateTemp creates a new temporary file in dir (TempDir when empty), named by pattern with its
// last "*" replaced by a random string, opened for reading and writing.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

// MkdirTemp creates a new temporary directory in dir (TempDir when empty), named by pattern as
// CreateTemp names files.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: dir + string(PathSeparator) + prefix + "*" + suffix, Err: ErrExist}
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}

// dirEntry is a DirEntry of File.ReadDir: its type from lstat, its Info by lstat when asked.
type dirEntry struct {
	parent string
	name   string
	typ    FileMode
}

func (d *dirEntry) Name() string      { return d.name }
func (d *dirEntry) IsDir() bool       { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode    { return d.typ }
func (d *dirEntry) Info() (FileInfo, error) { return Lstat(d.parent + "/" + d.name) }

// names returns up to n more of the directory's names (all with n <= 0), io.EOF at the end for
// n > 0, as the Read* methods of a directory do.
func (f *File) names(n int) ([]string, error) {
	if err := f.checkValid("readdirent"); err != nil {
		return nil, err
	}
	if !f.dirRead {
		names, e := sysReaddir(f.fd)
		if e != "" {
			return nil, &PathError{Op: "readdirent", Path: f.name, Err: errnoErr(e)}
		}
		f.dirNames, f.dirRead = names, true
	}
	rest := f.dirNames[f.dirPos:]
	if n > 0 {
		if len(rest) == 0 {
			return nil, io.EOF
		}
		if n < len(rest) {
			rest = rest[:n]
		}
	}
	f.dirPos += len(rest)
	out := make([]string, len(rest))
	copy(out, rest)
	return out, nil
}

// Readdirnames reads the contents of the directory associated with file and returns a slice
// of up to n names, in directory order.
func (f *File) Readdirnames(n int) (names []string, err error) {
	return f.names(n)
}

// ReadDir reads the contents of the directory associated with the file f and returns a slice
// of up to n DirEntry values, in directory order.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	names, err := f.names(n)
	out := make([]DirEntry, 0, len(names))
	for _, name := range names {
		info, lerr := Lstat(f.name + "/" + name)
		if lerr != nil {
			if IsNotExist(lerr) {
				continue // removed meanwhile
			}
			return out, lerr
		}
		out = append(out, &dirEntry{parent: f.name, name: name, typ: info.Mode().Type()})
	}
	return out, err
}

// Readdir reads the contents of the directory associated with file and returns a slice of up to
// n FileInfo values, as would be returned by Lstat, in directory order.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, err := f.names(n)
	out := make([]FileInfo, 0, len(names))
	for _, name := range names {
		info, lerr := Lstat(f.name + "/" + name)
		if lerr != nil {
			if IsNotExist(lerr) {
				continue
			}
			return out, lerr
		}
		out = append(out, info)
	}
	return out, err
}

// ReadDir reads the named directory, returning all its directory entries sorted by filename.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].Name() < dirs[j].Name() })
	return dirs, err
}
