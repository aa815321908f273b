// The natives of package math/rand: rngSource, Go 1.19's additive lagged Fibonacci generator.
//
// Models Go 1.19's src/math/rand/rng.go (rngSource.Seed, Int63, Uint64 and seedrand). The
// rest of the package (Rand, the top-level functions, Perm, Shuffle, ...) is Go code in
// stdlib/math/rand, so that the sequence of values drawn is exactly Go's.
//
// Terms: rngLen (607) and rngTap (273) are the generator's lags; vec holds the 607 int64 words
// of state as I64 values (value.ts); tap and feed index into vec and count down, wrapping.
//
// Invariants: after Seed, tap = 0 and feed = rngLen - rngTap; 0 <= tap, feed < rngLen.
//
// Simplification vs real Go: none in the arithmetic. The natives run without a yield point,
// so the global source needs no mutex (only one goroutine runs at a time).

import { norm } from "../../base/int64.js";
import { rngCooked } from "./math_rand_cooked.gen.js";

const rngLen = 607;
const rngTap = 273;
const int32max = 2147483647;

/** The Go struct rngSource as compiled: fields tap, feed (int) and vec ([607]int64). */
interface RngSource {
  tap: number;
  feed: number;
  vec: (number | bigint)[];
}

/** seedrand returns x[n+1] = 48271 * x[n] mod (2**31 - 1), computed without overflow. */
export function seedrand(x: number): number {
  const A = 48271;
  const Q = 44488;
  const R = 3399;
  const hi = Math.trunc(x / Q);
  const lo = x % Q;
  x = A * lo - R * hi;
  if (x < 0) x += int32max;
  return x;
}

/** Seed resets the state from seed, as rngSource.Seed does. */
function seed(rng: RngSource, s: number | bigint): void {
  rng.tap = 0;
  rng.feed = rngLen - rngTap;
  let v = BigInt(s) % BigInt(int32max);
  if (v < 0n) v += BigInt(int32max);
  if (v === 0n) v = 89482311n;
  let x = Number(v);
  for (let i = -20; i < rngLen; i++) {
    x = seedrand(x);
    if (i >= 0) {
      let u = BigInt.asIntN(64, BigInt(x) << 40n);
      x = seedrand(x);
      u ^= BigInt(x) << 20n;
      x = seedrand(x);
      u ^= BigInt(x);
      u ^= rngCooked[i]!;
      rng.vec[i] = norm(BigInt.asIntN(64, u));
    }
  }
}

/** uint64 steps the generator and returns the new word as an exact int64 bigint. */
function step(rng: RngSource): bigint {
  rng.tap--;
  if (rng.tap < 0) rng.tap += rngLen;
  rng.feed--;
  if (rng.feed < 0) rng.feed += rngLen;
  const x = BigInt.asIntN(64, BigInt(rng.vec[rng.feed]!) + BigInt(rng.vec[rng.tap]!));
  rng.vec[rng.feed] = norm(x);
  return x;
}

const mask63 = (1n << 63n) - 1n;

export const natives: Record<string, Function> = {
  "rngSource.Seed": (rng: RngSource, s: number | bigint): void => seed(rng, s),
  "rngSource.Int63": (rng: RngSource): number | bigint => norm(step(rng) & mask63),
  "rngSource.Uint64": (rng: RngSource): number | bigint => norm(BigInt.asUintN(64, step(rng))),
};
