// A main package without func main: the type checker accepts it, Go's linker does not.
package main

import "fmt"

func init() { fmt.Println("init runs only in a program") }

func Main() {}
