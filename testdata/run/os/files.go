// Files and directories on the host's file system, in a temporary directory: WriteFile, ReadFile,
// OpenFile with O_APPEND, Seek, ReadAt, Stat, Mkdir, MkdirAll, ReadDir, Remove, RemoveAll, Rename,
// CreateTemp, Truncate, Chdir, and the errors (PathError, LinkError, IsNotExist, errors.Is).
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "gortfs")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	p := dir + "/a.txt"
	err = os.WriteFile(p, []byte("hello\nworld\n"), 0644)
	fmt.Println("write:", err)
	b, err := os.ReadFile(p)
	fmt.Printf("read: %q %v\n", b, err)
	_, err = os.ReadFile(dir + "/missing")
	fmt.Println(strings.Replace(err.Error(), dir, "$D", 1), os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op)
	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println(err)
	f.WriteString("more\n")
	_, err = f.WriteAt([]byte("x"), 0)
	fmt.Println(err)
	f.Close()
	fmt.Println(f.Close() != nil)
	f, _ = os.Open(p)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fmt.Println("line:", sc.Text())
	}
	off, err := f.Seek(6, io.SeekStart)
	fmt.Println(off, err)
	buf := make([]byte, 5)
	n, err := f.Read(buf)
	fmt.Println(n, err, string(buf))
	n, err = f.ReadAt(buf, 100)
	fmt.Println(n, err)
	st, _ := f.Stat()
	fmt.Println(st.Name(), st.Size(), st.Mode(), st.IsDir())
	f.Close()
	os.Mkdir(dir+"/sub", 0755)
	os.MkdirAll(dir+"/sub/x/y", 0755)
	os.WriteFile(dir+"/sub/b.txt", nil, 0600)
	err = os.Mkdir(dir+"/sub", 0755)
	fmt.Println(strings.Replace(err.Error(), dir, "$D", 1), os.IsExist(err))
	entries, err := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir(), e.Type())
	}
	fi, _ := os.Stat(dir + "/sub")
	fmt.Println(fi.Name(), fi.IsDir(), fi.Mode())
	err = os.Remove(dir + "/sub")
	fmt.Println(strings.Replace(err.Error(), dir, "$D", 1))
	err = os.Rename(p, dir+"/sub")
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "$D"))
	err = os.Rename(p, dir+"/c.txt")
	fmt.Println(err)
	_, err = os.Stat(p)
	fmt.Println(os.IsNotExist(err))
	tf, err := os.CreateTemp(dir, "t*.log")
	fmt.Println(err, strings.HasPrefix(tf.Name(), dir+"/t"), strings.HasSuffix(tf.Name(), ".log"))
	tf.Close()
	_, err = os.CreateTemp(dir, "a/b")
	fmt.Println(err)
	err = os.Truncate(dir+"/c.txt", 3)
	b, _ = os.ReadFile(dir + "/c.txt")
	fmt.Printf("%q %v\n", b, err)
	_, err = os.Open(dir)
	fmt.Println(err)
	_, err = os.ReadFile(dir)
	fmt.Println(strings.Replace(err.Error(), dir, "$D", 1))
	wd, err := os.Getwd()
	fmt.Println(wd != "", err)
	fmt.Println(os.Chdir(dir), os.RemoveAll(dir+"/sub"))
	_, err = os.Stat("c.txt")
	fmt.Println(err)
	fmt.Println(os.RemoveAll(dir+"/nothing"), os.TempDir())
}
