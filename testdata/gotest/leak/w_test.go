package w

import (
	"testing"
	"time"
)

func TestFetchFast(t *testing.T) {
	if _, err := Fetch(time.Millisecond); err == nil {
		t.Fatal("want timeout")
	}
}

func TestFetchSlow(t *testing.T) {
	v, err := Fetch(time.Second)
	if err != nil || v != 42 {
		t.Fatal(v, err)
	}
}
