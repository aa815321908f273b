// A type error in an imported package of the module: go build compiles the dependency first
// and prints its errors under its own import path, with the file relative to the current
// directory; package main is not compiled.
package main

import (
	"fmt"

	"example.com/modcompile/lib"
	"example.com/modcompile/render"
)

func main() {
	fmt.Println(lib.Half(4))
}
