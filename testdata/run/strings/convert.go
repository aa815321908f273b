// Conversions between string, []byte and []rune, including invalid code
// points and the copy semantics of each conversion.
package main

import "fmt"

func main() {
	s := "gö!"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(b, r, len(b), len(r))
	b[0] = 'G'
	fmt.Println(s, string(b))
	r[1] = '世'
	fmt.Println(string(r), len(string(r)))
	fmt.Println(string(rune(65)), string(rune(0x10FFFF+1)) == "\uFFFD", string(rune(-1)))
	fmt.Println([]rune("\xffa"), []byte("é"))
	fmt.Println(string([]byte{0xe4, 0xb8, 0x96}), string([]rune{0x4e16, 'x'}))
	var nb []byte
	fmt.Println(string(nb) == "", len(string(nb)))
	fmt.Printf("%q\n", string([]byte{0xff, 'a'}))
}
