// Package rand implements pseudo-random numbers with Go 1.19's exact generator.
//
// Models Go 1.19's math/rand/rand.go. The generator itself (rngSource) is native
// (src/stdlib/native/math_rand.ts); everything built on it is Go code here, so that the values
// drawn match real Go's for every seed. The global source is seeded with 1 unless Seed is
// called, as in Go 1.19.
//
// Simplifications vs real Go: the global source has no mutex (its natives run without a
// yield point). NormFloat64, ExpFloat64 and Zipf are in dist.go. Int31, Uint32 and Float64
// take the source's own natives when it is an *rngSource (the same values, without the 63-bit
// int64 Int63 returns, which gort holds as a bigint past 2^53).
package rand

// A Source is a uniformly-distributed source of pseudo-random int64 values in [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uint64 values directly.
type Source64 interface {
	Source
	Uint64() uint64
}

const rngLen = 607

type rngSource struct {
	tap  int
	feed int
	vec  [rngLen]int64
}

func (rng *rngSource) Seed(seed int64)
func (rng *rngSource) Int63() int64
func (rng *rngSource) Uint64() uint64

// int31, uint32 and float64 step the generator as Int63 does and return what Rand's Int31,
// Uint32 and Float64 make of Int63's value, computed without it (math_rand.ts).
func (rng *rngSource) int31() int32
func (rng *rngSource) uint32() uint32
func (rng *rngSource) float64() float64

// NewSource returns a new Source seeded with seed.
func NewSource(seed int64) Source {
	rng := new(rngSource)
	rng.Seed(seed)
	return rng
}

// A Rand is a source of random numbers.
type Rand struct {
	src     Source
	s64     Source64
	readVal int64
	readPos int8
}

// New returns a Rand that uses src.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed uses seed to reset the generator to a deterministic state.
func (r *Rand) Seed(seed int64) {
	r.src.Seed(seed)
	r.readPos = 0
}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func (r *Rand) Uint32() uint32 {
	if s, ok := r.src.(*rngSource); ok {
		return s.uint32()
	}
	return r.uint32()
}

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	hi := uint64(r.Int63())
	lo := uint64(r.Int63())
	return hi>>31 | lo<<32
}

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32.
func (r *Rand) Int31() int32 {
	if s, ok := r.src.(*rngSource); ok {
		return s.int31()
	}
	return r.int31()
}

// Int returns a non-negative pseudo-random int.
func (r *Rand) Int() int { return int(uint(r.Int63()) << 1 >> 1) }

// Int63n returns a non-negative pseudo-random number in [0,n). It panics if n <= 0.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if s, ok := r.src.(*rngSource); ok {
		return int63n(s, n)
	}
	return int63n(r, n)
}

// Int31n returns a non-negative pseudo-random number in [0,n). It panics if n <= 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if s, ok := r.src.(*rngSource); ok {
		return int31n(s, n)
	}
	return int31n(r, n)
}

// Intn returns a non-negative pseudo-random number in [0,n). It panics if n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if s, ok := r.src.(*rngSource); ok {
		return intn(s, n)
	}
	return intn(r, n)
}

// Float64 returns a pseudo-random number in [0.0,1.0).
func (r *Rand) Float64() float64 {
	if s, ok := r.src.(*rngSource); ok {
		return float64In(s)
	}
	return float64In(r)
}

// Float32 returns a pseudo-random number in [0.0,1.0).
func (r *Rand) Float32() float32 {
	if s, ok := r.src.(*rngSource); ok {
		return float32In(s)
	}
	return float32In(r)
}

// Perm returns a pseudo-random permutation of the integers [0,n).
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	if s, ok := r.src.(*rngSource); ok {
		perm(s, m)
	} else {
		perm(r, m)
	}
	return m
}

// Shuffle pseudo-randomizes the order of n elements using swap.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		swap(i, int(r.Int63n(int64(i+1))))
	}
	s, fast := r.src.(*rngSource)
	for ; i > 0; i-- {
		if fast {
			swap(i, int(lemire31n(s, int32(i+1))))
		} else {
			swap(i, int(lemire31n(r, int32(i+1))))
		}
	}
}

