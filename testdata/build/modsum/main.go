// A package of a required module, with no go.sum and no module cache: go build, offline,
// asks for the missing go.sum entry; an import no requirement provides asks for go get.
package main

import (
	"github.com/someone/other"
	"github.com/someone/tool/cli"
)

func main() {
	cli.Run()
	other.Do()
}
