// Slice bounds panics with negative bounds leave out the other operand; bounds
// on arrays are reported against the length.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	s := make([]int, 2, 5)
	a := [3]int{}
	str := "hey"
	for _, k := range []int{-2, 1, 7} {
		try(fmt.Sprint("s[k:]", k), func() { _ = s[k:] })
		try(fmt.Sprint("s[:k]", k), func() { _ = s[:k] })
		try(fmt.Sprint("s[1:k:4]", k), func() { _ = s[1:k:4] })
		try(fmt.Sprint("s[0:1:k]", k), func() { _ = s[0:1:k] })
		try(fmt.Sprint("s[k:2:3]", k), func() { _ = s[k:2:3] })
		try(fmt.Sprint("a[k:]", k), func() { _ = a[k:] })
		try(fmt.Sprint("a[:k]", k), func() { _ = a[:k] })
		try(fmt.Sprint("a[:1:k]", k), func() { _ = a[:1:k] })
		try(fmt.Sprint("str[k:]", k), func() { _ = str[k:] })
		try(fmt.Sprint("str[:k]", k), func() { _ = str[:k] })
	}
}
