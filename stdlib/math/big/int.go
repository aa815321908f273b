// Signed multi-precision integers: models Go 1.19's int.go.
//
// An Int is Go's struct {neg bool; abs nat}; the zero value is 0, and 0 has no sign. The
// arithmetic methods are natives on host bigints (src/stdlib/native/math_big.ts) with Go's
// semantics: Quo/Rem truncate, Div/Mod are Euclidean, bit operations see negative numbers in
// two's complement, and the panics ("division by zero", "negative bit index", ...) are Go's.
// Methods whose logic is Go's own composition of others (Exp, ModInverse, Binomial, ModSqrt)
// are Go code here.

package big

import (
	"fmt"
	"io"
	"strings"
)

// An Int represents a signed multi-precision integer. The zero value for an Int represents
// the value 0.
type Int struct {
	neg bool // sign
	abs nat  // absolute value of the integer
}

var intOne = &Int{false, natOne}

// Sign returns -1 if x < 0, 0 if x == 0, +1 if x > 0.
func (x *Int) Sign() int {
	if len(x.abs) == 0 {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

// SetInt64 sets z to x and returns z.
func (z *Int) SetInt64(x int64) *Int

// SetUint64 sets z to x and returns z.
func (z *Int) SetUint64(x uint64) *Int

// NewInt allocates and returns a new Int set to x.
func NewInt(x int64) *Int {
	return new(Int).SetInt64(x)
}

// Set sets z to x and returns z.
func (z *Int) Set(x *Int) *Int {
	if z != x {
		z.abs = z.abs.set(x.abs)
		z.neg = x.neg
	}
	return z
}

// Bits provides raw access to x's absolute value as a little-endian Word slice; the result and
// x share the same underlying array.
func (x *Int) Bits() []Word {
	return x.abs
}

// SetBits provides raw access to z's value: it sets z to abs (interpreted as a little-endian
// Word slice) and returns z.
func (z *Int) SetBits(abs []Word) *Int {
	z.abs = nat(abs).norm()
	z.neg = false
	return z
}

// Abs sets z to |x| and returns z.
func (z *Int) Abs(x *Int) *Int {
	z.Set(x)
	z.neg = false
	return z
}

// Neg sets z to -x and returns z.
func (z *Int) Neg(x *Int) *Int {
	z.Set(x)
	z.neg = len(z.abs) > 0 && !z.neg // 0 has no sign
	return z
}

// Add sets z to the sum x+y and returns z.
func (z *Int) Add(x, y *Int) *Int

// Sub sets z to the difference x-y and returns z.
func (z *Int) Sub(x, y *Int) *Int

// Mul sets z to the product x*y and returns z.
func (z *Int) Mul(x, y *Int) *Int

// MulRange sets z to the product of all integers in the range [a, b] and returns z; 1 when
// the range is empty.
func (z *Int) MulRange(a, b int64) *Int

// Binomial sets z to the binomial coefficient of (n, k) and returns z.
func (z *Int) Binomial(n, k int64) *Int {
	if n/2 < k && k <= n {
		k = n - k // Binomial(n, k) == Binomial(n, n-k)
	}
	var a, b Int
	a.MulRange(n-k+1, n)
	b.MulRange(1, k)
	return z.Quo(&a, &b)
}

// Quo sets z to the quotient x/y for y != 0 (truncated division) and returns z. If y == 0, a
// division-by-zero run-time panic occurs.
func (z *Int) Quo(x, y *Int) *Int {
	if len(y.abs) == 0 {
		z.abs.div(nil, x.abs, y.abs)
	}
	return z.quo(x, y)
}

func (z *Int) quo(x, y *Int) *Int

// Rem sets z to the remainder x%y for y != 0 (truncated modulus) and returns z.
func (z *Int) Rem(x, y *Int) *Int {
	if len(y.abs) == 0 {
		z.abs.div(nil, x.abs, y.abs)
	}
	return z.rem(x, y)
}

func (z *Int) rem(x, y *Int) *Int

// QuoRem sets z to x/y and r to x%y (truncated) and returns the pair (z, r).
func (z *Int) QuoRem(x, y, r *Int) (*Int, *Int) {
	if len(y.abs) == 0 {
		z.abs.div(nil, x.abs, y.abs)
	}
	return z.quoRem(x, y, r)
}

func (z *Int) quoRem(x, y, r *Int) (*Int, *Int)

// div panics as Go's nat.div does for a zero divisor; the division itself is native.
func (z nat) div(z2, u, v nat) (q, r nat) {
	if len(v) == 0 {
		panic("division by zero")
	}
	return nil, nil
}

// Div sets z to the quotient x/y for y != 0 (Euclidean division) and returns z.
func (z *Int) Div(x, y *Int) *Int {
	if len(y.abs) == 0 {
		var r Int
		z.QuoRem(x, y, &r)
	}
	return z.div(x, y)
}

func (z *Int) div(x, y *Int) *Int

// Mod sets z to the modulus x%y for y != 0 (Euclidean modulus, 0 <= m < |y|) and returns z.
func (z *Int) Mod(x, y *Int) *Int {
	if len(y.abs) == 0 {
		var q Int
		q.QuoRem(x, y, z)
	}
	return z.mod(x, y)
}

func (z *Int) mod(x, y *Int) *Int

// DivMod sets z to x div y and m to x mod y (Euclidean) and returns the pair (z, m).
func (z *Int) DivMod(x, y, m *Int) (*Int, *Int) {
	if len(y.abs) == 0 {
		z.QuoRem(x, y, m)
	}
	return z.divMod(x, y, m)
}

func (z *Int) divMod(x, y, m *Int) (*Int, *Int)

// Cmp compares x and y: -1 if x < y, 0 if x == y, +1 if x > y.
func (x *Int) Cmp(y *Int) (r int)

// CmpAbs compares the absolute values of x and y.
func (x *Int) CmpAbs(y *Int) int

// Int64 returns the int64 representation of x (undefined, as Go's low bits, if it does not fit).
func (x *Int) Int64() int64

// Uint64 returns the uint64 representation of x (as Go: the low 64 bits of |x|).
func (x *Int) Uint64() uint64

// IsInt64 reports whether x can be represented as an int64.
func (x *Int) IsInt64() bool

// IsUint64 reports whether x can be represented as a uint64.
func (x *Int) IsUint64() bool

// SetString sets z to the value of s in the given base and returns z and a boolean indicating
// success. Base 0 selects the base from s's prefix and accepts underscores between digits.
func (z *Int) SetString(s string, base int) (*Int, bool) {
	return z.setFromScanner(strings.NewReader(s), base)
}

// setFromScanner implements SetString given an io.ByteScanner.
func (z *Int) setFromScanner(r io.ByteScanner, base int) (*Int, bool) {
	if _, _, err := z.scan(r, base); err != nil {
		return nil, false
	}
	// The entire input must have been consumed.
	if _, err := r.ReadByte(); err != io.EOF {
		return nil, false
	}
	return z, true
}

// SetBytes interprets buf as the bytes of a big-endian unsigned integer, sets z to that value,
// and returns z.
func (z *Int) SetBytes(buf []byte) *Int

// Bytes returns the absolute value of x as a big-endian byte slice.
func (x *Int) Bytes() []byte

// FillBytes sets buf to the absolute value of x, storing it as a zero-extended big-endian byte
// slice, and returns buf. It panics if the value does not fit.
func (x *Int) FillBytes(buf []byte) []byte {
	// Clear whole buffer. (This gets optimized into a memclr.)
	for i := range buf {
		buf[i] = 0
	}
	x.abs.bytes(buf)
	return buf
}

// BitLen returns the length of the absolute value of x in bits.
func (x *Int) BitLen() int

// TrailingZeroBits returns the number of consecutive least significant zero bits of |x|.
func (x *Int) TrailingZeroBits() uint

// Exp sets z = x**y mod |m| (i.e. the sign of m is ignored), and returns z. If m == nil or
// m == 0, z = x**y unless y <= 0 then z = 1. If m != 0, y < 0, and x and m are not
// relatively prime, z is unchanged and nil is returned.
func (z *Int) Exp(x, y, m *Int) *Int {
	xWords := x.abs
	if y.neg {
		if m == nil || len(m.abs) == 0 {
			return z.SetInt64(1)
		}
		// For y < 0: x**y mod |m| == (x**(-1))**|y| mod |m|.
		inverse := new(Int).ModInverse(x, m)
		if inverse == nil {
			return nil
		}
		xWords = inverse.abs
	}
	yWords := y.abs
	var mWords nat
	if m != nil {
		if z == m || alias(z.abs, m.abs) {
			m = new(Int).Set(m)
		}
		mWords = m.abs
	}
	z.abs = z.abs.expNN(xWords, yWords, mWords)
	z.neg = len(z.abs) > 0 && x.neg && len(yWords) > 0 && yWords[0]&1 == 1 // 0 has no sign
	if z.neg && len(mWords) > 0 {
		// Make the modulus result positive.
		z.abs = z.abs.sub(mWords, z.abs)
		z.neg = false
	}
	return z
}

// GCD sets z to the greatest common divisor of a and b and returns z. If x or y are not nil,
// GCD sets their value such that z = a*x + b*y (Go 1.19's rules for zero and negative a, b).
func (z *Int) GCD(x, y, a, b *Int) *Int

// ModInverse sets z to the multiplicative inverse of g in the ring ℤ/nℤ and returns z. If g and
// n are not relatively prime, g has no inverse, z is unchanged and the return value is nil.
func (z *Int) ModInverse(g, n *Int) *Int {
	// GCD expects parameters a and b to be > 0.
	if n.neg {
		var n2 Int
		n = n2.Neg(n)
	}
	if g.neg {
		var g2 Int
		g = g2.Mod(g, n)
	}
	var d, x Int
	d.GCD(&x, nil, g, n)
	if d.Cmp(intOne) != 0 {
		return nil
	}
	// x may be negative: bring it into 0 <= z < |n|.
	if x.neg {
		z.Add(&x, n)
	} else {
		z.Set(&x)
	}
	return z
}

// Jacobi returns the Jacobi symbol (x/y), either +1, -1, or 0. The y argument must be an odd
// integer.
func Jacobi(x, y *Int) int {
	if len(y.abs) == 0 || y.abs[0]&1 == 0 {
		panic(fmt.Sprintf("big: invalid 2nd argument to Int.Jacobi: need odd integer but got %s", y.String()))
	}
	return jacobi(x, y)
}

func jacobi(x, y *Int) int

// Lsh sets z = x << n and returns z.
func (z *Int) Lsh(x *Int, n uint) *Int

// Rsh sets z = x >> n and returns z (an arithmetic shift: negative x rounds towards -inf).
func (z *Int) Rsh(x *Int, n uint) *Int

// Bit returns the value of the i'th bit of x (two's complement for negative x).
func (x *Int) Bit(i int) uint {
	if i < 0 {
		panic("negative bit index")
	}
	return x.bit(i)
}

func (x *Int) bit(i int) uint

// SetBit sets z to x, with x's i'th bit set to b (0 or 1), and returns z.
func (z *Int) SetBit(x *Int, i int, b uint) *Int {
	if i < 0 {
		panic("negative bit index")
	}
	if b > 1 {
		z.abs.setBit(x.abs, uint(i), b)
	}
	return z.setBit(x, i, b)
}

func (z *Int) setBit(x *Int, i int, b uint) *Int

// setBit panics as Go's nat.setBit does for a bit value other than 0 and 1 (the value work is
// native).
func (z nat) setBit(x nat, i uint, b uint) nat {
	panic("set bit is not 0 or 1")
}

// And sets z = x & y and returns z.
func (z *Int) And(x, y *Int) *Int

// AndNot sets z = x &^ y and returns z.
func (z *Int) AndNot(x, y *Int) *Int

// Or sets z = x | y and returns z.
func (z *Int) Or(x, y *Int) *Int

// Xor sets z = x ^ y and returns z.
func (z *Int) Xor(x, y *Int) *Int

// Not sets z = ^x and returns z.
func (z *Int) Not(x *Int) *Int

// Sqrt sets z to ⌊√x⌋ and returns z. It panics if x is negative.
func (z *Int) Sqrt(x *Int) *Int {
	if x.neg {
		panic("square root of negative number")
	}
	return z.sqrt(x)
}

func (z *Int) sqrt(x *Int) *Int

