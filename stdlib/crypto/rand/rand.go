// Package rand implements a cryptographically secure random number generator (Go 1.19's
// crypto/rand: Reader, Read, and util.go's Int and Prime).
//
// gort is deterministic: Reader does not read the host's entropy (getrandom(2)) but draws from
// the run's seeded PRNG (a sub-stream of its own, src/stdlib/native/crypto_rand.ts), so the
// bytes are the same for the same --seed and differ from seed to seed, like everything else a
// run does. They are NOT secure: do not use gort to make real keys.
package rand

import "io"

// Reader is a global, shared instance of a cryptographically secure random number generator.
var Reader io.Reader = &reader{}

type reader struct{}

// getrandom fills b from the run's entropy stream (native).
func getrandom(b []byte)

func (r *reader) Read(b []byte) (n int, err error) {
	getrandom(b)
	return len(b), nil
}

// Read is a helper function that calls Reader.Read using io.ReadFull. On return, n == len(b)
// if and only if err == nil.
func Read(b []byte) (n int, err error) {
	return io.ReadFull(Reader, b)
}
