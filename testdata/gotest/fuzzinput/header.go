// Package fuzzinput parses a record header; one input crashes it (fuzzing by input alone).
package fuzzinput

// Version reads the version byte that follows the "gort" magic; the length check is one short.
func Version(b []byte) int {
	if len(b) >= 4 && b[0] == 'g' && b[1] == 'o' && b[2] == 'r' && b[3] == 't' {
		return int(b[4])
	}
	return -1
}
