// The exact runtime error texts for every kind of bounds failure, recovered
// and printed with %v: index, slice with two and three indices, strings,
// arrays through pointers, and conversions to array pointers.
package main

import "fmt"

func check(name string, f func()) {
	defer func() { fmt.Printf("%-10s %v\n", name, recover()) }()
	f()
}

func main() {
	s := make([]int, 3, 5)
	str := "hello"
	arr := [4]int{}
	i, j, k, neg := 5, 2, 7, -1
	check("index", func() { _ = s[i] })
	check("negidx", func() { _ = s[neg] })
	check("str", func() { _ = str[i] })
	check("arr", func() { p := &arr; _ = p[i] })
	check("hi>cap", func() { _ = s[:k] })
	check("lo>hi", func() { _ = s[3:j] })
	check("lo>len", func() { _ = s[k:] })
	check("str hi", func() { _ = str[:k] })
	check("str lo>hi", func() { _ = str[4:j] })
	check("3i max", func() { _ = s[1:2:k] })
	three := 3
	check("3i hi>max", func() { _ = s[1:4:three] })
	check("3i lo>hi", func() { _ = s[j:1:3] })
	check("arrptr", func() { _ = (*[4]int)(s) })
	check("ok", func() { _ = s[:5] })
	m := map[string][]int{}
	check("mapslice", func() { _ = m["x"][0] })
}
