// Package cmplx as gort runs it: basic functions of complex128 values.
//
// Models Go 1.19's math/cmplx (abs.go, phase.go, polar.go, rect.go, conj.go, isnan.go,
// isinf.go, sqrt.go, exp.go, log.go, pow.go). Plain Go over package math; each function uses
// the same formula and the same scaling steps as Go's, so results agree bit for bit.
//
// Simplifications vs real Go: no trigonometric or hyperbolic functions (Sin, Cos, Tan, Asin,
// Sinh, ...) yet.
package cmplx

import "math"

// Abs returns the absolute value (also called the modulus) of x.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

// Phase returns the phase (also called the argument) of x, in [-Pi, Pi].
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

// Polar returns the absolute value r and phase theta of x.
func Polar(x complex128) (r, theta float64) { return Abs(x), Phase(x) }

// Rect returns the complex number x with polar coordinates r, theta.
func Rect(r, theta float64) complex128 {
	s, c := math.Sincos(theta)
	return complex(r*c, r*s)
}

// Conj returns the complex conjugate of x.
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

// IsNaN reports whether either real(x) or imag(x) is NaN and neither is an infinity.
func IsNaN(x complex128) bool {
	if math.IsInf(real(x), 0) || math.IsInf(imag(x), 0) {
		return false
	}
	return math.IsNaN(real(x)) || math.IsNaN(imag(x))
}

// NaN returns a complex "not-a-number" value.
func NaN() complex128 { return complex(math.NaN(), math.NaN()) }

// IsInf reports whether either real(x) or imag(x) is an infinity.
func IsInf(x complex128) bool { return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0) }

// Inf returns a complex infinity, complex(+Inf, +Inf).
func Inf() complex128 { return complex(math.Inf(1), math.Inf(1)) }

// Sqrt returns the square root of x, with real part >= 0.
func Sqrt(x complex128) complex128 {
	re, im := real(x), imag(x)
	if im == 0 {
		switch {
		case re == 0:
			return complex(0, im)
		case re < 0:
			return complex(0, math.Copysign(math.Sqrt(-re), im))
		}
		return complex(math.Sqrt(re), im)
	}
	if math.IsInf(im, 0) {
		return complex(math.Inf(1), im)
	}
	if re == 0 {
		if im < 0 {
			r := math.Sqrt(-0.5 * im)
			return complex(r, -r)
		}
		r := math.Sqrt(0.5 * im)
		return complex(r, r)
	}
	// Scale to avoid overflow (large parts) or loss of precision (small parts).
	a, b := re, im
	var scale float64
	if math.Abs(a) > 4 || math.Abs(b) > 4 {
		a, b, scale = a*0.25, b*0.25, 2
	} else {
		a, b, scale = a*(1<<54), b*(1<<54), 1.0/(1<<27)
	}
	r := math.Hypot(a, b)
	var t float64
	if a > 0 {
		t = math.Sqrt(0.5*r + 0.5*a)
		r = scale * math.Abs((0.5*b)/t)
		t *= scale
	} else {
		r = math.Sqrt(0.5*r - 0.5*a)
		t = scale * math.Abs((0.5*b)/r)
		r *= scale
	}
	if b < 0 {
		return complex(t, -r)
	}
	return complex(t, r)
}

// Exp returns e**x, the base-e exponential of x.
func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case math.IsInf(re, 0):
		if re > 0 && im == 0 {
			return x
		}
		if math.IsInf(im, 0) || math.IsNaN(im) {
			if re < 0 {
				return complex(0, math.Copysign(0, im))
			}
			return complex(math.Inf(1), math.NaN())
		}
	case math.IsNaN(re):
		if im == 0 {
			return complex(math.NaN(), im)
		}
	}
	r := math.Exp(re)
	s, c := math.Sincos(im)
	return complex(r*c, r*s)
}

// Log returns the natural logarithm of x.
func Log(x complex128) complex128 { return complex(math.Log(Abs(x)), Phase(x)) }

// Log10 returns the decimal logarithm of x.
func Log10(x complex128) complex128 {
	z := Log(x)
	return complex(math.Log10E*real(z), math.Log10E*imag(z))
}

// Pow returns x**y, the base-x exponential of y.
func Pow(x, y complex128) complex128 {
	if x == 0 {
		if IsNaN(y) {
			return NaN()
		}
		r, i := real(y), imag(y)
		switch {
		case r == 0:
			return 1
		case r < 0:
			if i == 0 {
				return complex(math.Inf(1), 0)
			}
			return Inf()
		}
		return 0
	}
	modulus := Abs(x)
	if modulus == 0 {
		return complex(0, 0)
	}
	r := math.Pow(modulus, real(y))
	arg := Phase(x)
	theta := real(y) * arg
	if imag(y) != 0 {
		r *= math.Exp(-imag(y) * arg)
		theta += imag(y) * math.Log(modulus)
	}
	s, c := math.Sincos(theta)
	return complex(r*c, r*s)
}
