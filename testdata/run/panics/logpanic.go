// log's Panic functions: the message is logged, then panicked; the traceback names Go's
// lines of log.go for the Logger method and the package function.
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		l := log.New(os.Stdout, "x: ", 0)
		l.Panicln("second", 2)
	}()
	log.Panicf("first %d", 1)
}
