// FMA: x*y + z computed exactly and rounded once, as math.FMA and the FMA instructions of
// exp_amd64.s (VFMADD231SD and friends) compute it.
//
// Models the IEEE 754 fusedMultiplyAdd operation, which Go 1.19 on amd64 uses for math.FMA when
// the CPU has FMA (the compiler's intrinsic; fma.go's software version rounds the same way).
// Method: when every intermediate value stays in the normal range, error-free transformations:
// the product split exactly into p + pl (Veltkamp/Dekker), z + p = th + tl exactly (TwoSum),
// tl + pl = v + ev exactly, and r = th + v rounded. r is the correctly rounded result unless
// th + v lies exactly halfway between two floats and ev is nonzero (the spacing argument: th + v
// - r is a multiple of ulp(v), far above |ev|, unless it is exactly the half spacing); that tie is
// detected arithmetically and resolved by ev's sign (the effect of Boldo and Melquiond's rounding
// to odd, without reading the bits). Otherwise (huge or tiny operands) the exact value is formed
// with BigInt and rounded.
//
// Sign of zero: an exact zero result is +0 unless x*y and z are both -0 (IEEE); a nonzero exact
// result that rounds to zero keeps its sign (so FMA(-tiny, tiny, 0) is -0, as the instruction).

import { hiWord, loWord } from "./math_float.js";

const SPLIT = 134217729; // 2^27 + 1
const BIG = 2 ** 995;
const HUGE = 2 ** 1000;
const TINY = 2 ** -960;
const QUARTER_ULP = 2 ** -57;

/** x*y + z with one rounding. */
export function fma(x: number, y: number, z: number): number {
  const p = x * y;
  const ap = Math.abs(p);
  const az = Math.abs(z);
  if (ap < HUGE && ap >= TINY && az < HUGE && az >= TINY && Math.abs(x) < BIG && Math.abs(y) < BIG) return fmaNormal(x, y, z);
  return fmaSpecial(x, y, z, p);
}

/**
 * x*y + z with one rounding, by error-free transformations. Preconditions: |x|, |y| < 2^995;
 * 2^-960 <= |x*y| < 2^1000; z finite, |z| < 2^1000 (z may be tiny: TwoSum is exact for any
 * floats, and the product's low part, the only value that could underflow, does not).
 */
export function fmaNormal(x: number, y: number, z: number): number {
  // Exact product p + pl (Dekker's algorithm with Veltkamp's splitting).
  const p = x * y;
  let t = SPLIT * x;
  const xh = t - (t - x);
  const xl = x - xh;
  t = SPLIT * y;
  const yh = t - (t - y);
  const yl = y - yh;
  const pl = xh * yh - p + xh * yl + xl * yh + xl * yl;
  // Exact sum z + p = th + tl (TwoSum).
  const th = z + p;
  const bb = th - z;
  const tl = z - (th - bb) + (p - bb);
  // v + ev = tl + pl exactly (TwoSum); r = th + v rounded.
  const v = tl + pl;
  const bv = v - tl;
  const ev = tl - (v - bv) + (pl - bv);
  const r = th + v;
  if (ev === 0) return r; // one rounding of the exact value
  // th + v = r + e2 exactly. The error ev only matters when th + v is a tie (|e2| is half the
  // spacing at r: then r + 2*e2 is a float): past the midpoint, the other neighbour is right.
  const br = r - th;
  const e2 = th - (r - br) + (v - br);
  if (e2 !== 0 && e2 > 0 === ev > 0 && r + 2 * e2 - r === 2 * e2) return r + 2 * e2;
  return r;
}

/** fma() outside the normal range: zeros, infinities, NaN, huge or tiny operands. */
function fmaSpecial(x: number, y: number, z: number, p: number): number {
  const ap = Math.abs(p);
  const az = Math.abs(z);
  if (x === 0 || y === 0 || x - x !== 0 || y - y !== 0) return p + z; // x*y is exact: 0, ±Inf or NaN
  if (z === 0) return p; // the exact result x*y is nonzero: rounding keeps its sign
  if (z - z !== 0) return z; // ±Inf or NaN
  if (az >= TINY && ap <= az * QUARTER_ULP) return z; // x*y is below a quarter ulp of z
  return fmaExact(x, y, z);
}

/** The finite nonzero x as m × 2^e with m a signed integer. */
function decompose(x: number): [bigint, number] {
  const hi = hiWord(x);
  const lo = loWord(x);
  const be = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e = -1074;
  if (be !== 0) {
    m |= 1n << 52n;
    e = be - 1075;
  }
  return [hi >>> 31 ? -m : m, e];
}

/** x*y + z for finite nonzero x, y, z, formed exactly in BigInt. */
function fmaExact(x: number, y: number, z: number): number {
  const [mx, ex] = decompose(x);
  const [my, ey] = decompose(y);
  const [mz, ez] = decompose(z);
  const mp = mx * my;
  const ep = ex + ey;
  const e = Math.min(ep, ez);
  const s = (mp << BigInt(ep - e)) + (mz << BigInt(ez - e));
  if (s === 0n) return 0; // exact cancellation: +0 when rounding to nearest
  return roundScaled(s, e);
}

/** s × 2^e rounded to the nearest float64, ties to even (s nonzero). */
function roundScaled(s: bigint, e: number): number {
  const neg = s < 0n;
  let a = neg ? -s : s;
  const len = a.toString(2).length;
  const shift = Math.max(len - 53, -1074 - e); // the result's last place is 2^(e+shift)
  if (shift > 0) {
    const sh = BigInt(shift);
    const q = a >> sh;
    const r = a - (q << sh);
    const half = 1n << (sh - 1n);
    a = r > half || (r === half && (q & 1n) === 1n) ? q + 1n : q;
    e += shift;
  }
  let v = Number(a); // exact: a <= 2^53
  while (e > 1000) {
    v *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    v *= 2 ** -1000; // exact: the final value is representable, so are these larger ones
    e += 1000;
  }
  v *= 2 ** e;
  return neg ? -v : v;
}
