package fuzzrace

import (
	"sync"
	"testing"
)

// FuzzCount has a data race for one input: with n == 7 the goroutines skip the lock. Under
// -race, fuzzing finds it as a failure.
func FuzzCount(f *testing.F) {
	f.Add(1)
	f.Fuzz(func(t *testing.T, n int) {
		var mu sync.Mutex
		count := 0
		var wg sync.WaitGroup
		for i := 0; i < 2; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if n != 7 {
					mu.Lock()
					defer mu.Unlock()
				}
				count++
			}()
		}
		wg.Wait()
	})
}
