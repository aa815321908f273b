// An import path with a character go/parser refuses: that error alone.
package main

import (
	_ "../x"
	_ "a b"
)

func main() {}
