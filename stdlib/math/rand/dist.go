// The non-uniform distributions of Go 1.19's math/rand: NormFloat64 and ExpFloat64 by the
// ziggurat method (Marsaglia and Tsang, 2000) over Go's own tables (ziggurat.gen.go), and
// Zipf by rejection-inversion (Hörmann and Derflinger, 1996), each drawing what Go's draws in
// the same order, so that a seeded Rand gives Go's numbers.

package rand

import "math"

const (
	// rn is where the normal ziggurat's base strip ends, re the exponential one's.
	rn = 3.442619855899
	re = 7.69711747013104972
)

// absInt32 is |i| as a uint32 (|-2^31| fits).
func absInt32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}

// NormFloat64 returns a normally distributed float64 in [-math.MaxFloat64, +math.MaxFloat64]
// with mean 0 and standard deviation 1.
func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32()) // a sign and the strip's index and offset
		i := j & 0x7F
		x := float64(j) * float64(wn[i])
		if absInt32(j) < kn[i] {
			return x // inside the strip's rectangle: nearly always
		}
		if i == 0 {
			// The base strip's tail, by Marsaglia's method.
			for {
				x = -math.Log(r.Float64()) * (1.0 / rn)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return rn + x
			}
			return -rn - x
		}
		if fn[i]+float32(r.Float64())*(fn[i-1]-fn[i]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 in (0, +math.MaxFloat64] with rate
// 1 (mean 1).
func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		i := j & 0xFF
		x := float64(j) * float64(we[i])
		if j < ke[i] {
			return x
		}
		if i == 0 {
			return re - math.Log(r.Float64())
		}
		if fe[i]+float32(r.Float64())*(fe[i-1]-fe[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}

// NormFloat64 and ExpFloat64 of the global source.
func NormFloat64() float64 { return globalRand.NormFloat64() }
func ExpFloat64() float64  { return globalRand.ExpFloat64() }

// A Zipf generates Zipf distributed variates: P(k) proportional to (v + k) ** (-s), for k in
// [0, imax].
type Zipf struct {
	r            *Rand
	imax         float64
	v            float64
	q            float64
	s            float64
	oneminusQ    float64
	oneminusQinv float64
	hxm          float64
	hx0minusHxm  float64
}

func (z *Zipf) h(x float64) float64 {
	return math.Exp(z.oneminusQ*math.Log(z.v+x)) * z.oneminusQinv
}

func (z *Zipf) hinv(x float64) float64 {
	return math.Exp(z.oneminusQinv*math.Log(z.oneminusQ*x)) - z.v
}

// NewZipf returns a Zipf generator with s > 1 and v >= 1, or nil for other parameters.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	z := new(Zipf)
	if s <= 1.0 || v < 1 {
		return nil
	}
	z.r = r
	z.imax = float64(imax)
	z.v = v
	z.q = s
	z.oneminusQ = 1.0 - z.q
	z.oneminusQinv = 1.0 / z.oneminusQ
	z.hxm = z.h(z.imax + 0.5)
	z.hx0minusHxm = z.h(0.5) - math.Exp(math.Log(z.v)*(-z.q)) - z.hxm
	z.s = 1 - z.hinv(z.h(1.5)-math.Exp(-z.q*math.Log(z.v+1.0)))
	return z
}

// Uint64 returns a value drawn from the Zipf distribution z describes.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	k := 0.0
	for {
		r := z.r.Float64() // r on [0,1]
		ur := z.hxm + r*z.hx0minusHxm
		x := z.hinv(ur)
		k = math.Floor(x + 0.5)
		if k-x <= z.s {
			break
		}
		if ur >= z.h(k+0.5)-math.Exp(-math.Log(k+z.v)*z.q) {
			break
		}
	}
	return uint64(k)
}
