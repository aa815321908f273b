package leakysend

import (
	"testing"
	"time"
)

func TestFetch(t *testing.T) {
	_, err := Fetch(5 * time.Millisecond)
	if err != nil && err != ErrTimeout {
		t.Fatal(err)
	}
}
