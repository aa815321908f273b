// Conversions of Rat to and from text: models Go 1.19's ratconv.go (SetString with fractions,
// decimal and binary exponents and base prefixes, Scan, String, RatString, FloatString).

package big

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

func ratTok(ch rune) bool {
	return strings.ContainsRune("+-/0123456789.eE", ch)
}

// Scan is a support routine for fmt.Scanner. It accepts the formats 'e', 'E', 'f', 'F', 'g',
// 'G', and 'v'. All formats are equivalent.
func (z *Rat) Scan(s fmt.ScanState, ch rune) error {
	tok, err := s.Token(true, ratTok)
	if err != nil {
		return err
	}
	if !strings.ContainsRune("efgEFGv", ch) {
		return errors.New("Rat.Scan: invalid verb")
	}
	if _, ok := z.SetString(string(tok)); !ok {
		return errors.New("Rat.Scan: invalid syntax")
	}
	return nil
}

// SetString sets z to the value of s and returns z and a boolean indicating success. s can be
// given as a (possibly signed) fraction "a/b", or as a floating-point number optionally
// followed by an exponent.
func (z *Rat) SetString(s string) (*Rat, bool) {
	if len(s) == 0 {
		return nil, false
	}
	if sep := strings.Index(s, "/"); sep >= 0 {
		return z.setFraction(s, sep)
	}
	r := strings.NewReader(s)
	neg, err := scanSign(r)
	if err != nil {
		return nil, false
	}
	var base int
	var fcount int // fractional digit count; valid if <= 0
	z.a.abs, base, fcount, err = z.a.abs.scan(r, 0, true)
	if err != nil {
		return nil, false
	}
	exp, ebase, err := scanExponent(r, true, true)
	if err != nil {
		return nil, false
	}
	if _, err = r.ReadByte(); err != io.EOF {
		return nil, false
	}
	if len(z.a.abs) == 0 {
		return z.norm(), true
	}
	exp2, exp5 := ratExponents(base, fcount, exp, ebase)
	if !z.scale(exp2, exp5) {
		return nil, false
	}
	z.a.neg = neg && len(z.a.abs) > 0 // 0 has no sign
	return z.norm(), true
}

// setFraction is SetString of "a/b" (sep is the index of '/').
func (z *Rat) setFraction(s string, sep int) (*Rat, bool) {
	if _, ok := z.a.SetString(s[:sep], 0); !ok {
		return nil, false
	}
	r := strings.NewReader(s[sep+1:])
	var err error
	if z.b.abs, _, _, err = z.b.abs.scan(r, 0, false); err != nil {
		return nil, false
	}
	// The entire input must have been consumed.
	if _, err = r.ReadByte(); err != io.EOF {
		return nil, false
	}
	if len(z.b.abs) == 0 {
		return nil, false
	}
	return z.norm(), true
}

// ratExponents turns the mantissa's fraction digit count and the exponent into powers of 2
// and 5.
func ratExponents(base, fcount int, exp int64, ebase int) (exp2, exp5 int64) {
	if fcount < 0 {
		d := int64(fcount)
		switch base {
		case 10:
			exp5 = d
			exp2 = d // 10**e == 5**e * 2**e
		case 2:
			exp2 = d
		case 8:
			exp2 = d * 3 // octal digits are 3 bits each
		case 16:
			exp2 = d * 4 // hexadecimal digits are 4 bits each
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
	return
}

// scale multiplies z.a by 2**exp2 * 5**exp5 (a negative power goes into the denominator);
// false when an exponent is excessively large.
func (z *Rat) scale(exp2, exp5 int64) bool {
	if exp5 != 0 {
		n := exp5
		if n < 0 {
			n = -n
			if n < 0 {
				return false
			}
		}
		if n > 1e6 {
			return false // avoid excessively large exponents
		}
		pow5 := z.b.abs.expNN(natFive, nat(nil).setWord(Word(n)), nil)
		if exp5 > 0 {
			z.a.abs = z.a.abs.mul(z.a.abs, pow5)
			z.b.abs = z.b.abs.setWord(1)
		} else {
			z.b.abs = pow5
		}
	} else {
		z.b.abs = z.b.abs.setWord(1)
	}
	if exp2 < -1e7 || exp2 > 1e7 {
		return false // avoid excessively large exponents
	}
	if exp2 > 0 {
		z.a.abs = z.a.abs.shl(z.a.abs, uint(exp2))
	} else if exp2 < 0 {
		z.b.abs = z.b.abs.shl(z.b.abs, uint(-exp2))
	}
	return true
}

// scanExponent scans the longest possible prefix of r representing a base 10 ('e', 'E') or a
// base 2 ('p', 'P', if base2ok) exponent, if any; sepOk accepts '_' between digits.
func scanExponent(r io.ByteScanner, base2ok, sepOk bool) (exp int64, base int, err error) {
	ch, err := r.ReadByte()
	if err != nil {
		if err == io.EOF {
			err = nil
		}
		return 0, 10, err
	}
	switch {
	case ch == 'e' || ch == 'E':
		base = 10
	case (ch == 'p' || ch == 'P') && base2ok:
		base = 2
	default:
		r.UnreadByte() // ch does not belong to the exponent
		return 0, 10, nil
	}
	var digits []byte
	ch, err = r.ReadByte()
	if err == nil && (ch == '+' || ch == '-') {
		if ch == '-' {
			digits = append(digits, '-')
		}
		ch, err = r.ReadByte()
	}
	prev := '.' // '_', '0' (a digit) or '.' (anything else)
	invalSep := false
	hasDigits := false
	for err == nil {
		if '0' <= ch && ch <= '9' {
			digits = append(digits, ch)
			prev = '0'
			hasDigits = true
		} else if ch == '_' && sepOk {
			if prev != '0' {
				invalSep = true
			}
			prev = '_'
		} else {
			r.UnreadByte() // ch does not belong to the number
			break
		}
		ch, err = r.ReadByte()
	}
	if err == io.EOF {
		err = nil
	}
	if err == nil && !hasDigits {
		err = errNoDigits
	}
	if err == nil {
		exp, err = strconv.ParseInt(string(digits), 10, 64)
	}
	// Other errors take precedence over invalid separators.
	if err == nil && (invalSep || prev == '_') {
		err = errInvalSep
	}
	return
}

// String returns a string representation of x in the form "a/b" (even if b == 1).
func (x *Rat) String() string {
	return string(x.marshal())
}

// marshal implements String returning a slice of bytes.
func (x *Rat) marshal() []byte {
	var buf []byte
	buf = x.a.Append(buf, 10)
	buf = append(buf, '/')
	if len(x.b.abs) != 0 {
		buf = x.b.Append(buf, 10)
	} else {
		buf = append(buf, '1')
	}
	return buf
}

// RatString returns a string representation of x in the form "a/b" if b != 1, and in the form
// "a" if b == 1.
func (x *Rat) RatString() string {
	if x.IsInt() {
		return x.a.String()
	}
	return x.String()
}

// FloatString returns a string representation of x in decimal form with prec digits of
// precision after the radix point. The last digit is rounded to nearest, with halves rounded
// away from zero.
func (x *Rat) FloatString(prec int) string
