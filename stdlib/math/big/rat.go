// Multi-precision rational numbers: models Go 1.19's rat.go.
//
// A Rat is Go's struct {a, b Int}: the numerator a and the denominator b, where b.abs empty
// means 1 (the zero value is 0/1). Every operation leaves it normalized as Go's norm does:
// gcd(|a|, b) == 1, b >= 1 stored explicitly, and 0 without sign. The arithmetic is native
// (src/stdlib/native/math_big_rat.ts); the accessors are Go code.

package big

// A Rat represents a quotient a/b of arbitrary precision. The zero value for a Rat represents
// the value 0.
type Rat struct {
	a, b Int // b.abs empty means 1
}

// NewRat creates a new Rat with numerator a and denominator b.
func NewRat(a, b int64) *Rat {
	return new(Rat).SetFrac64(a, b)
}

// SetFloat64 sets z to exactly f and returns z. If f is not finite, SetFloat returns nil.
func (z *Rat) SetFloat64(f float64) *Rat

// Float32 returns the nearest float32 value for x and a bool indicating whether f represents
// x exactly.
func (x *Rat) Float32() (f float32, exact bool)

// Float64 returns the nearest float64 value for x and a bool indicating whether f represents
// x exactly.
func (x *Rat) Float64() (f float64, exact bool)

// SetFrac sets z to a/b and returns z. If b == 0, SetFrac panics.
func (z *Rat) SetFrac(a, b *Int) *Rat {
	if len(b.abs) == 0 {
		panic("division by zero")
	}
	return z.setFrac(a, b)
}

func (z *Rat) setFrac(a, b *Int) *Rat

// SetFrac64 sets z to a/b and returns z. If b == 0, SetFrac64 panics.
func (z *Rat) SetFrac64(a, b int64) *Rat {
	if b == 0 {
		panic("division by zero")
	}
	return z.setFrac64(a, b)
}

func (z *Rat) setFrac64(a, b int64) *Rat

// SetInt sets z to x (by making a copy of x) and returns z.
func (z *Rat) SetInt(x *Int) *Rat

// SetInt64 sets z to x and returns z.
func (z *Rat) SetInt64(x int64) *Rat

// SetUint64 sets z to x and returns z.
func (z *Rat) SetUint64(x uint64) *Rat

// Set sets z to x (by making a copy of x) and returns z.
func (z *Rat) Set(x *Rat) *Rat {
	if z != x {
		z.a.Set(&x.a)
		z.b.Set(&x.b)
	}
	if len(z.b.abs) == 0 {
		z.b.abs = z.b.abs.setWord(1)
	}
	return z
}

// Abs sets z to |x| (the absolute value of x) and returns z.
func (z *Rat) Abs(x *Rat) *Rat {
	z.Set(x)
	z.a.neg = false
	return z
}

// Neg sets z to -x and returns z.
func (z *Rat) Neg(x *Rat) *Rat {
	z.Set(x)
	z.a.neg = len(z.a.abs) > 0 && !z.a.neg // 0 has no sign
	return z
}

// Inv sets z to 1/x and returns z. If x == 0, Inv panics.
func (z *Rat) Inv(x *Rat) *Rat {
	if len(x.a.abs) == 0 {
		panic("division by zero")
	}
	return z.inv(x)
}

func (z *Rat) inv(x *Rat) *Rat

// Sign returns -1 if x < 0, 0 if x == 0, +1 if x > 0.
func (x *Rat) Sign() int {
	return x.a.Sign()
}

// IsInt reports whether the denominator of x is 1.
func (x *Rat) IsInt() bool {
	return len(x.b.abs) == 0 || x.b.abs.cmp(natOne) == 0
}

// Num returns the numerator of x; it may be <= 0. The result is a reference to x's numerator.
func (x *Rat) Num() *Int {
	return &x.a
}

// Denom returns the denominator of x; it is always > 0. The result is a reference to x's
// denominator, unless x is an uninitialized (zero value) Rat.
func (x *Rat) Denom() *Int {
	x.b.neg = false // the result is always >= 0
	if len(x.b.abs) == 0 {
		return &Int{abs: nat{1}}
	}
	return &x.b
}

// norm normalizes z (see the type's invariants).
func (z *Rat) norm() *Rat

// Cmp compares x and y: -1 if x < y, 0 if x == y, +1 if x > y.
func (x *Rat) Cmp(y *Rat) int

// Add sets z to the sum x+y and returns z.
func (z *Rat) Add(x, y *Rat) *Rat

// Sub sets z to the difference x-y and returns z.
func (z *Rat) Sub(x, y *Rat) *Rat

// Mul sets z to the product x*y and returns z.
func (z *Rat) Mul(x, y *Rat) *Rat

// Quo sets z to the quotient x/y and returns z. If y == 0, Quo panics.
func (z *Rat) Quo(x, y *Rat) *Rat {
	if len(y.a.abs) == 0 {
		panic("division by zero")
	}
	return z.quo(x, y)
}

func (z *Rat) quo(x, y *Rat) *Rat
