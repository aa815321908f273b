package kernels

import "testing"

func TestCache(t *testing.T) {
	c := &Cache{vals: map[string]int{}}
	if c.Get("abc") != 3 {
		t.Fatal("abc")
	}
}

func TestSum(t *testing.T) {
	if got := Sum([]int{1, 2, 3}); got != 14 {
		t.Fatalf("Sum = %d, want 14", got)
	}
}

func TestOnce(t *testing.T) {
	if !Once() {
		t.Fatal("not ready")
	}
}
