// nat helpers Float needs: trailing zero bits (models Go 1.19's nat.go trailingZeroBits).

package big

// trailingZeroBits returns the number of consecutive least significant zero bits of x.
func (x nat) trailingZeroBits() uint