// The values Rand's methods derive from Int63, drawn through the Source.
func (r *Rand) int31() int32     { return int32(r.Int63() >> 32) }
func (r *Rand) uint32() uint32   { return uint32(r.Int63() >> 31) }
func (r *Rand) float64() float64 { return float64(r.Int63()) / (1 << 63) }

// drawer is what the algorithms below draw from: a Rand, through its Source, or an *rngSource
// itself, whose natives give int31, uint32 and float64 without the 63-bit value (gort holds an
// int64 past 2^53 as a bigint) and without an interface call, so that an instance over it is
// plain code: Rand's methods and the top-level functions make no generator per value drawn
// when the source is Go's. Both instances draw the same values in the same order.
type drawer interface {
	*Rand | *rngSource
	Int63() int64
	int31() int32
	uint32() uint32
	float64() float64
}

func int63n[D drawer](d D, n int64) int64 {
	if n&(n-1) == 0 {
		return d.Int63() & (n - 1)
	}
	limit := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := d.Int63()
	for v > limit {
		v = d.Int63()
	}
	return v % n
}

func int31n[D drawer](d D, n int32) int32 {
	if n&(n-1) == 0 {
		return d.int31() & (n - 1)
	}
	limit := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := d.int31()
	for v > limit {
		v = d.int31()
	}
	return v % n
}

// lemire31n is Go's Rand.int31n, Lemire's multiply-and-shift reduction, used by Shuffle.
func lemire31n[D drawer](d D, n int32) int32 {
	v := d.uint32()
	prod := uint64(v) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			v = d.uint32()
			prod = uint64(v) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

func intn[D drawer](d D, n int) int {
	if n <= 1<<31-1 {
		return int(int31n(d, int32(n)))
	}
	return int(int63n(d, int64(n)))
}

func float64In[D drawer](d D) float64 {
	for {
		f := d.float64()
		if f != 1 {
			return f
		}
	}
}

func float32In[D drawer](d D) float32 {
	for {
		f := float32(float64In(d))
		if f != 1 {
			return f
		}
	}
}

func perm[D drawer](d D, m []int) {
	for i := range m {
		j := intn(d, i+1)
		m[i] = m[j]
		m[j] = i
	}
}

// Read fills p with pseudo-random bytes. It always returns len(p) and a nil error.
func (r *Rand) Read(p []byte) (n int, err error) {
	pos, val := r.readPos, r.readVal
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = r.src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	r.readPos, r.readVal = pos, val
	return n, nil
}

// The global source is always Go's rngSource: the top-level functions draw from it directly
// (drawer), and go through globalRand only to panic as Go's do (the same frames) or where the
// Rand keeps state of its own (Read).
var globalSrc = NewSource(1).(*rngSource)
var globalRand = New(globalSrc)

// Seed uses seed to initialize the default Source.
func Seed(seed int64) { globalRand.Seed(seed) }

func Int63() int64   { return globalSrc.Int63() }
func Uint32() uint32 { return globalSrc.uint32() }
func Uint64() uint64 { return globalSrc.Uint64() }
func Int31() int32   { return globalSrc.int31() }
func Int() int       { return int(uint(globalSrc.Int63()) << 1 >> 1) }

func Int63n(n int64) int64 {
	if n <= 0 {
		return globalRand.Int63n(n)
	}
	return int63n(globalSrc, n)
}

func Int31n(n int32) int32 {
	if n <= 0 {
		return globalRand.Int31n(n)
	}
	return int31n(globalSrc, n)
}

func Intn(n int) int {
	if n <= 0 {
		return globalRand.Intn(n)
	}
	return intn(globalSrc, n)
}

func Float64() float64 { return float64In(globalSrc) }
func Float32() float32 { return float32In(globalSrc) }
func Perm(n int) []int                   { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }
func Read(p []byte) (n int, err error)   { return globalRand.Read(p) }
