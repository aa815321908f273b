// debug.Stack and debug.PrintStack show their own frames at Go's lines of runtime/debug/stack.go.
package main

import (
	"os"
	"runtime/debug"
)

func inner() {
	debug.PrintStack()
	os.Stderr.Write(debug.Stack())
}

func main() {
	inner()
	func() {
		defer func() {
			recover()
			debug.PrintStack()
		}()
		panic("x")
	}()
}
