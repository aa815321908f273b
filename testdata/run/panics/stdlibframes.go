// Panics inside standard library functions show their frames at Go's files and lines:
// template.Must (helper.go), time.NewTicker (tick.go), strings.Repeat (strings.go).
package main

import (
	"strings"
	"text/template"
	"time"
)

func main() {
	defer func() { recover(); template.Must(template.New("x").Parse("{{")) }()
	defer func() { recover(); time.NewTicker(0) }()
	println(strings.Repeat("x", -1))
}
