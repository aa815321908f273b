// Exercises path and path/filepath: Clean's lexical rules, Join, Split, Base, Dir, Ext,
// IsAbs, Match with classes and escapes, filepath.Rel and SplitList.
package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	for _, p := range []string{"", ".", "/", "a/b/../c", "/../a//b/./c/", "../../x", "a/../..", "//a", "a/b/c/..", "/a/b/", "abc", "./x/./y/."} {
		dir, file := path.Split(p)
		fmt.Printf("%q clean=%q base=%q dir=%q ext=%q abs=%v split=%q,%q\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p), dir, file)
	}
	fmt.Println(path.Join("a", "", "b/", "../c"), path.Join(), path.Join("", ""), path.Join("/", "x"), path.Ext("a.tar.gz"), path.Ext("a.b/c"))
	for _, m := range [][2]string{{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"a?c", "abc"}, {"[a-c]x", "bx"}, {"[^a-c]x", "bx"}, {"\\*", "*"}, {"a*b*c", "aXbYc"}, {"[", "a"}, {"a[", "a"}, {"*/b", "a/b"}, {"[\\]]", "]"}} {
		ok, err := path.Match(m[0], m[1])
		fmt.Print(ok, err, "; ")
	}
	fmt.Println()
	for _, r := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "a"}, {"a/b", "c"}, {"/a", "b"}, {"../a", "b"}, {".", "x/y"}, {"a/b/c", "a"}} {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("%q %v\n", rel, err)
	}
	fmt.Println(filepath.Join("x", "y", "..", "z"), filepath.SplitList("/bin:/usr/bin"), len(filepath.SplitList("")), string(filepath.Separator), filepath.Base("/q/r.txt"), filepath.Ext("r.txt"), filepath.Dir("/q/r.txt"))
}
