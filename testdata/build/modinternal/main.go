// The internal rule across a module's packages: b may not import a/internal/x (only a's tree
// may), which go build reports with the import stack; and a main package is not importable.
package main

import (
	"example.com/modinternal/a"
	"example.com/modinternal/b"
	"example.com/modinternal/cmd/tool"
)

func main() {
	a.A()
	b.B()
	tool.Run()
}
