package wgmisuse

import "testing"

func TestSum(t *testing.T) {
	got, _ := Sum([]int{1, 2, 3, 4})
	if got != 10 {
		t.Fatalf("Sum = %d, want 10", got)
	}
}
