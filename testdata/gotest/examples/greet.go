// Package examples has functions documented by examples.
package examples

import (
	"fmt"
	"strings"
)

// Greet returns a greeting.
func Greet(name string) string { return "Hello, " + name + "!" }

// Shout prints its words in capitals, one per line.
func Shout(words ...string) {
	for _, w := range words {
		fmt.Println(strings.ToUpper(w))
	}
}
