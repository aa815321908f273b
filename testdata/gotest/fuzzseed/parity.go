// Package fuzzseed: fuzz tests run as ordinary tests (their seed corpus from f.Add and from
// testdata/fuzz), with every fuzzable type, a failing seed and a malformed corpus file.
package fuzzseed

// Parity reports whether n has an even number of one bits; it is wrong for negative n.
func Parity(n int) bool {
	ones := 0
	for n > 0 {
		ones += n & 1
		n >>= 1
	}
	return ones%2 == 0
}
