// env: GOMAXPROCS=2
// os.Exit while goroutines are busy in plain loops: the process ends with the
// code, and nothing else runs.
package main

import (
	"fmt"
	"os"
	"time"
)

var n int

func loop() {
	for i := 1; i > 0; i++ {
		n = i
	}
}

func main() {
	for i := 0; i < 3; i++ {
		go loop()
	}
	time.Sleep(time.Millisecond)
	fmt.Println("exiting")
	os.Exit(7)
}
