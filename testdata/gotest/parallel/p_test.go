package parallel

import (
	"sync"
	"testing"
)

func TestSquare(t *testing.T) {
	cases := []struct {
		name   string
		in, to int
	}{{"zero", 0, 0}, {"one", 1, 1}, {"three", 3, 9}, {"three", -3, 9}}
	for _, c := range cases {
		c := c
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			if got := Square(c.in); got != c.to {
				t.Errorf("Square(%d) = %d, want %d", c.in, got, c.to)
			}
		})
	}
	t.Cleanup(func() { t.Log("first cleanup, runs last") })
	t.Cleanup(func() { t.Log("second cleanup, runs first") })
}

func TestCounter(t *testing.T) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			n++
			mu.Unlock()
		}()
	}
	wg.Wait()
	if n != 8 {
		t.Fatalf("n = %d", n)
	}
	t.Logf("%s counted %d", t.Name(), n)
}

func TestSkipped(t *testing.T) {
	t.Skipf("skipping %s", "for now")
}

func TestEnv(t *testing.T) {
	t.Setenv("GORT_TEST_VAR", "x")
	if _, ok := t.Deadline(); ok {
		t.Log("deadline")
	}
}
