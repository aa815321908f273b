// Multi-precision floating-point numbers: models Go 1.19's float.go.
//
// A Float is Go's struct: a finite nonzero value is 0.mant × 2**exp with mant's most
// significant bit set (0.5 <= mantissa < 1), rounded to prec bits in the rounding mode mode;
// acc records the direction of the last rounding. The logic of special values (zeros with
// signs, infinities, the ErrNaN panics) and of precision defaults is Go code here, as Go's;
// the magnitude operations that round (uadd, usub, umul, uquo, round) are natives on host
// bigints (src/stdlib/native/math_big_float.ts) that compute the exact result, or for a
// quotient enough bits and a sticky bit, and round it once: Go's are correctly rounded too,
// so the results are Go's bit for bit.

package big

import (
	"math"
	"strconv"
)

// A nonzero finite Float represents a multi-precision floating point number
//
//	sign × mantissa × 2**exponent
//
// with 0.5 <= mantissa < 1.0, and MinExp <= exponent <= MaxExp. The zero value for a Float is
// ready to use and represents the number +0.0 exactly, with precision 0 and rounding mode
// ToNearestEven.
type Float struct {
	prec uint32
	mode RoundingMode
	acc  Accuracy
	form form
	neg  bool
	mant nat
	exp  int32
}

// An ErrNaN panic is raised by a Float operation that would lead to a NaN under IEEE-754
// rules. An ErrNaN implements the error interface.
type ErrNaN struct {
	msg string
}

func (err ErrNaN) Error() string {
	return err.msg
}

// NewFloat allocates and returns a new Float set to x, with precision 53 and rounding mode
// ToNearestEven. NewFloat panics with ErrNaN if x is a NaN.
func NewFloat(x float64) *Float {
	if math.IsNaN(x) {
		panic(ErrNaN{"NewFloat(NaN)"})
	}
	return new(Float).SetFloat64(x)
}

// Exponent and precision limits.
const (
	MaxExp  = math.MaxInt32  // largest supported exponent
	MinExp  = math.MinInt32  // smallest supported exponent
	MaxPrec = math.MaxUint32 // largest (theoretically) supported precision; likely memory-limited
)

// form is the internal representation of a Float's kind.
type form byte

const (
	zero form = iota
	finite
	inf
)

// RoundingMode determines how a Float value is rounded to the desired precision.
type RoundingMode byte

// These constants define supported rounding modes.
const (
	ToNearestEven RoundingMode = iota // == IEEE 754-2008 roundTiesToEven
	ToNearestAway                     // == IEEE 754-2008 roundTiesToAway
	ToZero                            // == IEEE 754-2008 roundTowardZero
	AwayFromZero                      // no IEEE 754-2008 equivalent
	ToNegativeInf                     // == IEEE 754-2008 roundTowardNegative
	ToPositiveInf                     // == IEEE 754-2008 roundTowardPositive
)

var roundingModeNames = [...]string{"ToNearestEven", "ToNearestAway", "ToZero", "AwayFromZero", "ToNegativeInf", "ToPositiveInf"}

func (i RoundingMode) String() string {
	if int(i) >= len(roundingModeNames) {
		return "RoundingMode(" + strconv.FormatInt(int64(i), 10) + ")"
	}
	return roundingModeNames[i]
}

// Accuracy describes the rounding error produced by the most recent operation that generated
// a Float value, relative to the exact value.
type Accuracy int8

// Constants describing the Accuracy of a Float.
const (
	Below Accuracy = -1
	Exact Accuracy = 0
	Above Accuracy = +1
)

func (i Accuracy) String() string {
	switch i {
	case Below:
		return "Below"
	case Exact:
		return "Exact"
	case Above:
		return "Above"
	}
	return "Accuracy(" + strconv.FormatInt(int64(i), 10) + ")"
}

func makeAcc(above bool) Accuracy {
	if above {
		return Above
	}
	return Below
}

