package main

import (
	"fmt"
	"time"
)

// fetch gives up after a timeout, but the goroutine it started still wants to send its answer
// on an unbuffered channel that nobody will ever read: the goroutine leaks. With --leaks (the
// checkbox) gort reports it as soon as it can never run again.
func fetch(delay time.Duration) (string, error) {
	ch := make(chan string)
	go func() {
		time.Sleep(delay) // the slow backend
		ch <- "answer"
	}()
	select {
	case v := <-ch:
		return v, nil
	case <-time.After(50 * time.Millisecond):
		return "", fmt.Errorf("timed out after 50ms")
	}
}

func main() {
	for _, d := range []time.Duration{10 * time.Millisecond, 80 * time.Millisecond} {
		v, err := fetch(d)
		fmt.Println(v, err)
	}
	time.Sleep(100 * time.Millisecond)
}
