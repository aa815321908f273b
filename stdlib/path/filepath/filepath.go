// Package filepath implements utility routines for manipulating file name paths, for the
// Unix-like system gort simulates (Separator '/').
//
// Models Go 1.19's path/filepath (path.go, path_unix.go, match.go) for the purely lexical
// functions; on Unix they agree with package path, so most forward to it. The functions that
// read the file system are in walk.go (Abs, Glob, Walk, WalkDir) and symlink.go (EvalSymlinks).
package filepath

import (
	"errors"
	"io/fs"
	"path"
	"strings"
)

const (
	Separator     = '/' // OS-specific path separator
	ListSeparator = ':' // OS-specific path list separator
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = path.ErrBadPattern

// SkipDir is used as a return value from WalkFuncs to skip a directory (io/fs's).
var SkipDir error = fs.SkipDir

func Clean(p string) string                      { return path.Clean(p) }
func Join(elem ...string) string                 { return path.Join(elem...) }
func Split(p string) (dir, file string)          { return path.Split(p) }
func Ext(p string) string                        { return path.Ext(p) }
func Base(p string) string                       { return path.Base(p) }
func Dir(p string) string                        { return path.Dir(p) }
func IsAbs(p string) bool                        { return path.IsAbs(p) }
func Match(pattern, name string) (matched bool, err error) { return path.Match(pattern, name) }
func ToSlash(p string) string                    { return p }
func FromSlash(p string) string                  { return p }
func VolumeName(p string) string                 { return "" }

// SplitList splits a list of paths joined by ListSeparator.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// Rel returns a relative path that is lexically equivalent to targpath when joined to
// basepath, or an error if there is none.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	baseSlashed := len(base) > 0 && base[0] == Separator
	targSlashed := len(targ) > 0 && targ[0] == Separator
	if baseSlashed != targSlashed {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	// Position base[b0:bi] and targ[t0:ti] at the first differing elements.
	bl, tl := len(base), len(targ)
	var b0, bi, t0, ti int
	for {
		for bi < bl && base[bi] != Separator {
			bi++
		}
		for ti < tl && targ[ti] != Separator {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0, t0 = bi, ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if b0 != bl {
		// Base elements left over: go up once per element, then down into targ.
		seps := strings.Count(base[b0:bl], string(Separator))
		size := 2 + seps*3
		if tl != t0 {
			size += 1 + tl - t0
		}
		buf := make([]byte, size)
		n := copy(buf, "..")
		for i := 0; i < seps; i++ {
			buf[n] = Separator
			copy(buf[n+1:], "..")
			n += 3
		}
		if t0 != tl {
			buf[n] = Separator
			copy(buf[n+1:], targ[t0:])
		}
		return string(buf), nil
	}
	return targ[t0:], nil
}
