// Square roots of Floats: models Go 1.19's sqrt.go (Newton's iteration for 1/√x at growing
// precision, then one multiplication), so the result is rounded exactly as Go rounds it.

package big

import (
	"math"
	"sync"
)

var threeOnce struct {
	sync.Once
	v *Float
}

func three() *Float {
	threeOnce.Do(func() {
		threeOnce.v = NewFloat(3.0)
	})
	return threeOnce.v
}

// Sqrt sets z to the rounded square root of x, and returns it. If z's precision is 0, it is
// changed to x's precision before the operation. The function panics if z < 0. The value of z
// is undefined in that case.
func (z *Float) Sqrt(x *Float) *Float {
	if z.prec == 0 {
		z.prec = x.prec
	}
	if x.Sign() == -1 {
		// following IEEE754-2008 (section 7.2)
		panic(ErrNaN{"square root of negative operand"})
	}
	// handle ±0 and +∞
	if x.form != finite {
		z.acc = Exact
		z.form = x.form
		z.neg = x.neg // IEEE754-2008 requires √±0 = ±0
		return z
	}
	// MantExp sets the argument's precision to the receiver's, and when z.prec > x.prec this
	// will lower z.prec. Restore it after the MantExp call.
	prec := z.prec
	b := x.MantExp(z)
	z.prec = prec
	// Compute √(z·2**b) from √z, √(2z) or √(½z) for an even, odd positive or odd negative b.
	switch b % 2 {
	case 0:
		// nothing to do
	case 1:
		z.exp++
	case -1:
		z.exp--
	}
	// 0.25 <= z < 2.0
	z.sqrtInverse(z)
	// re-attach halved exponent
	return z.SetMantExp(z, b/2)
}

// sqrtInverse computes √x (to z.prec precision) as x times the root of f(t) = 1/t² - x found
// with Newton's method, and stores it in z. x must be in [0.25, 2].
func (z *Float) sqrtInverse(x *Float) {
	u := newFloat(z.prec)
	v := newFloat(z.prec)
	three := three()
	ng := func(t *Float) *Float {
		u.prec = t.prec
		v.prec = t.prec
		u.Mul(t, t)     // u = t²
		u.Mul(x, u)     //   = xt²
		v.Sub(three, u) // v = 3 - xt²
		u.Mul(t, v)     // u = t(3 - xt²)
		u.exp--         //   = ½t(3 - xt²)
		return t.Set(u)
	}
	xf, _ := x.Float64()
	sqi := newFloat(z.prec)
	sqi.SetFloat64(1 / math.Sqrt(xf))
	for prec := z.prec + 32; sqi.prec < prec; {
		sqi.prec *= 2
		sqi = ng(sqi)
	}
	// sqi = 1/√x; x/√x = √x
	z.Mul(x, sqi)
}

// newFloat returns a new *Float with space for twice the words of prec2 bits in the mantissa
// (its precision stays 0, as Go's).
func newFloat(prec2 uint32) *Float {
	z := new(Float)
	n := int(prec2/_W) * 2
	z.mant = make(nat, n, n+4)
	return z
}
