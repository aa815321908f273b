// Package bench has benchmarks of its own functions, for gort test -bench.
package bench

import "strings"

// Fib is the n-th Fibonacci number, computed the slow way.
func Fib(n int) int {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}

// Join joins parts with commas.
func Join(parts []string) string {
	return strings.Join(parts, ",")
}
