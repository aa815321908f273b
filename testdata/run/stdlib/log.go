// Exercises log without date flags (real Go's clock differs from gort's simulated one):
// prefixes, Lmsgprefix, custom Loggers writing to a buffer, Panic with recover, and Fatal's
// exit status 1.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.Println("to stderr", 1, 2)
	log.SetOutput(os.Stdout)
	log.Print("no newline")
	log.Printf("%d-%s", 7, "x")
	log.SetPrefix("[app] ")
	log.Println("prefixed", log.Prefix(), log.Flags())
	log.SetFlags(log.Lmsgprefix)
	log.Println("msgprefix")
	var buf bytes.Buffer
	l := log.New(&buf, "L: ", 0)
	l.Println("one")
	l.Printf("two %v", []int{1, 2})
	l.Print("three\n")
	fmt.Print(buf.String())
	fmt.Println(l.Writer() == &buf, log.Default().Prefix())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		l.Panicf("bad %d", 42)
	}()
	fmt.Print(buf.String())
	log.SetOutput(os.Stderr)
	log.Fatalf("fatal: %s", "bye")
}
