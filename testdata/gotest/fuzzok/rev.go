// Package fuzzok reverses byte strings; nothing in it fails (no false positives).
package fuzzok

// Reverse returns b's bytes in reverse order.
func Reverse(b []byte) []byte {
	r := make([]byte, len(b))
	for i, c := range b {
		r[len(b)-1-i] = c
	}
	return r
}
