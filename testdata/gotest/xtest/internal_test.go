package stack

import "testing"

func TestSize(t *testing.T) {
	var s Stack
	s.Push(1)
	if s.size() != 1 {
		t.Fatal(s.size())
	}
}
