// Edge cases: trailing slashes, dots, the umask, renames over files, big and sparse files,
// and many descriptors.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	fmt.Println(os.Mkdir("a/", 0777), os.Mkdir("a/.", 0777), os.Mkdir("a/..", 0777), os.Mkdir("/", 0777))
	fmt.Println(os.Mkdir("a/b/../c", 0777), os.Mkdir("a/./d", 0777))
	fmt.Println(os.Mkdir("a/c", 0755), os.Mkdir("a/e", 0755), os.Mkdir("a/e/f", 0755), os.Mkdir("a/c/k", 0755))
	fmt.Println(os.Remove("a/."), os.Remove("a/c/k/"), os.Remove("a/.."), os.Remove("a/c/k/"))
	os.WriteFile("a/f", []byte("file"), 0777)
	st, _ := os.Stat("a/f")
	fmt.Println(st.Mode())
	fmt.Println(os.Mkdir("a/f/", 0755))
	_, err := os.Stat("a/f/.")
	fmt.Println(err)
	_, err = os.Stat("a/f/..")
	fmt.Println(err)
	_, err = os.Stat("a/nope/..")
	fmt.Println(err)
	_, err = os.Stat("a/./c/../f")
	fmt.Println(err)
	_, err = os.OpenFile("a/.", os.O_RDONLY|os.O_CREATE, 0644)
	fmt.Println(err)
	_, err = os.OpenFile("a/.", os.O_RDONLY|os.O_CREATE|os.O_EXCL, 0644)
	fmt.Println(err)
	_, err = os.OpenFile("a/f/", os.O_RDONLY|os.O_CREATE, 0644)
	fmt.Println(err)
	_, err = os.OpenFile("a", os.O_RDONLY|os.O_TRUNC, 0)
	fmt.Println(err)

	os.WriteFile("a/g", []byte("gg"), 0600)
	fmt.Println(os.Rename("a/f", "a/g"))
	b, err := os.ReadFile("a/g")
	fmt.Printf("%q %v\n", b, err)
	fmt.Println(os.Rename("a/g", "a/g"), os.Rename("a/c", "a/c"))
	fmt.Println(os.Rename("a/g", "a/h/"), os.Rename("a/c/", "a/e/"))
	fmt.Println(os.Rename("a/nope", "a/x"), os.Rename("a/g", "a/nope/x"))
	fmt.Println(os.Rename("a/e", "a/e/f/g"), os.Rename("a/e/f", "a/e/f/g"), os.Rename("a/e/f", "a/e/f"))
	fmt.Println(os.Rename("a/e/f", "a/e2"), os.Rename("a/e2", "a/e/f/"), os.Rename(".", "a/z"))
	es, _ := os.ReadDir("a")
	for _, e := range es {
		fmt.Println(e.Name(), e.IsDir(), e.Type())
	}

	// A large file written in pieces, and one made by seeking far.
	f, _ := os.Create("big")
	chunk := make([]byte, 4096)
	for i := range chunk {
		chunk[i] = byte(i)
	}
	for i := 0; i < 300; i++ {
		f.Write(chunk)
	}
	f.Close()
	b, err = os.ReadFile("big")
	fmt.Println(len(b), err, b[4097], b[len(b)-1])
	f, _ = os.OpenFile("big", os.O_RDWR, 0)
	f.Seek(2<<20, io.SeekStart)
	f.Write([]byte{7})
	st, _ = f.Stat()
	fmt.Println(st.Size())
	one := make([]byte, 1)
	f.ReadAt(one, 1<<20+5)
	fmt.Println(one[0])
	f.Close()

	// Descriptors: many open at once, reused lowest first.
	var fs []*os.File
	for i := 0; i < 50; i++ {
		f, err := os.Open("big")
		if err != nil {
			fmt.Println(err)
			break
		}
		fs = append(fs, f)
	}
	for _, f := range fs {
		f.Close()
	}
	fmt.Println(len(fs))
	fmt.Println(os.RemoveAll("a"), os.Remove("big"))
}
