// EvalSymlinks: Go 1.19's path/filepath/symlink.go and symlink_unix.go, for the Unix-like
// system gort simulates (no volume names, '/' only), through os.Lstat and os.Readlink.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// EvalSymlinks returns the path name after the evaluation of any symbolic links. If path is
// relative the result will be relative to the current directory, unless one of the components
// is an absolute symbolic link. EvalSymlinks calls Clean on the result.
func EvalSymlinks(path string) (string, error) {
	return walkSymlinks(path)
}

func walkSymlinks(path string) (string, error) {
	volLen := 0
	if volLen < len(path) && os.IsPathSeparator(path[volLen]) {
		volLen++
	}
	vol := path[:volLen]
	dest := vol
	linksWalked := 0
	for start, end := volLen, volLen; start < len(path); start = end {
		for start < len(path) && os.IsPathSeparator(path[start]) {
			start++
		}
		end = start
		for end < len(path) && !os.IsPathSeparator(path[end]) {
			end++
		}
		// The next path component is in path[start:end].
		if end == start {
			break // no more path components
		} else if path[start:end] == "." {
			continue
		} else if path[start:end] == ".." {
			// Back up to the previous component if possible; volLen includes a leading slash.
			var r int
			for r = len(dest) - 1; r >= volLen; r-- {
				if os.IsPathSeparator(dest[r]) {
					break
				}
			}
			if r < volLen || dest[r+1:] == ".." {
				// dest has no slash, or ends in a ".." that had to be kept: keep this one too.
				if len(dest) > volLen {
					dest += string(os.PathSeparator)
				}
				dest += ".."
			} else {
				dest = dest[:r] // discard everything since the last slash
			}
			continue
		}
		// An ordinary component: add it, then resolve it if it is a symbolic link.
		if len(dest) > 0 && !os.IsPathSeparator(dest[len(dest)-1]) {
			dest += string(os.PathSeparator)
		}
		dest += path[start:end]
		fi, err := os.Lstat(dest)
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			if !fi.Mode().IsDir() && end < len(path) {
				return "", syscall.ENOTDIR
			}
			continue
		}
		linksWalked++
		if linksWalked > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		link, err := os.Readlink(dest)
		if err != nil {
			return "", err
		}
		path = link + path[end:]
		if len(link) > 0 && os.IsPathSeparator(link[0]) {
			// A link to an absolute path.
			dest = link[:1]
			end = 1
		} else {
			// A link to a relative path: it replaces the last component of dest.
			var r int
			for r = len(dest) - 1; r >= volLen; r-- {
				if os.IsPathSeparator(dest[r]) {
					break
				}
			}
			if r < volLen {
				dest = vol
			} else {
				dest = dest[:r]
			}
			end = 0
		}
	}
	return Clean(dest), nil
}
