// io/fs over os.DirFS: WalkDir, Glob, ReadFile, Sub, ReadDir, ValidPath, a missing file's
// error, and text/template.ParseFS reading templates through the FS.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"text/template"
)

func main() {
	dir, _ := os.MkdirTemp("", "fsx")
	defer os.RemoveAll(dir)
	os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755)
	os.WriteFile(filepath.Join(dir, "a", "x.tmpl"), []byte(`{{define "x"}}X={{.}}{{end}}`), 0o644)
	os.WriteFile(filepath.Join(dir, "a", "b", "y.tmpl"), []byte(`Y[{{template "x" .}}]`), 0o644)
	fsys := os.DirFS(dir)
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println(p, d.IsDir(), err)
		return nil
	})
	m, err := fs.Glob(fsys, "a/*.tmpl")
	fmt.Println(m, err)
	b, err := fs.ReadFile(fsys, "a/b/y.tmpl")
	fmt.Println(string(b), err)
	_, err = fs.ReadFile(fsys, "nope")
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), errors.Is(err, fs.ErrNotExist), pe.Op)
	sub, _ := fs.Sub(fsys, "a")
	es, _ := fs.ReadDir(sub, ".")
	for _, e := range es {
		fmt.Println(e.Name(), e.IsDir())
	}
	t := template.Must(template.ParseFS(fsys, "a/*.tmpl", "a/b/*.tmpl"))
	t.ExecuteTemplate(os.Stdout, "y.tmpl", 5)
	fmt.Println()
	fmt.Println(fs.ValidPath("a/../b"), fs.ValidPath("a/b"))
}
