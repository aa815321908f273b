// Modular square roots and random Ints: models Go 1.19's int.go ModSqrt (with its three
// algorithms, which pick the same root as Go's) and Rand (nat.random's draws from the
// *rand.Rand, so a seeded source gives Go's numbers).

package big

import "math/rand"

// ModSqrt sets z to a square root of x mod p if such a square root exists, and returns z. The
// modulus p must be an odd prime. If x is not a square mod p, ModSqrt leaves z unchanged and
// returns nil.
func (z *Int) ModSqrt(x, p *Int) *Int {
	switch Jacobi(x, p) {
	case -1:
		return nil // x is not a square mod p
	case 0:
		return z.SetInt64(0) // sqrt(0) mod p = 0
	}
	if x.neg || x.Cmp(p) >= 0 { // ensure 0 <= x < p
		x = new(Int).Mod(x, p)
	}
	switch {
	case p.abs[0]%4 == 3:
		return z.modSqrt3Mod4Prime(x, p)
	case p.abs[0]%8 == 5:
		return z.modSqrt5Mod8Prime(x, p)
	default:
		return z.modSqrtTonelliShanks(x, p)
	}
}

// modSqrt3Mod4Prime: z = x**((p+1)/4) mod p, for p = 3 mod 4.
func (z *Int) modSqrt3Mod4Prime(x, p *Int) *Int {
	e := new(Int).Add(p, intOne)
	e.Rsh(e, 2)
	return z.Exp(x, e, p)
}

// modSqrt5Mod8Prime is Atkin's algorithm for p = 5 mod 8.
func (z *Int) modSqrt5Mod8Prime(x, p *Int) *Int {
	e := new(Int).Rsh(p, 3)  // e = (p - 5) / 8
	tx := new(Int).Lsh(x, 1) // tx = 2*x
	alpha := new(Int).Exp(tx, e, p)
	beta := new(Int).Mul(alpha, alpha)
	beta.Mod(beta, p)
	beta.Mul(beta, tx)
	beta.Mod(beta, p)
	beta.Sub(beta, intOne)
	beta.Mul(beta, x)
	beta.Mod(beta, p)
	beta.Mul(beta, alpha)
	return z.Mod(beta, p)
}

// modSqrtTonelliShanks is the Tonelli-Shanks algorithm, for any odd prime p.
func (z *Int) modSqrtTonelliShanks(x, p *Int) *Int {
	var s Int
	s.Sub(p, intOne)
	e := s.TrailingZeroBits()
	s.Rsh(&s, e)
	// Find a non-square n.
	var n Int
	n.SetInt64(2)
	for Jacobi(&n, p) != -1 {
		n.Add(&n, intOne)
	}
	var y, b, g, t Int
	y.Add(&s, intOne)
	y.Rsh(&y, 1)
	y.Exp(x, &y, p)  // y = x^((s+1)/2)
	b.Exp(x, &s, p)  // b = x^s
	g.Exp(&n, &s, p) // g = n^s
	r := e
	for {
		// Find the least m such that b^(2^m) = 1 mod p.
		var m uint
		t.Set(&b)
		for t.Cmp(intOne) != 0 {
			t.Mul(&t, &t).Mod(&t, p)
			m++
		}
		if m == 0 {
			return z.Set(&y)
		}
		t.SetInt64(0).SetBit(&t, int(r-m-1), 1).Exp(&g, &t, p)
		// t = g^(2^(r-m-1)) mod p
		g.Mul(&t, &t).Mod(&g, p) // g = g^(2^(r-m)) mod p
		y.Mul(&y, &t).Mod(&y, p)
		b.Mul(&b, &g).Mod(&b, p)
		r = m
	}
}

// Rand sets z to a pseudo-random number in [0, n) and returns z (0 when n <= 0). It draws from
// rnd as Go's nat.random does: two Uint32 per word, the top word masked to n's bit length,
// until the number is below n.
func (z *Int) Rand(rnd *rand.Rand, n *Int) *Int {
	z.neg = false
	if n.neg || len(n.abs) == 0 {
		z.abs = nil
		return z
	}
	z.abs = z.abs.random(rnd, n.abs, n.BitLen())
	return z
}

// random sets z to a pseudo-random number in [0, limit) whose bit length is at most n.
func (z nat) random(rnd *rand.Rand, limit nat, n int) nat {
	if alias(z, limit) {
		z = nil // z is an alias for limit - cannot reuse
	}
	if cap(z) < len(limit) {
		z = make(nat, len(limit), len(limit)+4)
	} else {
		z = z[:len(limit)]
	}
	bitLengthOfMSW := uint(n % _W)
	if bitLengthOfMSW == 0 {
		bitLengthOfMSW = _W
	}
	mask := Word((1 << bitLengthOfMSW) - 1)
	for {
		for i := range z {
			z[i] = Word(rnd.Uint32()) | Word(rnd.Uint32())<<32
		}
		z[len(limit)-1] &= mask
		if z.cmp(limit) < 0 {
			break
		}
	}
	return z.norm()
}
