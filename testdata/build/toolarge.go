// Types larger than the address space, met in function bodies (gc sizes them after type
// checking): at a declaration, a composite literal's "{", and new's and make's "(".
package main

func main() {
	var b [1 << 40][1 << 40]int
	_ = b
	x := [1 << 62]byte{}
	_ = x
	p := new([1 << 62]int)
	_ = p
	ch := make(chan [70000]byte, 1)
	_ = ch
	type C chan [1 << 16]byte
	var c C
	_ = c
	var z [1 << 62]struct{}
	_ = z
}
