// A package variable that fits in the address space but not in an object file.
package main

var a [1 << 31]byte

var small [1 << 20]byte

func main() { _, _ = a, small }
