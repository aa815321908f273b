package main

// int g(void) { return 1; }
import "C"

func main() {
	_ = C.nosuch // ERROR "could not determine kind of name for C.nosuch"
}
