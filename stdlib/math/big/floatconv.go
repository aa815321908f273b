// Conversion of text to Float: models Go 1.19's floatconv.go. The mantissa is scanned exactly
// (nat.scan), a binary exponent is applied exactly, and a decimal one through 5**n computed at
// 64 extra bits and one rounded multiplication or division, as Go does (so a decimal input is
// rounded as Go rounds it, which is not always the correctly rounded value).

package big

import (
	"fmt"
	"io"
	"strings"
)

// SetString sets z to the value of s and returns z and a boolean indicating success. s must
// be a floating-point number of the same format as accepted by Parse, with base argument 0.
func (z *Float) SetString(s string) (*Float, bool) {
	if f, _, err := z.Parse(s, 0); err == nil {
		return f, true
	}
	return nil, false
}

// scan is like Parse but reads the longest possible prefix representing a valid floating
// point number from an io.ByteScanner rather than a string.
func (z *Float) scan(r io.ByteScanner, base int) (f *Float, b int, err error) {
	prec := z.prec
	if prec == 0 {
		prec = 64
	}
	// A mantissa of 0 is a zero.
	z.form = zero
	z.neg, err = scanSign(r)
	if err != nil {
		return
	}
	var fcount int // fractional digit count; valid if <= 0
	z.mant, b, fcount, err = z.mant.scan(r, base, true)
	if err != nil {
		return
	}
	var exp int64
	var ebase int
	exp, ebase, err = scanExponent(r, true, base == 0)
	if err != nil {
		return
	}
	if len(z.mant) == 0 {
		z.prec = prec
		z.acc = Exact
		z.form = zero
		f = z
		return
	}
	// The mantissa is normalized; its value is 0.mant * 2**exp2 * 5**exp5.
	exp2 := int64(len(z.mant))*_W - fnorm(z.mant)
	exp5 := int64(0)
	exp2, exp5 = floatExponents(b, fcount, exp, ebase, exp2)
	if MinExp <= exp2 && exp2 <= MaxExp {
		z.prec = prec
		z.form = finite
		z.exp = int32(exp2)
		f = z
	} else {
		err = fmt.Errorf("exponent overflow")
		return
	}
	if exp5 == 0 {
		// no decimal exponent contribution
		z.round(0)
		return
	}
	// Apply 5**exp5.
	p := new(Float).SetPrec(z.Prec() + 64) // use more bits for p, as Go
	if exp5 < 0 {
		z.Quo(z, p.pow5(uint64(-exp5)))
	} else {
		z.Mul(z, p.pow5(uint64(exp5)))
	}
	return
}

// floatExponents adds the mantissa's fraction digits and the exponent to exp2 and exp5.
func floatExponents(b, fcount int, exp int64, ebase int, exp2 int64) (int64, int64) {
	exp5 := int64(0)
	if fcount < 0 {
		d := int64(fcount)
		switch b {
		case 10:
			exp5 = d
			exp2 += d // 10**e == 5**e * 2**e
		case 2:
			exp2 += d
		case 8:
			exp2 += d * 3 // octal digits are 3 bits each
		case 16:
			exp2 += d * 4 // hexadecimal digits are 4 bits each
		default:
			panic("unexpected mantissa base")
		}
	}
	switch ebase {
	case 10:
		exp5 += exp
		exp2 += exp
	case 2:
		exp2 += exp
	default:
		panic("unexpected exponent base")
	}
	return exp2, exp5
}

// pow5 sets z to 5**n and returns z. n must not be negative.
func (z *Float) pow5(n uint64) *Float {
	const m = 27 // 5**27 is the largest power of 5 in a uint64
	if n <= m {
		return z.SetUint64(pow5Word(n))
	}
	// n > m
	z.SetUint64(pow5Word(m))
	n -= m
	// Use more bits for f than for z.
	f := new(Float).SetPrec(z.Prec() + 64).SetUint64(5)
	for n > 0 {
		if n&1 != 0 {
			z.Mul(z, f)
		}
		f.Mul(f, f)
		n >>= 1
	}
	return z
}

// pow5Word returns 5**n for n <= 27.
func pow5Word(n uint64) uint64 {
	p := uint64(1)
	for ; n > 0; n-- {
		p *= 5
	}
	return p
}

// Parse parses s which must contain a text representation of a floating-point number with a
// mantissa in the given conversion base (the exponent is always a decimal number), or a
// string representing an infinite value. For base 0, an underscore character “_” may appear
// between a base prefix and an adjacent digit, and between successive digits. It sets z to the
// (possibly rounded) value of the corresponding floating-point value, and returns z, the
// actual base b, and an error err, if any.
func (z *Float) Parse(s string, base int) (f *Float, b int, err error) {
	// scan doesn't handle ±Inf
	if len(s) == 3 && (s == "Inf" || s == "inf") {
		f = z.SetInf(false)
		return
	}
	if len(s) == 4 && (s[0] == '+' || s[0] == '-') && (s[1:] == "Inf" || s[1:] == "inf") {
		f = z.SetInf(s[0] == '-')
		return
	}
	r := strings.NewReader(s)
	if f, b, err = z.scan(r, base); err != nil {
		return
	}
	// entire string must have been consumed
	if ch, err2 := r.ReadByte(); err2 == nil {
		err = fmt.Errorf("expected end of string, found %q", ch)
	} else if err2 != io.EOF {
		err = err2
	}
	return
}

// ParseFloat is like f.Parse(s, base) with f set to the given precision and rounding mode.
func ParseFloat(s string, base int, prec uint, mode RoundingMode) (f *Float, b int, err error) {
	return new(Float).SetPrec(prec).SetMode(mode).Parse(s, base)
}

// Scan is a support routine for fmt.Scanner; it sets z to the value of the scanned number. It
// accepts formats whose verbs are supported by fmt.Scan for floating point values, which are:
// 'b' (binary), 'e', 'E', 'f', 'F', 'g' and 'G'. Scan doesn't handle ±Inf.
func (z *Float) Scan(s fmt.ScanState, ch rune) error {
	s.SkipSpace()
	_, _, err := z.scan(byteReader{s}, 0)
	return err
}
