// path/filepath over the host's file system: WalkDir and Walk with SkipDir, a missing root, Glob
// with a bad pattern, and Abs after Chdir.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "walk")
	defer os.RemoveAll(dir)
	for _, p := range []string{"b/2.txt", "a/1.go", "a/z/3.go", "c.go", "a/skip/4.txt"} {
		full := filepath.Join(dir, p)
		os.MkdirAll(filepath.Dir(full), 0755)
		os.WriteFile(full, []byte(p), 0644)
	}
	rel := func(p string) string { return strings.TrimPrefix(p, dir) }
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if d.IsDir() && d.Name() == "skip" {
			return filepath.SkipDir
		}
		fmt.Println("walkdir", rel(p), d.IsDir(), err)
		return nil
	})
	filepath.Walk(dir, func(p string, info fs.FileInfo, err error) error {
		fmt.Println("walk", rel(p), info.Size() >= 0, info.IsDir(), err)
		if info.Name() == "a" {
			return filepath.SkipDir
		}
		return nil
	})
	err := filepath.WalkDir(filepath.Join(dir, "nope"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("cb", rel(p), d == nil, err != nil)
		return err
	})
	fmt.Println(err != nil)
	m, err := filepath.Glob(filepath.Join(dir, "*", "*.go"))
	for _, x := range m {
		fmt.Println("glob", rel(x))
	}
	fmt.Println(err)
	_, err = filepath.Glob("[")
	fmt.Println(err)
	os.Chdir(dir)
	abs, err := filepath.Abs("a/../c.go")
	fmt.Println(rel(abs), err)
}
