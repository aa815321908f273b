// An unrecovered panic with an error value prints the error's message;
// deferred calls on the panicking goroutine run first.
package main

import (
	"fmt"
	"os"
)

type ConfigError struct {
	Field string
}

func (e *ConfigError) Error() string { return "bad config field " + e.Field }

func load() {
	defer fmt.Println("load: deferred print")
	panic(&ConfigError{"port"})
}

func main() {
	defer fmt.Fprintln(os.Stderr, "main: deferred to stderr")
	load()
}
