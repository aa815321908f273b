package fuzzok

import (
	"bytes"
	"testing"
)

func FuzzReverse(f *testing.F) {
	f.Add([]byte("hello"), 3, true)
	f.Add([]byte(""), -1, false)
	f.Fuzz(func(t *testing.T, b []byte, n int, twice bool) {
		r := Reverse(b)
		if len(r) != len(b) {
			t.Fatalf("len %d, want %d", len(r), len(b))
		}
		if twice && !bytes.Equal(Reverse(r), b) {
			t.Fatalf("Reverse(Reverse(%q)) = %q", b, Reverse(r))
		}
		if n >= 0 && n < len(b) && r[len(b)-1-n] != b[n] {
			t.Fatalf("byte %d moved wrongly", n)
		}
	})
}

func TestReverse(t *testing.T) {
	if got := string(Reverse([]byte("abc"))); got != "cba" {
		t.Fatalf("Reverse(abc) = %q", got)
	}
}
