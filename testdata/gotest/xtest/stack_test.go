package stack_test

import (
	"fmt"
	"testing"

	"example.com/xtest"
)

func TestPushPop(t *testing.T) {
	var s stack.Stack
	s.Push(1)
	s.Push(2)
	if v, _ := s.Pop(); v != 2 {
		t.Errorf("Pop = %d, want 2", v)
	}
	if v, _ := s.Pop(); v != 3 {
		t.Errorf("Pop = %d, want 3", v)
	}
}

func ExampleStack() {
	var s stack.Stack
	s.Push(7)
	fmt.Println(s.Pop())
	// Output: 7 true
}
