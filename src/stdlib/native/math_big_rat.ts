// Natives of package math/big's Rat: its arithmetic, normalization and conversions to and from
// floating point.
//
// Models Go 1.19's math/big/rat.go (norm, SetFrac, SetInt*, Add, Sub, Mul, Quo, Inv, Cmp,
// SetFloat64, Float32, Float64 with quotToFloat32/64's rounding) and ratconv.go's FloatString.
//
// Representation: a Rat is the Go struct {a, b Int} (math_big.ts's GoRat). A normalized Rat
// has gcd(|a|, b) = 1, b >= 1 stored explicitly (the zero value's empty b.abs means 1, as in
// Go), and a = 0 has no sign. Every result here is normalized, as Go's norm leaves it.

import { GoPanic } from "../../runtime/panic.js";
import { rt } from "../../runtime/rt.js";
import { S } from "../../runtime/state.js";
import { rawstring } from "../../runtime/newobject.js";
import { bigBitLen, intValue, natStore, natValue, setInt, type GoInt, type GoRat } from "./math_big.js";
import { bigCallNs } from "../../runtime/costs.js";

function panicStr(msg: string): never {
  throw new GoPanic(rt.stringValue(msg));
}

/** x's numerator and denominator (1 for an empty b.abs). */
function ratValue(x: GoRat): [bigint, bigint] {
  const d = natValue(x.b.abs);
  return [intValue(x.a), d === 0n ? 1n : d];
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** z = n/d (d != 0), normalized as Go's Rat.norm. */
function setRat(z: GoRat, n: bigint, d: bigint): GoRat {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  if (g > 1n) {
    n /= g;
    d /= g;
  }
  if (n === 0n) d = 1n;
  S.cost += bigCallNs + 2 * Math.ceil(bigBitLen(d) / 64) ** 2;
  setInt(z.a, n);
  z.b.neg = false;
  z.b.abs = natStore(z.b.abs, d);
  return z;
}

type Op = (xn: bigint, xd: bigint, yn: bigint, yd: bigint) => [bigint, bigint];

function ratOp(op: Op) {
  return (z: GoRat, x: GoRat, y: GoRat): GoRat => {
    const [xn, xd] = ratValue(x);
    const [yn, yd] = ratValue(y);
    const [n, d] = op(xn, xd, yn, yd);
    return setRat(z, n, d);
  };
}

/** The float64 bits of f as mantissa and exponent: f = m * 2**e exactly. */
function decompose(f: number): [bigint, number] {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, f);
  const bits = dv.getBigUint64(0);
  const exp = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  if (exp !== 0) mant |= 1n << 52n;
  const neg = bits >> 63n === 1n;
  return [neg ? -mant : mant, (exp === 0 ? 1 : exp) - 1075];
}

/** 2**k for -1022 <= k <= 1023, built from its bits. */
function pow2(k: number): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt(k + 1023) << 52n);
  return dv.getFloat64(0);
}

/** Go's math.Ldexp(float64(m), e) for m < 2**53: a denormal result comes from one rounding
 *  multiplication by 2**-53, and below 2**-1075 the result is 0. */
function ldexp(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const E = e + bigBitLen(m) - 1;
  if (E < -1075) return 0;
  if (E > 1023) return Infinity;
  const frac = Number(m) * pow2(-(bigBitLen(m) - 1)); // in [1, 2), exactly
  return E < -1022 ? frac * pow2(E + 53) * pow2(-53) : frac * pow2(E);
}

/** Go's quotToFloat64 (msize 52, ebias 1023) and quotToFloat32 (msize 23, ebias 127): the
 *  float nearest to a/b (a >= 0, b > 0) and whether it is exact, with Go's own treatment of
 *  results below the denormal range (exact unless the 54-bit quotient had a remainder). */
export function quotToFloat(a: bigint, b: bigint, msize: number, ebias: number): [number, boolean] {
  const alen = bigBitLen(a);
  if (alen === 0) return [0, true];
  const msize1 = msize + 1;
  const msize2 = msize1 + 1;
  const emin = 1 - ebias;
  let exp = alen - bigBitLen(b);
  const shift = msize2 - exp;
  const a2 = shift > 0 ? a << BigInt(shift) : a;
  const b2 = shift < 0 ? b << BigInt(-shift) : b;
  let mantissa = (a2 / b2) & M64;
  let haveRem = a2 % b2 !== 0n;
  if (mantissa >> BigInt(msize2) === 1n) {
    if ((mantissa & 1n) === 1n) haveRem = true;
    mantissa >>= 1n;
    exp++;
  }
  if (emin - msize <= exp && exp <= emin) {
    const sh = BigInt(emin - (exp - 1));
    haveRem = haveRem || (mantissa & ((1n << sh) - 1n)) !== 0n;
    mantissa >>= sh;
    exp = 2 - ebias;
  }
  let exact = !haveRem;
  if ((mantissa & 1n) !== 0n) {
    exact = false;
    if (haveRem || (mantissa & 2n) !== 0n) {
      mantissa++;
      if (mantissa >= 1n << BigInt(msize2)) {
        mantissa >>= 1n;
        exp++;
      }
    }
  }
  mantissa >>= 1n;
  let f = ldexp(mantissa, exp - msize1);
  if (msize === 23) f = Math.fround(f);
  return [f, exact && Number.isFinite(f)];
}

