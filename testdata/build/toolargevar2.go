// Package variables too large for the address space, reported at each declaration.
package main

type B [1 << 40]int

var x [1 << 20]B

var a, b [1 << 62]byte

var c [1 << 62]byte

var m map[string][1 << 61]int32

var p *[1 << 50]byte

func main() {}
