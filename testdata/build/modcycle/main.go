// Packages of one module that import each other: go build reports the cycle with the import
// stack that closes it.
package main

import (
	"fmt"

	"example.com/modcycle/a"
)

func main() { fmt.Println(a.A(3)) }
