// Imports that go build cannot load from the main module: a directory that does not exist,
// one without Go files, one whose files build constraints exclude, one holding two packages,
// a module that is not required, and (in lib) a standard-looking path that is not in GOROOT.
package main

import (
	"github.com/someone/elsewhere"

	"example.com/modmissing/empty"
	"example.com/modmissing/ign"
	"example.com/modmissing/lib"
	"example.com/modmissing/nope"
	"example.com/modmissing/two"
)

func main() {
	empty.F()
	ign.F()
	lib.F()
	nope.F()
	two.F()
	elsewhere.F()
}
