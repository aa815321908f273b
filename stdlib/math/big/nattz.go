// nat helpers Float needs: trailing zero bits and bytes (models Go 1.19's nat.go).

package big

// trailingZeroBits returns the number of consecutive least significant zero bits of x.
func (x nat) trailingZeroBits() uint

// bytes writes the value of z into buf using big-endian encoding, and returns the index of the
// first byte written (leading zero bytes skipped). It panics if buf is too small.
func (z nat) bytes(buf []byte) (i int) {
	i = len(buf)
	for _, d := range z {
		for j := 0; j < _S; j++ {
			i--
			if i >= 0 {
				buf[i] = byte(d)
			} else if byte(d) != 0 {
				panic("math/big: buffer too small to fit value")
			}
			d >>= 8
		}
	}
	if i < 0 {
		i = 0
	}
	for i < len(buf) && buf[i] == 0 {
		i++
	}
	return
}
