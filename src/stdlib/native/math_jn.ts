// Jn and Yn, the Bessel functions of integer order, bit for bit as Go 1.19 computes them on
// amd64.
//
// Models math/jn.go (fdlibm's e_jn.c) operation for operation: Go has no assembly for these, so
// they are ported here with the same branches and the same order of floating-point operations
// (Go's compiler does not fuse multiplies and adds on amd64, and neither does JavaScript): the
// asymptotic formula for x >= 2**302, forward recurrence from J0, J1 (Y0, Y1), the power series
// for tiny x, and Jn's backward recurrence started from a continued fraction. J0, J1, Y0, Y1,
// Sin, Cos and Log are gort's natives, which give Go's results (Go's Sincos(x) equals Sin(x),
// Cos(x) bit for bit); Sqrt and Abs are exact.
//
// The order n is Go's int: an I64 (a bigint beyond 2^53). Negating it wraps as Go's does, so
// Jn(MinInt64, x) is J1(|x|) as in Go; n's parity and n&3 are read from its two's complement.
// The loops run up to n times, as Go's do, inside one native call: an order near 2^53 or above
// where Go's loop never ends in practice blocks the whole simulation, not one goroutine.

import { wrapS } from "../../base/int64.js";
import type { I64 } from "../../base/int64.js";
import { log } from "./math_exp.js";
import { InvSqrtPi, j0, y0 } from "./math_j0.js";
import { j1, y1 } from "./math_j1.js";
import { cos, sin } from "./math_trig.js";

const TwoM29 = 1.862645149230957e-9; // 2**-29: 0x3e20000000000000 (jn.go's comment says 0x3e10...)
const Two302 = 2 ** 302; // 0x52D0000000000000

/** -n, wrapped to int64 as Go's negation. */
const negate = (n: I64): I64 => (typeof n === "number" ? -n : wrapS(-n));
/** n & 3 in two's complement (0..3). */
const low2 = (n: I64): number => (typeof n === "number" ? n & 3 : Number(BigInt.asUintN(2, n)));

/** Jn for x >= 2**302 and n >= 0: the leading term of the asymptotic expansion. */
function jnHuge(n3: number, x: number): number {
  const s = sin(x);
  const c = cos(x);
  let temp: number;
  if (n3 === 0) temp = c + s;
  else if (n3 === 1) temp = -c + s;
  else if (n3 === 2) temp = -c - s;
  else temp = c - s;
  return InvSqrtPi * temp / Math.sqrt(x);
}

/** Jn for n <= x < 2**302: forward recurrence J(i+1) = (2i/x) J(i) - J(i-1) from J0, J1. */
function jnForward(n: number, x: number): number {
  let b = j1(x);
  let a = j0(x);
  for (let i = 1; i < n; i++) {
    const next = b * ((i + i) / x) - a; // avoid underflow
    a = b;
    b = next;
  }
  return b;
}

/** Jn for x < 2**-29 and x < n: the first term of the power series, (x/2)**n / n!. */
function jnTiny(n: number, x: number): number {
  if (n > 33) return 0; // underflow
  const temp = x * 0.5;
  let b = temp;
  let a = 1.0;
  for (let i = 2; i <= n; i++) {
    a *= i; // a = n!
    b *= temp; // b = (x/2)**n
  }
  return b / a;
}

/**
 * Jn for 2**-29 <= x < n: J(n)/J(n-1) from a continued fraction of k terms (k from the
 * convergents' growth), backward recurrence down to J0's order, normalized by J0(x).
 */
function jnBackward(n: number, x: number): number {
  const w = (n + n) / x;
  const h = 2 / x;
  let q0 = w;
  let z = w + h;
  let q1 = w * z - 1;
  let k = 1;
  while (q1 < 1e9) {
    k++;
    z += h;
    const next = z * q1 - q0;
    q0 = q1;
    q1 = next;
  }
  const m = n + n;
  let t = 0.0;
  for (let i = 2 * (n + k); i >= m; i -= 2) t = 1 / (i / x - t);
  let a = t;
  let b = 1;
  // Scale to avoid overflow when the recurrence may reach Exp's overflow threshold.
  const tmp = n * log(Math.abs((2 / x) * n));
  const rescale = !(tmp < 7.09782712893383973096e+02);
  for (let i = n - 1; i > 0; i--) {
    const di = i + i;
    const next = b * di / x - a;
    a = b;
    b = next;
    if (rescale && b > 1e100) {
      a /= b;
      t /= b;
      b = 1;
    }
  }
  return t * j0(x) / b;
}

export function jn(n: I64, x: number): number {
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity) return 0;
  if (n === 0) return j0(x);
  if (x === 0) return 0;
  if (n < 0) {
    n = negate(n);
    x = -x;
  }
  if (n === 1) return j1(x);
  let sign = false;
  if (x < 0) {
    x = -x;
    if ((low2(n) & 1) === 1) sign = true; // odd n and negative x
  }
  const nf = Number(n); // float64(n)
  let b: number;
  if (nf <= x) b = x >= Two302 ? jnHuge(low2(n), x) : jnForward(nf, x);
  else if (x < TwoM29) b = jnTiny(nf, x);
  else b = jnBackward(nf, x);
  return sign ? -b : b;
}

/** Yn for x >= 2**302 and n >= 0: the leading term of the asymptotic expansion. */
function ynHuge(n3: number, x: number): number {
  const s = sin(x);
  const c = cos(x);
  let temp: number;
  if (n3 === 0) temp = s - c;
  else if (n3 === 1) temp = -s - c;
  else if (n3 === 2) temp = -s + c;
  else temp = s + c;
  return InvSqrtPi * temp / Math.sqrt(x);
}

/** Yn by forward recurrence from Y0, Y1, stopping once it reaches -Inf. */
function ynForward(n: number, x: number): number {
  let a = y0(x);
  let b = y1(x);
  for (let i = 1; i < n && b !== -Infinity; i++) {
    const next = ((i + i) / x) * b - a;
    a = b;
    b = next;
  }
  return b;
}

export function yn(n: I64, x: number): number {
  if (x < 0 || x !== x) return NaN;
  if (x === Infinity) return 0;
  if (n === 0) return y0(x);
  if (x === 0) return n < 0 && (low2(n) & 1) === 1 ? Infinity : -Infinity;
  let sign = false;
  if (n < 0) {
    n = negate(n);
    if ((low2(n) & 1) === 1) sign = true; // sign true if n < 0 && |n| odd
  }
  if (n === 1) return sign ? -y1(x) : y1(x);
  const b = x >= Two302 ? ynHuge(low2(n), x) : ynForward(Number(n), x);
  return sign ? -b : b;
}