const M64 = (1n << 64n) - 1n;

function toFloat(x: GoRat, msize: number, ebias: number): [number, boolean] {
  const [n, d] = ratValue(x);
  S.cost += bigCallNs + 4 * Math.ceil(bigBitLen(d) / 64);
  const [f, exact] = quotToFloat(n < 0n ? -n : n, d, msize, ebias);
  return [n < 0n ? -f : f, exact];
}

/** x.FloatString(prec): Go's rounding, half away from zero, the sign kept for a -0.00. */
function floatString(x: GoRat, prec0: number | bigint): string {
  const prec = Number(prec0);
  const [n, d] = ratValue(x);
  S.cost += bigCallNs + prec + Math.ceil(bigBitLen(n) / 64) * 4;
  if (d === 1n) return n.toString() + (prec > 0 ? "." + "0".repeat(prec) : "");
  const a = n < 0n ? -n : n;
  let q = a / d;
  let r = a % d;
  const p = prec > 0 ? 10n ** BigInt(prec) : 1n;
  r *= p;
  const r2 = r % d;
  r /= d;
  if (d <= 2n * r2) {
    r += 1n;
    if (r >= p) {
      q += 1n;
      r -= p;
    }
  }
  let s = (n < 0n ? "-" : "") + q.toString();
  if (prec > 0) s += "." + r.toString().padStart(prec, "0");
  return s;
}

export function ratNatives(): Record<string, Function> {
  return {
    "Rat.Add": ratOp((a, b, c, d) => [a * d + c * b, b * d]),
    "Rat.Sub": ratOp((a, b, c, d) => [a * d - c * b, b * d]),
    "Rat.Mul": ratOp((a, b, c, d) => [a * c, b * d]),
    "Rat.quo": ratOp((a, b, c, d) => {
      if (c === 0n) panicStr("division by zero");
      return [a * d, b * c];
    }),
    "Rat.Cmp": (x: GoRat, y: GoRat) => {
      const [a, b] = ratValue(x);
      const [c, d] = ratValue(y);
      const l = a * d;
      const r = c * b;
      return l < r ? -1 : l > r ? 1 : 0;
    },
    "Rat.norm": (z: GoRat) => {
      const [n, d] = ratValue(z);
      return setRat(z, n, d);
    },
    "Rat.setFrac": (z: GoRat, a: GoInt, b: GoInt) => {
      const d = intValue(b);
      if (d === 0n) panicStr("division by zero");
      return setRat(z, intValue(a), d);
    },
    "Rat.setFrac64": (z: GoRat, a: number | bigint, b: number | bigint) => {
      if (b === 0) panicStr("division by zero");
      return setRat(z, BigInt(a), BigInt(b));
    },
    "Rat.SetInt": (z: GoRat, x: GoInt) => setRat(z, intValue(x), 1n),
    "Rat.SetInt64": (z: GoRat, x: number | bigint) => setRat(z, BigInt(x), 1n),
    "Rat.SetUint64": (z: GoRat, x: number | bigint) => setRat(z, BigInt.asUintN(64, BigInt(x)), 1n),
    "Rat.inv": (z: GoRat, x: GoRat) => {
      const [n, d] = ratValue(x);
      if (n === 0n) panicStr("division by zero");
      return setRat(z, d, n);
    },
    "Rat.SetFloat64": (z: GoRat, f: number) => {
      if (!Number.isFinite(f)) return null;
      const [m, e] = decompose(f);
      return e >= 0 ? setRat(z, m << BigInt(e), 1n) : setRat(z, m, 1n << BigInt(-e));
    },
    "Rat.Float64": (x: GoRat) => toFloat(x, 52, 1023),
    "Rat.Float32": (x: GoRat) => toFloat(x, 23, 127),
    "Rat.FloatString": (x: GoRat, prec: number | bigint) => rawstring(floatString(x, prec)),
  };
}
