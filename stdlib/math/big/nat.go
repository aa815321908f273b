// Unsigned multi-precision integers: models Go 1.19's nat.go and natconv.go's scan.
//
// A nat is normalized (no leading zero words; 0 is the empty nat). Its arithmetic runs in
// natives (src/stdlib/native/math_big.ts) that reuse z's backing array when it is big enough,
// as Go's nat.make does, and otherwise allocate a new one (charged to the simulated heap).
// The scanner is Go code, as Go's, so that it reads through any io.ByteScanner.

package big

import (
	"errors"
	"fmt"
	"io"
)

// An unsigned integer x of the form x = x[n-1]*_B^(n-1) + ... + x[1]*_B + x[0].
type nat []Word

var (
	natOne  = nat{1}
	natTwo  = nat{2}
	natFive = nat{5}
	natTen  = nat{10}
)

// norm drops leading zero words.
func (z nat) norm() nat {
	i := len(z)
	for i > 0 && z[i-1] == 0 {
		i--
	}
	return z[0:i]
}

// set sets z = x, in z's storage when it is big enough.
func (z nat) set(x nat) nat {
	if cap(z) < len(x) {
		z = make(nat, len(x), len(x)+4)
	} else {
		z = z[:len(x)]
	}
	copy(z, x)
	return z
}

// setWord sets z = w.
func (z nat) setWord(w Word) nat

// cmp compares x and y: -1, 0 or +1.
func (x nat) cmp(y nat) int

// sub sets z = x - y; it panics "underflow" when x < y.
func (z nat) sub(x, y nat) nat

// mul sets z = x * y.
func (z nat) mul(x, y nat) nat

// shl sets z = x << s.
func (z nat) shl(x nat, s uint) nat

// expNN sets z = x**y mod m; m empty means no modulus.
func (z nat) expNN(x, y, m nat) nat

// itoa returns the digits of x in base (2..MaxBase), with a '-' when neg and x != 0.
func (x nat) itoa(neg bool, base int) []byte {
	if base < 2 || base > MaxBase {
		panic("invalid base")
	}
	return x.digits(neg, base)
}

// digits is itoa's conversion (native).
func (x nat) digits(neg bool, base int) []byte

// setDigits sets z to the number whose digits (values, most significant first) in base are d.
func (z nat) setDigits(d []byte, base int) nat

// utoa returns the digits of x in base.
func (x nat) utoa(base int) []byte {
	return x.itoa(false, base)
}

// alias reports whether x and y share the same base array.
func alias(x, y nat) bool {
	return cap(x) > 0 && cap(y) > 0 && &x[0:cap(x)][cap(x)-1] == &y[0:cap(y)][cap(y)-1]
}

var (
	errNoDigits = errors.New("number has no digits")
	errInvalSep = errors.New("'_' must separate successive digits")
)

// scan scans the longest prefix of r that is an unsigned number in base, as Go's nat.scan:
// base 0 reads a prefix 0b, 0o, 0x (and, unless fracOk, 0 for octal) and accepts '_' between
// digits; fracOk accepts one '.', and then count <= 0 is minus the count of fraction digits.
func (z nat) scan(r io.ByteScanner, base int, fracOk bool) (res nat, b, count int, err error) {
	baseOk := base == 0 ||
		!fracOk && 2 <= base && base <= MaxBase ||
		fracOk && (base == 2 || base == 8 || base == 10 || base == 16)
	if !baseOk {
		panic(fmt.Sprintf("invalid number base %d", base))
	}
	prev := '.' // '_', '0' (a digit) or '.' (anything else)
	invalSep := false
	ch, err := r.ReadByte()
	b, prefix := base, 0
	if base == 0 {
		b, prefix, count, prev, ch, err = scanPrefix(r, ch, err, fracOk)
	}
	var digits []byte
	dp := -1 // position of the radix point
	for err == nil {
		if ch == '.' && fracOk {
			fracOk = false
			if prev == '_' {
				invalSep = true
			}
			prev = '.'
			dp = count
		} else if ch == '_' && base == 0 {
			if prev != '0' {
				invalSep = true
			}
			prev = '_'
		} else {
			d := digitValue(ch, b)
			if d >= b {
				r.UnreadByte() // ch does not belong to the number
				break
			}
			prev = '0'
			count++
			digits = append(digits, byte(d))
		}
		ch, err = r.ReadByte()
	}
	if err == io.EOF {
		err = nil
	}
	if err == nil && (invalSep || prev == '_') {
		err = errInvalSep
	}
	if count == 0 {
		if prefix == '0' {
			// Only the octal prefix 0: the number is decimal 0.
			return z[:0], 10, 1, err
		}
		err = errNoDigits
	}
	res = z.setDigits(digits, b)
	if dp >= 0 {
		count = dp - count
	}
	return
}

// scanPrefix reads a base prefix after the first character ch of a base-0 number.
func scanPrefix(r io.ByteScanner, ch byte, err error, fracOk bool) (b, prefix, count int, prev rune, c byte, e error) {
	b, prev = 10, '.'
	if err == nil && ch == '0' {
		prev = '0'
		count = 1
		ch, err = r.ReadByte()
		if err == nil {
			switch ch {
			case 'b', 'B':
				b, prefix = 2, 'b'
			case 'o', 'O':
				b, prefix = 8, 'o'
			case 'x', 'X':
				b, prefix = 16, 'x'
			default:
				if !fracOk {
					b, prefix = 8, '0'
				}
			}
			if prefix != 0 {
				count = 0 // a prefix is not counted
				if prefix != '0' {
					ch, err = r.ReadByte()
				}
			}
		}
	}
	return b, prefix, count, prev, ch, err
}

// digitValue is the value of the digit ch in base b, or MaxBase+1 when ch is no digit.
func digitValue(ch byte, b int) int {
	switch {
	case '0' <= ch && ch <= '9':
		return int(ch - '0')
	case 'a' <= ch && ch <= 'z':
		return int(ch - 'a' + 10)
	case 'A' <= ch && ch <= 'Z':
		if b <= maxBaseSmall {
			return int(ch - 'A' + 10)
		}
		return int(ch - 'A' + maxBaseSmall)
	}
	return MaxBase + 1
}
