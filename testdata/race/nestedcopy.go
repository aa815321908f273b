// A goroutine takes a snapshot of a whole struct (a copy by value) while main updates a field
// of a struct nested in it: the copy reads the nested fields too, and races with the update.
package main

import (
	"fmt"
	"time"
)

type limits struct {
	maxConns int
	timeout  time.Duration
}

type server struct {
	name   string
	limits limits
	ports  [2]int
}

func main() {
	s := &server{name: "api", limits: limits{maxConns: 10}}
	done := make(chan server)
	go func() {
		done <- *s
	}()
	s.limits.timeout = time.Second
	snap := <-done
	fmt.Println(snap.name)
}
