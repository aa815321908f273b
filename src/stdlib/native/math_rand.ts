// The natives of package math/rand: rngSource, Go 1.19's additive lagged Fibonacci generator.
//
// Models Go 1.19's src/math/rand/rng.go (rngSource.Seed, Int63, Uint64 and seedrand). The
// rest of the package (Rand, the top-level functions, Perm, Shuffle, ...) is Go code in
// stdlib/math/rand, so that the sequence of values drawn is exactly Go's.
//
// Terms: rngLen (607) and rngTap (273) are the generator's lags; tap and feed index into the
// 607 int64 words of state and count down, wrapping. The words live in two Int32Arrays (their
// high and low halves, RngState), so a step is 32-bit arithmetic and makes no bigint; the Go
// field vec is a view of them that reads the words as I64 values (value.ts), for fmt and
// reflect, its only other readers (the field is unexported and holds no pointers, so the
// collector never reads it).
//
// Besides Go's Int63 and Uint64, the natives int31, uint32 and float64 give what Rand's methods
// of those names compute from Int63 (`int32(Int63() >> 32)`, `uint32(Int63() >> 31)`,
// `float64(Int63()) / (1 << 63)`) without making the 63-bit value, which is a bigint for all
// but one word in 1,024; rand.go calls them when the Rand's source is an *rngSource.
//
// Invariants: after Seed, tap = 0 and feed = rngLen - rngTap; 0 <= tap, feed < rngLen.
//
// Simplification vs real Go: none in the arithmetic. The natives run without a yield point,
// so the global source needs no mutex (only one goroutine runs at a time).

import { halves, join, joinS } from "../../base/int64.js";
import { rngCooked } from "./math_rand_cooked.gen.js";

const rngLen = 607;
const rngTap = 273;
const int32max = 2147483647;

/** The words of a seeded source: word i is hi[i] * 2^32 + (lo[i] >>> 0), as an int64. */
interface RngState {
  hi: Int32Array;
  lo: Int32Array;
}

/** The Go struct rngSource as compiled: fields tap, feed (int) and vec ([607]int64); $st is
 *  its state once seeded, which vec reads. */
interface RngSource {
  tap: number;
  feed: number;
  vec: (number | bigint)[];
  $st?: RngState;
}

/** Stores the int64 v as word i. */
function setWord(st: RngState, i: number, v: bigint): void {
  [st.hi[i], st.lo[i]] = halves(v);
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

/** The state of rng, made on its first Seed. Its vec becomes a view of the state (a Proxy of
 *  the array it was, whose elements are read from and written to the state), so that fmt and
 *  reflect see the words; the object's own properties are only assigned, which keeps V8's
 *  fast layout for the natives' reads of tap, feed and $st. */
function stateOf(rng: RngSource): RngState {
  if (rng.$st !== undefined) return rng.$st;
  // Zero words, as vec's were: only Seed, which fills every word, reaches a new source.
  const st: RngState = { hi: new Int32Array(rngLen), lo: new Int32Array(rngLen) };
  rng.$st = st;
  const index = (k: string | symbol): number => (typeof k === "string" && /^\d+$/.test(k) ? Number(k) : -1);
  rng.vec = new Proxy(rng.vec, {
    get: (target, k, recv) => {
      const i = index(k);
      return i >= 0 && i < rngLen ? joinS(st.hi[i]!, st.lo[i]!) : Reflect.get(target, k, recv);
    },
    set: (target, k, v, recv) => {
      const i = index(k);
      if (i < 0 || i >= rngLen) return Reflect.set(target, k, v, recv);
      setWord(st, i, BigInt(v as number | bigint));
      return true;
    },
  });
  return st;
}

/** Seed resets the state from seed, as rngSource.Seed does. */
function seed(rng: RngSource, s: number | bigint): void {
  const st = stateOf(rng);
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
      setWord(st, i, u);
    }
  }
}

/** step advances the generator as Uint64 does before its result: vec[feed] += vec[tap],
 *  wrapping. Returns feed, the new word's index. */
function step(rng: RngSource): number {
  const st = stateOf(rng);
  let tap = rng.tap - 1;
  if (tap < 0) tap += rngLen;
  let feed = rng.feed - 1;
  if (feed < 0) feed += rngLen;
  rng.tap = tap;
  rng.feed = feed;
  const a = st.lo[feed]! >>> 0;
  const lo = (a + (st.lo[tap]! >>> 0)) >>> 0;
  st.hi[feed] = (st.hi[feed]! + st.hi[tap]! + (lo < a ? 1 : 0)) | 0;
  st.lo[feed] = lo | 0;
  return feed;
}

export const natives: Record<string, Function> = {
  "rngSource.Seed": (rng: RngSource, s: number | bigint): void => seed(rng, s),
  "rngSource.Int63": (rng: RngSource): number | bigint => {
    const i = step(rng);
    const st = rng.$st!;
    return joinS(st.hi[i]! & 0x7fffffff, st.lo[i]!);
  },
  "rngSource.Uint64": (rng: RngSource): number | bigint => {
    const i = step(rng);
    const st = rng.$st!;
    return join(st.hi[i]!, st.lo[i]!);
  },
  // int32(Int63() >> 32): the high half without its sign bit.
  "rngSource.int31": (rng: RngSource): number => rng.$st!.hi[step(rng)]! & 0x7fffffff,
  // uint32(Int63() >> 31): bits 31 to 62 of the word.
  "rngSource.uint32": (rng: RngSource): number => {
    const i = step(rng);
    const st = rng.$st!;
    return (((st.hi[i]! & 0x7fffffff) << 1) | (st.lo[i]! >>> 31)) >>> 0;
  },
  // float64(Int63()) / (1 << 63): the high half times 2^32 is exact, so adding the low half
  // rounds once, to nearest even, as converting the int64 does.
  "rngSource.float64": (rng: RngSource): number => {
    const i = step(rng);
    const st = rng.$st!;
    return ((st.hi[i]! & 0x7fffffff) * 4294967296 + (st.lo[i]! >>> 0)) / 9223372036854775808;
  },
};
