// A racy program that ends with os.Exit(256): the parent sees status 0 (the low 8 bits), but
// os.Exit runs racefini only for a code that is 0 before truncation, so the race is reported
// without "Found 1 data race(s)" and the status stays 0.
package main

import (
	"fmt"
	"os"
	"time"
)

var hits int

func hit() {
	hits++
}

func main() {
	go hit()
	time.Sleep(time.Millisecond)
	hits++
	fmt.Println("hits:", hits)
	os.Exit(256)
}
