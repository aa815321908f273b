// Directories: Mkdir, MkdirAll, ReadDir, Readdirnames, Rename, Remove, RemoveAll, Getwd,
// Chdir, MkdirTemp, CreateTemp and filepath.WalkDir, on paths relative to the working directory.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func show(dir string) {
	es, err := os.ReadDir(dir)
	var names []string
	for _, e := range es {
		n := e.Name()
		if e.IsDir() {
			n += "/"
		}
		names = append(names, n)
	}
	fmt.Println(dir, names, err)
}

func main() {
	start, _ := os.Getwd()
	fmt.Println(os.Mkdir("d", 0777))
	st, _ := os.Stat("d")
	fmt.Println(st.Mode(), st.IsDir())
	err := os.Mkdir("d", 0755)
	fmt.Println(err, os.IsExist(err))
	fmt.Println(os.Mkdir("x/y", 0755))
	fmt.Println(os.MkdirAll("d/e/f/", 0700), os.MkdirAll("d/e", 0755))
	st, _ = os.Stat("d/e/f")
	fmt.Println(st.Mode())
	os.WriteFile("d/z.txt", []byte("z"), 0644)
	os.WriteFile("d/a.txt", []byte("aa"), 0644)
	os.WriteFile("d/e/m.txt", []byte("m"), 0644)
	fmt.Println(os.MkdirAll("d/z.txt/q", 0755))
	fmt.Println(os.Mkdir("d/z.txt/q", 0755))
	show("d")
	show("d/e")
	show("nope")
	show("d/z.txt")
	f, _ := os.Open("d")
	names, err := f.Readdirnames(2)
	fmt.Println(len(names), err)
	names, err = f.Readdirnames(5)
	fmt.Println(len(names), err)
	names, err = f.Readdirnames(5)
	fmt.Println(len(names), err)
	f.Close()
	f, _ = os.Open("d")
	_, err = f.Read(make([]byte, 1))
	fmt.Println(err)
	f.Close()
	_, err = os.OpenFile("d", os.O_WRONLY, 0)
	fmt.Println(err)
	_, err = os.OpenFile("d", os.O_RDWR|os.O_CREATE, 0644)
	fmt.Println(err)
	_, err = os.Create("new/")
	fmt.Println(err)

	fmt.Println(os.Remove("d"))
	fmt.Println(os.Remove("d/e/m.txt/"))
	fmt.Println(os.Remove("missing"))
	fmt.Println(os.Rename("d/a.txt", "d/e/b.txt"))
	fmt.Println(os.Rename("d/a.txt", "d/c.txt"))
	fmt.Println(os.Rename("d/z.txt", "d/e"))
	fmt.Println(os.Rename("d/e", "d/z.txt"))
	fmt.Println(os.Rename("d", "d/e/inside"))
	fmt.Println(os.Rename("d/e/b.txt", "d/y.txt"))
	fmt.Println(os.Rename("d/e/f", "g"))
	fmt.Println(os.Rename("d/z.txt/", "h"))
	show("d")
	show(".")

	fmt.Println(os.Chdir("d/e"))
	wd, err := os.Getwd()
	fmt.Println(strings.TrimPrefix(wd, start), err)
	b, err := os.ReadFile("../y.txt")
	fmt.Printf("%q %v\n", b, err)
	fmt.Println(os.Chdir("../z.txt"), os.Chdir("nope"))
	fmt.Println(os.Chdir(".."))
	wd, _ = os.Getwd()
	fmt.Println(strings.TrimPrefix(wd, start))
	fmt.Println(os.Chdir(start))

	td, err := os.MkdirTemp(".", "tmp-*-x")
	fmt.Println(err, strings.HasPrefix(td, "./tmp-"), strings.HasSuffix(td, "-x"))
	tf, err := os.CreateTemp(td, "f*.txt")
	fmt.Println(err, strings.HasPrefix(tf.Name(), td+"/f"))
	tf.WriteString("temp")
	tf.Close()
	st, _ = os.Stat(td)
	fmt.Println(st.Mode())
	st, _ = os.Stat(tf.Name())
	fmt.Println(st.Mode(), st.Size())
	_, err = os.CreateTemp("", "bad/pattern")
	fmt.Println(err)
	_, err = os.MkdirTemp("nope", "x")
	fmt.Println(err)
	sys, err := os.MkdirTemp("", "sys")
	fmt.Println(err, os.RemoveAll(sys))
	fmt.Println(os.Rename(td, "tmpdir"))

	filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		info, _ := d.Info()
		size := int64(-1)
		if !d.IsDir() {
			size = info.Size()
		}
		if strings.HasPrefix(d.Name(), "f") && !d.IsDir() {
			p = "tmpfile"
		}
		fmt.Println("walk", p, d.IsDir(), size, err)
		return nil
	})
	fmt.Println(os.Remove("tmpdir"))
	fmt.Println(os.RemoveAll("d"), os.RemoveAll("g"), os.RemoveAll("h"), os.RemoveAll("tmpdir"), os.RemoveAll("nope"))
	fmt.Println(os.RemoveAll("."), os.RemoveAll("x/.."))
	show(".")
}
