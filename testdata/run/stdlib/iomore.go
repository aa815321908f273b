// Exercises io's combinators (MultiReader, MultiWriter, TeeReader, LimitReader,
// SectionReader, CopyN, NopCloser, ioutil.ReadAll) and io/fs errors as os re-exports them.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"io/ioutil"
	"os"
	"strings"
)

func main() {
	mr := io.MultiReader(strings.NewReader("abc"), strings.NewReader(""), strings.NewReader("def"))
	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, &b)
	n, err := io.Copy(mw, io.TeeReader(mr, os.Stdout))
	fmt.Println()
	fmt.Println(n, err, a.String(), b.String())
	data, err := ioutil.ReadAll(io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Printf("%s %v\n", data, err)
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	buf := make([]byte, 3)
	k, err := sr.ReadAt(buf, 3)
	fmt.Println(k, err, string(buf[:k]), sr.Size())
	pos, err := sr.Seek(1, io.SeekStart)
	rest, _ := io.ReadAll(sr)
	fmt.Println(pos, err, string(rest))
	written, err := io.CopyN(os.Stdout, strings.NewReader("copyN!"), 4)
	fmt.Println("", written, err)
	written, err = io.CopyN(io.Discard, strings.NewReader("ab"), 4)
	fmt.Println(written, err)
	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	var rs io.ReadSeeker = strings.NewReader("seek")
	rs.Seek(2, io.SeekStart)
	tail, _ := io.ReadAll(rs)
	fmt.Println(string(tail))
	fmt.Println(os.ErrNotExist == fs.ErrNotExist, os.ErrNotExist)
	perr := &os.PathError{Op: "open", Path: "/nope", Err: fs.ErrNotExist}
	fmt.Printf("%T %v %v %v\n", perr, perr, errors.Is(perr, os.ErrNotExist), os.IsNotExist(perr))
	var pe *fs.PathError
	fmt.Println(errors.As(fmt.Errorf("wrap: %w", perr), &pe), pe.Path)
	fmt.Println(fs.FileMode(0755), fs.ModeDir|0644, os.FileMode(0).IsRegular())
}
