// Symbolic and hard links: os.Symlink, Readlink, Link and their errors (os.LinkError with
// errors.Is and errors.As), Lstat and ReadDir of a link, and filepath.EvalSymlinks.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	dir, _ := os.MkdirTemp("", "links")
	defer os.RemoveAll(dir)
	target := filepath.Join(dir, "data.txt")
	os.WriteFile(target, []byte("hello"), 0o644)
	link := filepath.Join(dir, "current")
	fmt.Println(os.Symlink("data.txt", link))
	dest, err := os.Readlink(link)
	fmt.Println(dest, err)
	b, err := os.ReadFile(link)
	fmt.Println(string(b), err)
	fi, _ := os.Lstat(link)
	fmt.Println(fi.Mode()&fs.ModeSymlink != 0, fi.Name())
	err = os.Symlink("data.txt", link)
	fmt.Println(errors.Is(err, fs.ErrExist), err != nil)
	_, err = os.Readlink(target)
	fmt.Println(err != nil)
	hard := filepath.Join(dir, "hard.txt")
	fmt.Println(os.Link(target, hard))
	b, _ = os.ReadFile(hard)
	fmt.Println(string(b))
	var le *os.LinkError
	err = os.Link(filepath.Join(dir, "missing"), filepath.Join(dir, "x"))
	fmt.Println(errors.As(err, &le), le.Op, errors.Is(err, fs.ErrNotExist))
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		fmt.Println(e.Name(), e.Type())
	}
	r, err := filepath.EvalSymlinks(link)
	fmt.Println(filepath.Base(r), err)
}
