// Package parallelmix sums ranges, for tests that run in parallel with goroutines of their own.
package parallelmix

// Sum returns 0 + 1 + ... + n.
func Sum(n int) int {
	s := 0
	for i := 0; i <= n; i++ {
		s += i
	}
	return s
}
