// A removed working directory: "." still stats, lists nothing (ENOENT) and takes no new
// entries; relative paths through ".." still work; an O_APPEND write after a seek appends.
// NodeFS keeps its working directory as a path, so only MemFS and Go are compared.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	fmt.Println(os.Remove("/"), os.Mkdir("", 0755), os.Chdir(""))
	os.WriteFile("f", []byte("abc"), 0644)
	fmt.Println(os.Rename("f", "./f"), os.Rename("./f", "f/"))
	os.Mkdir("gone", 0755)
	os.Mkdir("keep", 0755)
	fmt.Println(os.Chdir("gone"))
	fmt.Println(os.Remove("../gone"))
	_, err := os.Stat(".")
	fmt.Println(err)
	_, err = os.ReadDir(".")
	fmt.Println(err)
	fmt.Println(os.WriteFile("x", nil, 0644))
	fmt.Println(os.Mkdir("y", 0755))
	_, err = os.Stat("../keep")
	fmt.Println(err)
	fmt.Println(os.Chdir("../keep"))
	fmt.Println(os.WriteFile("../f2", []byte("12345"), 0644))
	f, _ := os.OpenFile("../f2", os.O_RDWR|os.O_APPEND, 0)
	f.Seek(1, io.SeekStart)
	f.Write([]byte("Z"))
	pos, _ := f.Seek(0, io.SeekCurrent)
	fmt.Println(pos)
	f.Seek(0, io.SeekStart)
	b, _ := io.ReadAll(f)
	fmt.Printf("%q\n", b)
	f.Close()
	d, _ := os.Open("..")
	n, _ := d.Seek(0, io.SeekCurrent)
	fmt.Println(n)
	names, err := d.Readdirnames(-1)
	fmt.Println(names, err)
	d.Close()
	fmt.Println(os.Chmod("..", 0700))
	st, _ := os.Stat("..")
	fmt.Println(st.Mode())
	fmt.Println(os.Chmod("..", 0755))
	fmt.Println(os.Rename("../f", "../keep/"), os.Rename("../keep", "../f"), os.Remove("../keep/."))
	fmt.Println(os.Chdir(".."), os.RemoveAll("keep"), os.Remove("f"), os.Remove("f2"))
}
