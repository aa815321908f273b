package stoptwice

import (
	"sync"
	"testing"
)

func TestStopTwice(t *testing.T) {
	s := New()
	var wg sync.WaitGroup
	wg.Add(2)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
			s.Stop()
		}()
	}
	wg.Wait()
	if !s.Stopped() {
		t.Fatal("not stopped")
	}
}
