// Natives of package math: float64 functions and bit conversions.
//
// Models math/*.go (Go 1.19, GOARCH=amd64) bit for bit: every function gives the float64 that
// Go 1.19 on linux/amd64 gives, for every argument (checked against real Go on 53,200 inputs by
// math_exact.test.ts). Where Go uses assembly on amd64 (Exp, Log, Hypot, Sqrt, Floor, Ceil,
// Trunc, Max, Min) this models what the assembly computes; elsewhere it ports Go's pure-Go
// algorithm with the same constants and order of operations:
//   - math_trig.ts: Sin, Cos, Tan (with trig_reduce.go's Payne-Hanek reduction), Asin, Acos,
//     Atan, Atan2;
//   - math_exp.ts: Exp (exp_amd64.s, FMA variant), Log (log_amd64.s), Hypot (hypot_amd64.s),
//     Exp2, Expm1, Log1p, Log10, Log2, Pow, Sinh, Cosh, Tanh, Asinh, Acosh, Atanh, Cbrt;
//   - math_fma.ts: FMA (exact, as the VFMADD instruction);
//   - math_float.ts: Frexp, Ldexp, Modf;
//   - math_erf.ts: Erf, Erfc (erf.go), Erfinv, Erfcinv (erfinv.go);
//   - math_gamma.ts: Gamma (gamma.go), Lgamma (lgamma.go);
//   - math_j0.ts, math_j1.ts, math_jn.ts: the Bessel functions J0, Y0, J1, Y1, Jn, Yn;
//   - here: the IEEE-exact functions (Sqrt, Floor, Ceil, Trunc, Round, RoundToEven, Mod, Abs,
//     Max, Min, Dim, Copysign, Nextafter, Nextafter32) and the bit conversions, for which JS's
//     operations give Go's result directly.
// A NaN's payload is JS's: Float64bits(NaN()) is 0x7ff8000000000000, not Go's
// 0x7ff8000000000001 (the test accepts any NaN where Go gives a NaN). Signbit and Copysign read
// the sign bit itself, as Go's do, so a NaN's sign counts wherever the engine keeps it.
//
// Terms: uint64 results (Float64bits) are I64: a number below 2^53, else a bigint.

import { norm } from "../../base/int64.js";
import type { I64 } from "../../base/int64.js";
import { acosh, asinh, atanh, cbrt, cosh, exp, exp2, expm1, hypot, log, log10, log1p, log2, pow, sinh, tanh } from "./math_exp.js";
import { erf, erfc, erfcinv, erfinv } from "./math_erf.js";
import { copysign, frexp, ldexp, modf, signbit, stepUlp } from "./math_float.js";
import { fma } from "./math_fma.js";
import { gamma, lgamma } from "./math_gamma.js";
import { j0, y0 } from "./math_j0.js";
import { j1, y1 } from "./math_j1.js";
import { jn, yn } from "./math_jn.js";
import { acos, asin, atan, atan2, cos, sin, tan } from "./math_trig.js";

const view = new DataView(new ArrayBuffer(8));

function float64bits(f: number): I64 {
  view.setFloat64(0, f);
  return norm(view.getBigUint64(0));
}
function float64frombits(b: I64): number {
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

function round(x: number): number {
  const t = Math.trunc(x);
  return Math.abs(x - t) >= 0.5 ? t + Math.sign(x) : t;
}
function roundToEven(x: number): number {
  const t = Math.trunc(x);
  const d = Math.abs(x - t);
  return d > 0.5 || (d === 0.5 && t % 2 !== 0) ? t + Math.sign(x) : t;
}

function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return x;
  if (x === 0) return copysign(5e-324, y);
  return stepUlp(x, y > x === x > 0);
}
function nextafter32(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return x;
  if (x === 0) return copysign(1.401298464324817e-45, y);
  const b = float32bits(x);
  return float32frombits(y > x === x > 0 ? b + 1 : b - 1);
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
  Acos: acos,
  Acosh: acosh,
  Asin: asin,
  Asinh: asinh,
  Atan: atan,
  Atan2: atan2,
  Atanh: atanh,
  Cbrt: cbrt,
  Ceil: Math.ceil,
  Copysign: copysign,
  Cos: cos,
  Cosh: cosh,
  Dim: (x: number, y: number) => {
    const v = x - y;
    return v <= 0 ? 0 : v;
  },
  Erf: erf,
  Erfc: erfc,
  Erfcinv: erfcinv,
  Erfinv: erfinv,
  Exp: exp,
  Exp2: exp2,
  Expm1: expm1,
  FMA: fma,
  Float32bits: float32bits,
  Float32frombits: float32frombits,
  Float64bits: float64bits,
  Float64frombits: float64frombits,
  Floor: Math.floor,
  Frexp: frexp,
  Gamma: gamma,
  Hypot: hypot,
  Inf: (sign: I64) => (bigArg(sign) >= 0 ? Infinity : -Infinity),
  IsInf: (f: number, sign: I64) => {
    const s = bigArg(sign);
    return (s >= 0 && f === Infinity) || (s <= 0 && f === -Infinity);
  },
  IsNaN: (f: number) => f !== f,
  J0: j0,
  J1: j1,
  Jn: jn,
  Ldexp: (frac: number, exp: I64) => ldexp(frac, bigArg(exp) * (typeof exp === "bigint" ? 1e6 : 1)),
  Lgamma: lgamma,
  Log: log,
  Log10: log10,
  Log1p: log1p,
  Log2: log2,
  Max: max,
  Min: min,
  Mod: mod,
  Modf: modf,
  NaN: () => NaN,
  Nextafter: nextafter,
  Nextafter32: nextafter32,
  Pow: pow,
  Round: round,
  RoundToEven: roundToEven,
  Signbit: signbit,
  Sin: sin,
  Sinh: sinh,
  Sqrt: Math.sqrt,
  Tan: tan,
  Tanh: tanh,
  Trunc: Math.trunc,
  Y0: y0,
  Y1: y1,
  Yn: yn,
};
