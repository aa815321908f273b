// Package big implements arbitrary-precision arithmetic (big numbers): Go 1.19's math/big
// types Int (signed integers) and Rat (rational numbers). Float is not supported yet.
//
// This file models Go's arith.go: the Word type and its constants. gort's kernels are natives
// on host bigints (src/stdlib/native/math_big.ts), not Go's word loops; the values, the
// representation (nat = []Word, least significant word first) and the panics are Go's.
package big

import "math/bits"

// A Word represents a single digit of a multi-precision unsigned integer.
type Word uint

const (
	_S = _W / 8 // word size in bytes

	_W = bits.UintSize // word size in bits
	_B = 1 << _W       // digit base
	_M = _B - 1        // digit mask
)

// MaxBase is the largest number base accepted for string conversions.
const MaxBase = 10 + ('z' - 'a' + 1) + ('Z' - 'A' + 1)

// maxBaseSmall is the largest base in which upper- and lower-case letters are the same digit.
const maxBaseSmall = 10 + ('z' - 'a' + 1)
