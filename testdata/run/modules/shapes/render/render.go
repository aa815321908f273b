// Package pretty lives in directory render: importers call it pretty.
package pretty

import (
	"fmt"
	"strings"

	"example.com/shapes/geometry"
)

type Printer interface{ Print(s string) }

type prefixed struct{ prefix string }

func New(prefix string) Printer { return prefixed{prefix} }

func (p prefixed) Print(s string) { fmt.Println(p.prefix + s) }

// Line describes a shape on one line.
func Line(s geometry.Shape) string {
	return fmt.Sprintf("area=%-6g perim=%g %s", s.Area(), s.Perimeter(), strings.Repeat("*", int(s.Area())/3))
}
