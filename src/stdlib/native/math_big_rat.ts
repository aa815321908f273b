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
  S.cost += 8 + 2 * Math.ceil(bigBitLen(d) / 64) ** 2;
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

/** The nearest float (ties to even) with mbits of mantissa and minimum normal exponent emin to
 *  a/b (a >= 0, b > 0), and whether it is exact (Go's quotToFloat64 and quotToFloat32). */
export function quotToFloat(a: bigint, b: bigint, mbits: number, emin: number): [number, boolean] {
  if (a === 0n) return [0, true];
  const e = bigBitLen(a) - bigBitLen(b);
  const shift = mbits + 3 - e;
  const num = shift >= 0 ? a << BigInt(shift) : a;
  const den = shift >= 0 ? b : b << BigInt(-shift);
  const q = num / den;
  const sticky = num % den !== 0n;
  const L = bigBitLen(q);
  const E = L - 1 - shift;
  const p = E < emin ? mbits - (emin - E) : mbits;
  const drop = L - p;
  let keep = q >> BigInt(drop);
  const rem = q & ((1n << BigInt(drop)) - 1n);
  const half = 1n << BigInt(drop - 1);
  if (rem > half || (rem === half && (sticky || (keep & 1n) === 1n))) keep += 1n;
  const f = Number(keep) * Math.pow(2, drop - shift);
  return [f, rem === 0n && !sticky && Number.isFinite(f)];
}

function toFloat(x: GoRat, mbits: number, emin: number): [number, boolean] {
  const [n, d] = ratValue(x);
  S.cost += 8 + 4 * Math.ceil(bigBitLen(d) / 64);
  const [f, exact] = quotToFloat(n < 0n ? -n : n, d, mbits, emin);
  if (mbits === 24) {
    const g = Math.fround(f);
    return [n < 0n ? -g : g, exact && Number.isFinite(g)];
  }
  return [n < 0n ? -f : f, exact];
}

/** x.FloatString(prec): Go's rounding, half away from zero, the sign kept for a -0.00. */
function floatString(x: GoRat, prec0: number | bigint): string {
  const prec = Number(prec0);
  const [n, d] = ratValue(x);
  S.cost += 8 + prec + Math.ceil(bigBitLen(n) / 64) * 4;
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
    "Rat.Quo": ratOp((a, b, c, d) => {
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
    "Rat.SetFrac": (z: GoRat, a: GoInt, b: GoInt) => {
      const d = intValue(b);
      if (d === 0n) panicStr("division by zero");
      return setRat(z, intValue(a), d);
    },
    "Rat.SetFrac64": (z: GoRat, a: number | bigint, b: number | bigint) => {
      if (b === 0) panicStr("division by zero");
      return setRat(z, BigInt(a), BigInt(b));
    },
    "Rat.SetInt": (z: GoRat, x: GoInt) => setRat(z, intValue(x), 1n),
    "Rat.SetInt64": (z: GoRat, x: number | bigint) => setRat(z, BigInt(x), 1n),
    "Rat.SetUint64": (z: GoRat, x: number | bigint) => setRat(z, BigInt.asUintN(64, BigInt(x)), 1n),
    "Rat.Inv": (z: GoRat, x: GoRat) => {
      const [n, d] = ratValue(x);
      if (n === 0n) panicStr("division by zero");
      return setRat(z, d, n);
    },
    "Rat.SetFloat64": (z: GoRat, f: number) => {
      if (!Number.isFinite(f)) return null;
      const [m, e] = decompose(f);
      return e >= 0 ? setRat(z, m << BigInt(e), 1n) : setRat(z, m, 1n << BigInt(-e));
    },
    "Rat.Float64": (x: GoRat) => toFloat(x, 53, -1022),
    "Rat.Float32": (x: GoRat) => toFloat(x, 24, -126),
    "Rat.FloatString": (x: GoRat, prec: number | bigint) => rawstring(floatString(x, prec)),
  };
}
