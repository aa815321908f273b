// The one source of randomness in gort: a seeded PRNG, passed explicitly.
//
// Algorithm: xoshiro128** (Blackman and Vigna), a 32-bit generator with 128 bits of state,
// seeded through splitmix32 so that nearby seeds give unrelated streams. It is fast in
// JavaScript because it needs only 32-bit integer operations.
//
// Invariants: the same seed gives the same sequence on every host; nothing else in src/ may use
// Math.random, crypto or the clock. Sub-streams (the scheduler, map seeds, math/rand) are made
// with split(), which draws their seed from this stream, so adding a sub-stream changes nothing
// that was drawn before it.
//
// Representation: the four state words are kept as int32s (the same bits as the uint32s of the
// algorithm): V8 stores int32 fields as small integers, where uint32s from 2^31 up would be
// heap numbers, boxed again at each store. Only uint32() converts its result to unsigned.

export class Prng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    let x = seed >>> 0;
    const next = (): number => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next() | 0;
    this.s1 = next() | 0;
    this.s2 = next() | 0;
    this.s3 = next() | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** A uniformly distributed uint32. */
  uint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** A uniformly distributed integer in [0, n), for 0 < n <= 2^32. */
  intn(n: number): number {
    if (!(n > 0 && n <= 0x100000000)) throw new Error(`Prng.intn: bad bound ${n}`);
    // Lemire's method would avoid the modulo bias; rejection sampling is simpler and exact.
    if (n !== Math.floor(n)) {
      const limit = 0x100000000 - (0x100000000 % n);
      for (;;) {
        const v = this.uint32();
        if (v < limit) return v % n;
      }
    }
    if (n === 0x100000000) return this.uint32();
    if ((n & (n - 1)) === 0) return this.uint32() & (n - 1); // a power of two: no rejection
    // For integers below 2^32, floor(a / n) of a double division is the exact quotient (the
    // true quotient is at least 1/n below the next integer), and V8 compiles % on doubles to a
    // call of C's fmod: this is the same limit and remainder, several times faster.
    const limit = Math.floor(0x100000000 / n) * n;
    for (;;) {
      const v = this.uint32();
      if (v < limit) return v - Math.floor(v / n) * n;
    }
  }

  /** A float64 in [0, 1) with 53 random bits. */
  float64(): number {
    const hi = this.uint32() >>> 5; // 27 bits
    const lo = this.uint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** A new generator whose seed is drawn from this one. */
  split(): Prng {
    return new Prng(this.uint32());
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
