// bytes' Cut, IndexFunc, LastIndexFunc, LastIndexAny, Map, Replace (a copy, nil for nil), SplitAfterN,
// Title, ToTitle, ToValidUTF8; and io/ioutil's file helpers.
package main

import (
	"bytes"
	"fmt"
	"io/ioutil"
	"os"
	"unicode"
)

func main() {
	b, a, ok := bytes.Cut([]byte("key=value=x"), []byte("="))
	fmt.Printf("%q %q %v\n", b, a, ok)
	b, a, ok = bytes.Cut([]byte("novalue"), []byte("="))
	fmt.Printf("%q %q %v %v\n", b, a, ok, a == nil)
	s := []byte("héllo, Wörld 42")
	fmt.Println(bytes.IndexFunc(s, unicode.IsUpper), bytes.LastIndexFunc(s, unicode.IsLetter), bytes.LastIndexAny(s, "lö"))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, s))
	fmt.Printf("%s %s %v\n", bytes.Replace(s, []byte("l"), []byte("L"), 2), bytes.ReplaceAll(s, []byte("o"), []byte("0")), bytes.Replace(nil, []byte("x"), []byte("y"), -1) == nil)
	fmt.Printf("%q\n", bytes.SplitAfterN([]byte("a,b,c,d"), []byte(","), 3))
	fmt.Printf("%s %s %q\n", bytes.Title([]byte("hello world")), bytes.ToTitle([]byte("abc")), bytes.ToValidUTF8([]byte("a\xffb\xfe\xfdc"), []byte("?")))
	dir, _ := ioutil.TempDir("", "iou")
	defer os.RemoveAll(dir)
	ioutil.WriteFile(dir+"/b", []byte("2"), 0644)
	ioutil.WriteFile(dir+"/a", []byte("1"), 0644)
	infos, err := ioutil.ReadDir(dir)
	for _, fi := range infos {
		c, _ := ioutil.ReadFile(dir + "/" + fi.Name())
		fmt.Println(fi.Name(), fi.Size(), string(c))
	}
	fmt.Println(err)
	f, err := ioutil.TempFile(dir, "x*")
	fmt.Println(err, f != nil)
	f.Close()
}