// SetPrec sets z's precision to prec and returns the (possibly) rounded value of z. Rounding
// occurs according to z's rounding mode if the mantissa cannot be represented in prec bits
// without loss of precision. SetPrec(0) maps all finite values to ±0; infinite values remain
// unchanged. If prec > MaxPrec, it is set to MaxPrec.
func (z *Float) SetPrec(prec uint) *Float {
	z.acc = Exact // optimistically assume no rounding is needed
	if prec == 0 {
		z.prec = 0
		if z.form == finite {
			// truncate z to 0
			z.acc = makeAcc(z.neg)
			z.form = zero
		}
		return z
	}
	if prec > MaxPrec {
		prec = MaxPrec
	}
	old := z.prec
	z.prec = uint32(prec)
	if z.prec < old {
		z.round(0)
	}
	return z
}

// SetMode sets z's rounding mode to mode and returns an exact z. z remains unchanged
// otherwise.
func (z *Float) SetMode(mode RoundingMode) *Float {
	z.mode = mode
	z.acc = Exact
	return z
}

// Prec returns the mantissa precision of x in bits.
func (x *Float) Prec() uint {
	return uint(x.prec)
}

// MinPrec returns the minimum precision required to represent x exactly.
func (x *Float) MinPrec() uint {
	if x.form != finite {
		return 0
	}
	return uint(len(x.mant))*_W - x.mant.trailingZeroBits()
}

// Mode returns the rounding mode of x.
func (x *Float) Mode() RoundingMode {
	return x.mode
}

// Acc returns the accuracy of x produced by the most recent operation, unless explicitly
// documented otherwise by that operation.
func (x *Float) Acc() Accuracy {
	return x.acc
}

