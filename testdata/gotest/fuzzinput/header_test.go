package fuzzinput

import "testing"

func FuzzVersion(f *testing.F) {
	f.Add([]byte("hello"))
	f.Add([]byte("go"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if v := Version(b); v > 255 {
			t.Errorf("Version(%q) = %d", b, v)
		}
	})
}
