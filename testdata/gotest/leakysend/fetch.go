// Package leakysend is a kernel of a goroutine leak: a worker sends its result on an
// unbuffered channel that nobody reads once the caller has timed out.
package leakysend

import (
	"errors"
	"sync/atomic"
	"time"
)

var ErrTimeout = errors.New("fetch: timed out")

var work int64

func compute() int {
	n := 0
	for i := 0; i < 20; i++ {
		n += int(atomic.AddInt64(&work, 1) % 3)
	}
	return n
}

// Fetch computes a value, or gives up after timeout.
func Fetch(timeout time.Duration) (int, error) {
	ch := make(chan int) // the bug: unbuffered, so a late worker blocks forever
	go func() { ch <- compute() }()
	select {
	case v := <-ch:
		return v, nil
	case <-time.After(timeout):
		return 0, ErrTimeout
	}
}
