package w

import (
	"errors"
	"time"
)

// Fetch returns the result or a timeout error; on timeout the worker's send blocks forever.
func Fetch(d time.Duration) (int, error) {
	ch := make(chan int)
	go func() {
		time.Sleep(10 * time.Millisecond)
		ch <- 42
	}()
	select {
	case v := <-ch:
		return v, nil
	case <-time.After(d):
		return 0, errors.New("timeout")
	}
}
