package main

// A constant whose declaration fails has an unknown value: len of it is
// checked with no further error (and no internal error).
const s string = 4294967296 // ERROR "cannot use 4294967296 \\(untyped int constant\\) as string value in constant declaration"

func main() {
	n := len(s)
	_ = n
}
