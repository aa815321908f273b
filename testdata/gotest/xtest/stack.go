// Package stack is a small LIFO stack, tested from inside (package stack) and outside
// (package stack_test).
package stack

// Stack holds ints.
type Stack struct{ items []int }

// Push adds v on top.
func (s *Stack) Push(v int) { s.items = append(s.items, v) }

// Pop removes and returns the top; ok is false when the stack is empty.
func (s *Stack) Pop() (v int, ok bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v = s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack) size() int { return len(s.items) }
