package goexit

import (
	"runtime"
	"testing"
)

func TestFine(t *testing.T) {}

// A subtest that calls its parent's FailNow: the subtest fails with testing's message, the
// binary goes on.
func TestParentFailNow(t *testing.T) {
	t.Run("sub", func(st *testing.T) {
		t.FailNow()
	})
	t.Log("not reached")
}

// A test that neither returns nor fails: testing panics, which ends the binary.
func TestGoexit(t *testing.T) {
	defer t.Log("deferred log")
	runtime.Goexit()
}

func TestNilPanic(t *testing.T) {
	panic(nil)
}
