// Primality: models Go 1.19's prime.go. ProbablyPrime is Go's test step for step: the small
// cases by bit mask, trial division by the primes 3 to 53, then Miller-Rabin with n
// pseudorandom bases drawn as Go draws them (math/rand seeded with the low word of x, through
// nat.random) plus base 2, then Baillie's extra strong Lucas test (a native on host bigints).
// So it answers as Go for every input, pseudoprimes included.

package big

import "math/rand"

// ProbablyPrime reports whether x is probably prime, applying the Miller-Rabin test with n
// pseudorandomly chosen bases as well as a Baillie-PSW test. If x is prime, ProbablyPrime
// returns true. If x is chosen randomly and not prime, ProbablyPrime probably returns false.
// ProbablyPrime is 100% accurate for inputs less than 2⁶⁴. It panics if n < 0.
func (x *Int) ProbablyPrime(n int) bool {
	if n < 0 {
		panic("negative n for ProbablyPrime")
	}
	if x.neg || len(x.abs) == 0 {
		return false
	}
	const primeBitMask uint64 = 1<<2 | 1<<3 | 1<<5 | 1<<7 |
		1<<11 | 1<<13 | 1<<17 | 1<<19 | 1<<23 | 1<<29 | 1<<31 |
		1<<37 | 1<<41 | 1<<43 | 1<<47 | 1<<53 | 1<<59 | 1<<61
	w := x.abs[0]
	if len(x.abs) == 1 && w < 64 {
		return primeBitMask&(1<<w) != 0
	}
	if w&1 == 0 {
		return false // x is even
	}
	if x.abs.hasSmallFactor() {
		return false
	}
	return x.abs.probablyPrimeMillerRabin(n+1, true) && x.abs.probablyPrimeLucas()
}

// hasSmallFactor reports whether one of 3, 5, ..., 53 divides x (Go's checks of x mod
// primesA and primesB; native).
func (x nat) hasSmallFactor() bool

// probablyPrimeLucas reports whether n passes the "almost extra strong" Lucas probable prime
// test, using Baillie-OEIS parameter selection (native).
func (n nat) probablyPrimeLucas() bool

// probablyPrimeMillerRabin reports whether n passes reps rounds of the Miller-Rabin primality
// test, using pseudo-randomly chosen bases; with force2, the last base is 2.
func (n nat) probablyPrimeMillerRabin(reps int, force2 bool) bool {
	N := &Int{abs: n}
	nm1 := new(Int).Sub(N, intOne)
	// determine q, k such that nm1 = q << k
	k := nm1.TrailingZeroBits()
	q := new(Int).Rsh(nm1, k)
	nm3 := new(Int).Sub(nm1, intTwo)
	rnd := rand.New(rand.NewSource(int64(n[0])))
	x, y := new(Int), new(Int)
	nm3Len := nm3.BitLen()
NextRandom:
	for i := 0; i < reps; i++ {
		if i == reps-1 && force2 {
			x.SetInt64(2)
		} else {
			x.abs = x.abs.random(rnd, nm3.abs, nm3Len)
			x.Add(x, intTwo)
		}
		y.Exp(x, q, N)
		if y.Cmp(intOne) == 0 || y.Cmp(nm1) == 0 {
			continue
		}
		for j := uint(1); j < k; j++ {
			y.Mul(y, y)
			y.Mod(y, N)
			if y.Cmp(nm1) == 0 {
				continue NextRandom
			}
			if y.Cmp(intOne) == 0 {
				return false
			}
		}
		return false
	}
	return true
}

var intTwo = &Int{false, natTwo}
