// Package variables and types too large for the address space: gc reports the type
// declarations first and stops there.
package main

type B [1 << 40]int

var x [1 << 20]B

var a, b [1 << 62]byte

type S struct {
	f [1 << 62]int16
}

func main() {}
