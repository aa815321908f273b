package fuzzrace

import (
	"sync"
	"testing"
)

func FuzzPut(f *testing.F) {
	f.Add("apple", "banana")
	f.Add("kiwi", "lime")
	f.Fuzz(func(t *testing.T, a, b string) {
		var c Cache
		var wg sync.WaitGroup
		wg.Add(2)
		go func() { defer wg.Done(); c.Put(a) }()
		go func() { defer wg.Done(); c.Put(b) }()
		wg.Wait()
		if n := c.Len(); n != 2 {
			t.Fatalf("Put(%q) and Put(%q): Len() = %d, want 2", a, b, n)
		}
	})
}
