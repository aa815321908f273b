// Package hashpkg is a CPU-bound test for `gort test -cpuprofile` against `go test
// -cpuprofile`: the top function by flat time must be Sum in both profiles.
package hashpkg

// Sum is FNV-1a over b, starting from h.
func Sum(b []byte, h uint64) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}
