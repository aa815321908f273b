// A local variable captured by a closure is written by a goroutine and read by main.
package main

import (
	"errors"
	"fmt"
	"time"
)

func fetch() error { return errors.New("timeout") }

func main() {
	var err error
	go func() {
		err = fetch()
	}()
	time.Sleep(10 * time.Millisecond)
	if err != nil {
		fmt.Println("failed")
	} else {
		fmt.Println("failed")
	}
}
