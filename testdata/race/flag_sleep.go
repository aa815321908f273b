// A goroutine sets a flag; main reads it after sleeping. Sleeping orders nothing.
package main

import (
	"fmt"
	"time"
)

var ready bool

func setReady() {
	ready = true
}

func main() {
	go setReady()
	time.Sleep(20 * time.Millisecond)
	if ready {
		fmt.Println("ready")
	} else {
		fmt.Println("ready")
	}
}
