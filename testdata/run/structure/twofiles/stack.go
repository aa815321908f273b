// The second file of the two-file program: a small stack type and helpers.
package main

import "strings"

var helperCount = len(strings.Fields(greeting))

type stack struct{ items []int }

func newStack() *stack { return &stack{} }

func (s *stack) push(v int) { s.items = append(s.items, v) }

func (s *stack) pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *stack) empty() bool { return len(s.items) == 0 }

func makeGreeting(who string) string { return "hello from " + who + " file" }
