// log's Lshortfile and Llongfile (runtime.Caller under Output's calldepth), with Lmsgprefix.
package main

import (
	"log"
	"os"
)

func helper(l *log.Logger) {
	l.Output(2, "from helper's caller")
}

func main() {
	log.SetFlags(log.Lshortfile)
	log.Println("short")
	l := log.New(os.Stdout, "app: ", log.Lshortfile|log.Lmsgprefix)
	l.Printf("n=%d", 3)
	helper(l)
	l.SetFlags(log.Llongfile)
	l.Print("long")
	func() { log.Print("in closure") }()
}
