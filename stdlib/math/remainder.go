// Remainder, Pow10, Logb and Ilogb, written in Go on top of the math natives.
//
// Models Go 1.19's math/remainder.go (the fdlibm __ieee754_remainder algorithm), pow10.go and
// logb.go. Results are exact: Remainder only subtracts and halves, Pow10 reads a table.
package math

// Remainder returns the IEEE 754 floating-point remainder of x/y: x - n*y where n is x/y
// rounded to the nearest integer, ties to even.
func Remainder(x, y float64) float64 {
	const (
		tiny    = 4.45014771701440276618e-308 // 0x0020000000000000
		halfMax = MaxFloat64 / 2
	)
	switch {
	case IsNaN(x) || IsNaN(y) || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	sign := false
	if x < 0 {
		x = -x
		sign = true
	}
	if y < 0 {
		y = -y
	}
	if x == y {
		if sign {
			return Copysign(0, -1)
		}
		return 0
	}
	// 1. Reduce x below 2y (exactly, with Mod).
	if y <= halfMax {
		x = Mod(x, y+y)
	}
	// 2. Subtract y at most twice to land in [-y/2, y/2].
	if y < tiny {
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		yHalf := 0.5 * y
		if x > yHalf {
			x -= y
			if x >= yHalf {
				x -= y
			}
		}
	}
	if sign {
		x = -x
	}
	return x
}

// Pow10 returns 10**n, the base-10 exponential of n (0 below 1e-323, +Inf above 1e308).
func Pow10(n int) float64 {
	if n < -323 {
		return 0
	}
	if n > 308 {
		return Inf(1)
	}
	if n >= 0 {
		return pow10big[n/32] * pow10pos[n%32]
	}
	return pow10neg[-n/32] / pow10pos[-n%32]
}

var pow10pos = [32]float64{
	1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
	1e30, 1e31,
}

var pow10big = [10]float64{
	1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
}

var pow10neg = [11]float64{
	1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
}

// Logb returns the binary exponent of x.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	return float64(ilogb(x))
}

// Ilogb returns the binary exponent of x as an integer.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsNaN(x):
		return MaxInt32
	case IsInf(x, 0):
		return MaxInt32
	}
	return ilogb(x)
}

func ilogb(x float64) int {
	_, exp := Frexp(x)
	return exp - 1
}
