// Which check panics first when a map element is stored: the right side is evaluated before
// the key's own divisions, indexes and dereferences when the map has a fast routine (int and
// string keys pass the key by value), also in a map literal and an op= store; a key of any
// other type is copied first. The values come from parameters, so that no constant folds.
package main

import "fmt"

type pair struct{ a, b int }

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

//go:noinline
func run(s []int, z, k int, p *string) {
	try("int key", func() { m := map[int]int{}; m[1/z] = s[k] })
	try("string key", func() { m := map[string]int{}; m[*p] = s[k] })
	try("value divides", func() { m := map[int]int{}; m[s[k]] = 1 / z })
	try("literal", func() { m := map[int]int{7: 1, 1 / z: s[k]}; _ = m })
	try("literal, key panics only", func() { m := map[int]int{1 / z: 2}; _ = m })
	try("op=", func() { m := map[int]int{}; m[1/z] += s[k] })
	try("op=, value divides", func() { m := map[int]int{}; m[s[k]] -= 1 / z })
	try("op= on a slice", func() { t := []int{1}; t[1/z] += s[k] })
	try("struct key", func() { m := map[pair]int{}; m[pair{1 / z, 0}] = s[k] })
	try("struct key literal", func() { m := map[pair]int{{1 / z, 0}: s[k]}; _ = m })
	try("interface key", func() { m := map[interface{}]int{}; m[1/z] = s[k] })
	try("nil map", func() { var m map[int]int; m[1/z] = s[k] })
	try("nil map, plain key", func() { var m map[int]int; m[3] = s[k] })
}

func main() { run([]int{1}, 0, 5, nil) }
