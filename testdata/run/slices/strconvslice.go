// []byte(s), []rune(s) and make([]T, c) stay in the frame when their slices do: a slice that is
// discarded, stored back, used in place or held by a local whose own uses are in place. Then
// the 32-byte (32-rune) buffer is the capacity, and reslicing up to it is allowed; a slice that
// escapes takes the allocation with it.
package main

import "fmt"

var sink []byte

func main() {
	str := "hello"
	func() {
		r := []rune(str)
		_ = r[5:10]
		fmt.Println("rune reslice", cap(r))
	}()
	b := []byte("hi" + str)
	t := b[:1]
	fmt.Println(cap(t), len(t), string(t))
	w := b[2:]
	w = w[1:]
	for i, c := range w {
		fmt.Print(i, c, " ")
	}
	fmt.Println(len(w), cap(w))
	u := []byte(str)
	u = append(u[:0], 'x', 'y')
	fmt.Println(string(u), cap(u))
	buf := make([]byte, 8)
	n := copy(buf, str)
	fmt.Println(string(buf[:n]), cap(buf[2:]))
	e := []byte(str)
	f := e[1:]
	sink = f
	fmt.Println(cap(e), cap(f))
	g := []rune(str)
	h := g[1:3]
	fmt.Println(fmt.Sprint(h), cap(g))
}
