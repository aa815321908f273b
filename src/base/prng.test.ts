// Tests for prng.ts: intn's fast paths draw the same numbers as the plain rejection sampling, and
// the state kept as int32s draws what the state kept as uint32s did.

import { test } from "node:test";
import assert from "node:assert/strict";
import { Prng } from "./prng.js";

/** The rejection sampling with % that intn implements faster. */
function slowIntn(p: Prng, n: number): number {
  const limit = 0x100000000 - (0x100000000 % n);
  for (;;) {
    const v = p.uint32();
    if (v < limit) return v % n;
  }
}

test("intn equals rejection sampling with % for every kind of bound", () => {
  const bounds = [1, 2, 3, 5, 7, 60, 1_200, 37_000, 65_536, 0x40000000, 2147483647, 2147483648,
    2147483649, 3_000_000_000, 4294967295, 4294967296, 2.5, 0.5];
  for (const n of bounds) {
    const a = new Prng(12345), b = new Prng(12345);
    for (let i = 0; i < 2000; i++) assert.equal(a.intn(n), slowIntn(b, n), `n=${n} draw ${i}`);
  }
});

/** The generator as first written, with its state words as uint32s (>>> 0 at construction):
 *  the int32 state must draw the same numbers. */
class Uint32StatePrng {
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
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }
  uint32(): number {
    const rotl = (v: number, k: number): number => (v << k) | (v >>> (32 - k));
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
}

test("the int32 state draws the uint32 state's sequence, bit for bit", () => {
  const seeds = [0, 1, 2, 42, 12345, 0x7fffffff, 0x80000000, 0xdeadbeef, 0xffffffff, -1, 2 ** 32 + 5];
  for (let i = 0; i < 200; i++) seeds.push(Math.imul(i + 1, 0x9e3779b9) >>> 0);
  for (const seed of seeds) {
    const a = new Prng(seed), b = new Uint32StatePrng(seed);
    for (let i = 0; i < 5000; i++) assert.equal(a.uint32(), b.uint32(), `seed ${seed} draw ${i}`);
    // Sub-streams are seeded from a draw: theirs agree too.
    const c = a.split(), d = new Uint32StatePrng(b.uint32());
    for (let i = 0; i < 100; i++) assert.equal(c.uint32(), d.uint32(), `seed ${seed} split draw ${i}`);
  }
});
