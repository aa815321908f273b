// Imports that cmd/go refuses before compiling (module mode, no go.mod): relative, absolute,
// malformed, not in GOROOT, and paths no module provides. They are sorted by path.
package main

import (
	_ "../../../../elsewhere/pkg"
	_ "./sub"
	_ "/abs/pkg"
	_ "a//b"
	_ "fmt/.."
	_ "foo/bar"
	_ "github.com/x/y"
	_ "x@v1"
	_ "a/CON.x"
	_ "b/x~12"
	_ "std"
	"fmt"
)

func main() { fmt.Println() }
