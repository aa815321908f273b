// The capacity of []byte(s) and []rune(s): rounded up to a size class when the result escapes,
// the 32-byte (32-rune) stack buffer when it stays in the frame and fits, a constant's length.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

var sink []byte
var rsink []rune

func keep(b []byte) { sink = b }

func main() {
	for _, n := range []int{0, 1, 5, 31, 32, 33, 40, 65, 100, 1000, 40000} {
		s := strings.Repeat("a", n)
		local := []byte(s)
		esc := []byte(s)
		keep(esc)
		r := []rune(s)
		rsink = []rune(s)
		fmt.Println(n, len(local), cap(local), cap(esc), cap(r), cap(rsink))
	}
	c := []byte("hello")
	fmt.Println(len(c), cap(c))
	c = append(c, '!')
	fmt.Println(len(c), cap(c))
	u := []rune("héllo wörld")
	fmt.Println(len(u), cap(u))
	d := []byte("a longer constant string that is more than thirty-two bytes")
	fmt.Println(len(d), cap(d))
	// Constants that escape are exactly their length too; a conversion inside another's
	// operand does not change the outer one's capacity.
	fmt.Println(cap([]byte("hello")), cap([]rune("héllo")))
	sink = []byte("escaping constant")
	rsink = []rune("héllo wörld")
	fmt.Println(cap(sink), cap(rsink))
	s := "mixed Case"
	nested := []byte(string(bytes.ToUpper([]byte(s))))
	fmt.Println(string(nested), cap(nested))
	fmt.Println(cap(bytes.Repeat([]byte("ab"), 3)), cap(bytes.ToUpper([]byte("hello"))), cap(bytes.Replace([]byte("aaa"), []byte("a"), []byte("bb"), -1)))
}