// Sign returns -1 if x < 0, 0 if x is ±0, +1 if x > 0.
func (x *Float) Sign() int {
	if x.form == zero {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

// MantExp breaks x into its mantissa and exponent components and returns the exponent. If a
// non-nil mant argument is provided its value is set to the mantissa of x, with the same
// precision and rounding mode as x.
func (x *Float) MantExp(mant *Float) (exp int) {
	if x.form == finite {
		exp = int(x.exp)
	}
	if mant != nil {
		mant.Copy(x)
		if mant.form == finite {
			mant.exp = 0
		}
	}
	return
}

func (z *Float) setExpAndRound(exp int64, sbit uint) {
	if exp < MinExp {
		// underflow
		z.acc = makeAcc(z.neg)
		z.form = zero
		return
	}
	if exp > MaxExp {
		// overflow
		z.acc = makeAcc(!z.neg)
		z.form = inf
		return
	}
	z.form = finite
	z.exp = int32(exp)
	z.round(sbit)
}

// SetMantExp sets z to mant × 2**exp and returns z.
func (z *Float) SetMantExp(mant *Float, exp int) *Float {
	z.Copy(mant)
	if z.form == finite {
		z.setExpAndRound(int64(z.exp)+int64(exp), 0)
	}
	return z
}

// Signbit reports whether x is negative or negative zero.
func (x *Float) Signbit() bool {
	return x.neg
}

// IsInf reports whether x is +Inf or -Inf.
func (x *Float) IsInf() bool {
	return x.form == inf
}

// IsInt reports whether x is an integer. ±Inf values are not integers.
func (x *Float) IsInt() bool {
	if x.form != finite {
		return x.form == zero
	}
	if x.exp <= 0 {
		return false
	}
	return x.prec <= uint32(x.exp) || x.MinPrec() <= uint(x.exp)
}

// round rounds z according to z.mode to z.prec bits and sets z.acc accordingly; sbit is the
// sticky bit of bits below the mantissa (native).
func (z *Float) round(sbit uint)

// fnorm shifts m left so that its msb is set and returns the shift count (native).
func fnorm(m nat) int64

// setNat sets the finite z to m × 2**0 (m > 0) and rounds it (native).
func (z *Float) setNat(m nat)

// setFinite64 sets z's mantissa and exponent to those of the finite nonzero x, unrounded.
func (z *Float) setFinite64(x float64)

func (z *Float) setBits64(neg bool, x uint64) *Float {
	if z.prec == 0 {
		z.prec = 64
	}
	z.acc = Exact
	z.neg = neg
	if x == 0 {
		z.form = zero
		return z
	}
	z.form = finite
	z.setNat(nat(nil).setWord(Word(x)))
	return z
}

// SetUint64 sets z to the (possibly rounded) value of x and returns z. If z's precision is 0,
// it is changed to 64 (and rounding will have no effect).
func (z *Float) SetUint64(x uint64) *Float {
	return z.setBits64(false, x)
}

// SetInt64 sets z to the (possibly rounded) value of x and returns z. If z's precision is 0,
// it is changed to 64 (and rounding will have no effect).
func (z *Float) SetInt64(x int64) *Float {
	u := x
	if u < 0 {
		u = -u
	}
	// We cannot simply call z.SetUint64(uint64(u)) and change the sign afterwards because the
	// sign affects rounding.
	return z.setBits64(x < 0, uint64(u))
}

// SetFloat64 sets z to the (possibly rounded) value of x and returns z. If z's precision is
// 0, it is changed to 53 (and rounding will have no effect). SetFloat64 panics with ErrNaN if
// x is a NaN.
func (z *Float) SetFloat64(x float64) *Float {
	if z.prec == 0 {
		z.prec = 53
	}
	if math.IsNaN(x) {
		panic(ErrNaN{"Float.SetFloat64(NaN)"})
	}
	z.acc = Exact
	z.neg = math.Signbit(x) // handle -0, -Inf correctly
	if x == 0 {
		z.form = zero
		return z
	}
	if math.IsInf(x, 0) {
		z.form = inf
		return z
	}
	z.form = finite
	z.setFinite64(x)
	if z.prec < 53 {
		z.round(0)
	}
	return z
}

// SetInt sets z to the (possibly rounded) value of x and returns z. If z's precision is 0, it
// is changed to the larger of x.BitLen() or 64 (and rounding will have no effect).
func (z *Float) SetInt(x *Int) *Float {
	bits := uint32(x.BitLen())
	if z.prec == 0 {
		z.prec = umax32(bits, 64)
	}
	z.acc = Exact
	z.neg = x.neg
	if len(x.abs) == 0 {
		z.form = zero
		return z
	}
	z.form = finite
	z.setNat(x.abs)
	return z
}

// SetRat sets z to the (possibly rounded) value of x and returns z. If z's precision is 0, it
// is changed to the largest of a.BitLen(), b.BitLen(), or 64; with x = a/b.
func (z *Float) SetRat(x *Rat) *Float {
	if x.IsInt() {
		return z.SetInt(x.Num())
	}
	var a, b Float
	a.SetInt(x.Num())
	b.SetInt(x.Denom())
	if z.prec == 0 {
		z.prec = umax32(a.prec, b.prec)
	}
	return z.Quo(&a, &b)
}

// SetInf sets z to the infinite Float -Inf if signbit is set, or +Inf if signbit is not set,
// and returns z. The precision of z is unchanged and the result is always Exact.
func (z *Float) SetInf(signbit bool) *Float {
	z.acc = Exact
	z.form = inf
	z.neg = signbit
	return z
}

// Set sets z to the (possibly rounded) value of x and returns z. If z's precision is 0, it is
// changed to the precision of x before setting z (and rounding will have no effect).
func (z *Float) Set(x *Float) *Float {
	z.acc = Exact
	if z != x {
		z.form = x.form
		z.neg = x.neg
		if x.form == finite {
			z.exp = x.exp
			z.mant = z.mant.set(x.mant)
		}
		if z.prec == 0 {
			z.prec = x.prec
		} else if z.prec < x.prec {
			z.round(0)
		}
	}
	return z
}

// Copy sets z to x, with the same precision, rounding mode, and accuracy as x, and returns z.
func (z *Float) Copy(x *Float) *Float {
	if z != x {
		z.prec = x.prec
		z.mode = x.mode
		z.acc = x.acc
		z.form = x.form
		z.neg = x.neg
		if z.form == finite {
			z.mant = z.mant.set(x.mant)
			z.exp = x.exp
		}
	}
	return z
}

// Uint64 returns the unsigned integer resulting from truncating x towards zero, and the
// accuracy of the result.
func (x *Float) Uint64() (uint64, Accuracy)

// Int64 returns the integer resulting from truncating x towards zero, and the accuracy of the
// result.
func (x *Float) Int64() (int64, Accuracy)

// Float32 returns the float32 value nearest to x, and the accuracy of the result.
func (x *Float) Float32() (float32, Accuracy)

// Float64 returns the float64 value nearest to x, and the accuracy of the result.
func (x *Float) Float64() (float64, Accuracy)

// Int returns the result of truncating x towards zero; or nil if x is an infinity. If a
// non-nil *Int argument z is provided, Int stores the result in z instead of allocating a new
// Int.
func (x *Float) Int(z *Int) (*Int, Accuracy) {
	if z == nil && x.form <= finite {
		z = new(Int)
	}
	switch x.form {
	case finite:
		acc := makeAcc(x.neg)
		if x.exp <= 0 {
			// 0 < |x| < 1
			return z.SetInt64(0), acc
		}
		if x.MinPrec() <= uint(x.exp) {
			acc = Exact
		}
		x.truncInt(z)
		return z, acc
	case zero:
		return z.SetInt64(0), Exact
	}
	return nil, makeAcc(x.neg)
}

// truncInt sets z to x truncated towards zero (|x| >= 1).
func (x *Float) truncInt(z *Int)

// Rat returns the rational number corresponding to x; or nil if x is an infinity. If a
// non-nil *Rat argument z is provided, Rat stores the result in z instead of allocating a new
// Rat.
func (x *Float) Rat(z *Rat) (*Rat, Accuracy) {
	if z == nil && x.form <= finite {
		z = new(Rat)
	}
	switch x.form {
	case finite:
		x.exactRat(z)
		return z, Exact
	case zero:
		return z.SetInt64(0), Exact
	}
	return nil, makeAcc(x.neg)
}

// exactRat sets z to the finite x's exact value.
func (x *Float) exactRat(z *Rat)

// Abs sets z to the (possibly rounded) value |x| (the absolute value of x) and returns z.
func (z *Float) Abs(x *Float) *Float {
	z.Set(x)
	z.neg = false
	return z
}

// Neg sets z to the (possibly rounded) value of x with its sign negated, and returns z.
func (z *Float) Neg(x *Float) *Float {
	z.Set(x)
	z.neg = !z.neg
	return z
}

// uadd sets z to |x| + |y| rounded (x, y finite; native).
func (z *Float) uadd(x, y *Float)

// usub sets z to |x| - |y| rounded, for |x| >= |y| (x, y finite; native).
func (z *Float) usub(x, y *Float)

// umul sets z to |x| * |y| rounded (x, y finite; native).
func (z *Float) umul(x, y *Float)

// uquo sets z to |x| / |y| rounded (x, y finite; native).
func (z *Float) uquo(x, y *Float)

// ucmp returns -1, 0, or +1, depending on whether |x| < |y|, |x| == |y|, or |x| > |y| (x, y
// finite; native).
func (x *Float) ucmp(y *Float) int

// Add sets z to the rounded sum x+y and returns z. If z's precision is 0, it is changed to
// the larger of x's or y's precision before the operation. Add panics with ErrNaN if x and y
// are infinities with opposite signs.
func (z *Float) Add(x, y *Float) *Float {
	if z.prec == 0 {
		z.prec = umax32(x.prec, y.prec)
	}
	if x.form == finite && y.form == finite {
		// x + y (common case)
		yneg := y.neg
		z.neg = x.neg
		if x.neg == yneg {
			z.uadd(x, y)
		} else if x.ucmp(y) > 0 {
			z.usub(x, y)
		} else {
			z.neg = !z.neg
			z.usub(y, x)
		}
		if z.form == zero && z.mode == ToNegativeInf && z.acc == Exact {
			z.neg = true
		}
		return z
	}
	if x.form == inf && y.form == inf && x.neg != y.neg {
		z.acc = Exact
		z.form = zero
		z.neg = false
		panic(ErrNaN{"addition of infinities with opposite signs"})
	}
	if x.form == zero && y.form == zero {
		z.acc = Exact
		z.form = zero
		z.neg = x.neg && y.neg // -0 + -0 == -0
		return z
	}
	if x.form == inf || y.form == zero {
		return z.Set(x)
	}
	return z.Set(y)
}

// Sub sets z to the rounded difference x-y and returns z. Sub panics with ErrNaN if x and y
// are infinities with equal signs.
func (z *Float) Sub(x, y *Float) *Float {
	if z.prec == 0 {
		z.prec = umax32(x.prec, y.prec)
	}
	if x.form == finite && y.form == finite {
		// x - y (common case)
		yneg := y.neg
		z.neg = x.neg
		if x.neg != yneg {
			z.uadd(x, y)
		} else if x.ucmp(y) > 0 {
			z.usub(x, y)
		} else {
			z.neg = !z.neg
			z.usub(y, x)
		}
		if z.form == zero && z.mode == ToNegativeInf && z.acc == Exact {
			z.neg = true
		}
		return z
	}
	if x.form == inf && y.form == inf && x.neg == y.neg {
		z.acc = Exact
		z.form = zero
		z.neg = false
		panic(ErrNaN{"subtraction of infinities with equal signs"})
	}
	if x.form == zero && y.form == zero {
		z.acc = Exact
		z.form = zero
		z.neg = x.neg && !y.neg // -0 - +0 == -0
		return z
	}
	if x.form == inf || y.form == zero {
		return z.Set(x)
	}
	return z.Neg(y)
}

// Mul sets z to the rounded product x*y and returns z. Mul panics with ErrNaN if one operand
// is zero and the other operand an infinity.
func (z *Float) Mul(x, y *Float) *Float {
	if z.prec == 0 {
		z.prec = umax32(x.prec, y.prec)
	}
	z.neg = x.neg != y.neg
	if x.form == finite && y.form == finite {
		z.umul(x, y)
		return z
	}
	z.acc = Exact
	if x.form == zero && y.form == inf || x.form == inf && y.form == zero {
		z.form = zero
		z.neg = false
		panic(ErrNaN{"multiplication of zero with infinity"})
	}
	if x.form == inf || y.form == inf {
		z.form = inf
		return z
	}
	z.form = zero
	return z
}

// Quo sets z to the rounded quotient x/y and returns z. Quo panics with ErrNaN if both
// operands are zero or infinities.
func (z *Float) Quo(x, y *Float) *Float {
	if z.prec == 0 {
		z.prec = umax32(x.prec, y.prec)
	}
	z.neg = x.neg != y.neg
	if x.form == finite && y.form == finite {
		z.uquo(x, y)
		return z
	}
	z.acc = Exact
	if x.form == zero && y.form == zero || x.form == inf && y.form == inf {
		z.form = zero
		z.neg = false
		panic(ErrNaN{"division of zero by zero or infinity by infinity"})
	}
	if x.form == zero || y.form == inf {
		z.form = zero
		return z
	}
	z.form = inf
	return z
}

// Cmp compares x and y and returns -1 if x < y, 0 if x == y (incl. -0 == 0, -Inf == -Inf,
// and +Inf == +Inf), +1 if x > y.
func (x *Float) Cmp(y *Float) int {
	mx := x.ord()
	my := y.ord()
	switch {
	case mx < my:
		return -1
	case mx > my:
		return +1
	}
	// mx == my
	switch mx {
	case -1:
		return y.ucmp(x)
	case +1:
		return x.ucmp(y)
	}
	return 0
}

// ord classifies x: -2 for -Inf, -1 for x < 0, 0 for ±0, +1 for x > 0, +2 for +Inf.
func (x *Float) ord() int {
	var m int
	switch x.form {
	case finite:
		m = 1
	case zero:
		return 0
	case inf:
		m = 2
	}
	if x.neg {
		m = -m
	}
	return m
}

func umax32(x, y uint32) uint32 {
	if x > y {
		return x
	}
	return y
}
