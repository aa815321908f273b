package doublelock

import (
	"sync"
	"testing"
)

func TestGetWhileInvalidating(t *testing.T) {
	r := NewRegistry()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		r.Invalidate()
	}()
	if got := r.Get("a"); got != 1 {
		t.Errorf("Get(a) = %d, want 1", got)
	}
	wg.Wait()
}
