package parallelmix

import (
	"fmt"
	"sync"
	"testing"
	"time"
)

// Parallel top-level tests: each one's goroutines are its own, not the others' leaks.
func TestQuick(t *testing.T) {
	t.Parallel()
	if Sum(10) != 55 {
		t.Fatal("Sum(10)")
	}
}

func TestWithWorker(t *testing.T) {
	t.Parallel()
	done := make(chan int)
	go func() {
		time.Sleep(5 * time.Millisecond)
		done <- Sum(100)
	}()
	if got := <-done; got != 5050 {
		t.Errorf("got %d", got)
	}
}

func TestSlowest(t *testing.T) {
	t.Parallel()
	time.Sleep(20 * time.Millisecond)
}

// Parallel subtests that log, and one that fails, into their parent's output.
func TestRanges(t *testing.T) {
	for _, n := range []int{1, 2, 3, 4} {
		n := n
		t.Run(fmt.Sprint("n", n), func(t *testing.T) {
			t.Parallel()
			got := Sum(n * 100)
			t.Logf("Sum(%d) = %d", n*100, got)
			if n == 3 {
				t.Errorf("Sum(%d) = %d, want a round number", n*100, got)
			}
		})
	}
}

// Goroutines of one test fail it at once.
func TestConcurrentErrors(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t.Error("worker failed")
		}()
	}
	wg.Wait()
}
