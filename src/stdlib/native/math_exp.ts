// Exponentials, logarithms, powers, roots and hyperbolic functions, bit for bit as Go 1.19
// computes them on amd64.
//
// Models, operation for operation:
//   - exp_amd64.s (Exp): Shibata's method (argument reduction by LN2U/LN2L, a Taylor polynomial
//     of x/16, four squarings of the form x*(x+2), scaling by 2^k). The assembly takes an FMA
//     variant when the CPU has AVX and FMA (exp_amd64.go's useFMA); gort models such a CPU (every
//     x86-64 since 2013, and the machine the expectations were recorded on), with fused
//     operations computed exactly by fma().
//   - log_amd64.s (Log): fdlibm's log with the exponent and mantissa taken from the bits
//     (subnormal arguments are not normalized, as in the assembly) and the f1 <= Sqrt2/2 test;
//   - hypot_amd64.s (Hypot): max * sqrt(1 + (min/max)^2);
//   - the pure-Go exp.go (Exp2 and expmulti), expm1.go, log1p.go, log10.go (Log10, Log2),
//     pow.go, sinh.go, tanh.go, asinh.go, acosh.go, atanh.go and cbrt.go.
// Go's untyped constant expressions (1/Ln10, 1/Ln2) are written as the float64 values Go
// rounds them to.

import { copysign, frexp, fromWords, hiWord, ldexp, loWord, modf, SMALLEST_NORMAL, withHi } from "./math_float.js";
import { fmaNormal } from "./math_fma.js";

// --- exp_amd64.s ---

const LOG2E = 1.4426950408889634073599246810018920; // 1/LN2
const LN2U = 0.69314718055966295651160180568695068359375; // upper half LN2
const LN2L = 0.28235290563031577122588448175013436025525412068e-12; // lower half LN2
const EXP_OVERFLOW = 7.09782712893384e2;
const T1 = 1.6666666666666666667e-1;
const T2 = 4.1666666666666666667e-2;
const T3 = 8.3333333333333333333e-3;
const T4 = 1.3888888888888888889e-3;
const T5 = 1.9841269841269841270e-4;
const T6 = 2.4801587301587301587e-5;

/** CVTSD2SL: x rounded to an int32, ties to even; out of range or NaN gives -2^31. */
function cvtsd2sl(x: number): number {
  let r = Math.round(x);
  if (r - x === 0.5 && r % 2 !== 0) r--;
  return r >= -2147483648 && r <= 2147483647 ? r : -2147483648;
}

export function exp(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > EXP_OVERFLOW) return Infinity;
  const k = cvtsd2sl(LOG2E * x);
  const bx = k + 0x3ff;
  if (bx >= 0x7ff) return Infinity;
  if (bx < -52) return 0;
  // Every fused operation below meets fmaNormal's preconditions: when k is 0 the fused
  // k*LN2U and k*LN2L steps leave x unchanged, and |x| >= 2^-900 so x0*x1 >= 2^-920; when k
  // is not 0, |x - k*Ln2| is far above 2^-900 (Ln2's continued fraction).
  if (Math.abs(x) < 2 ** -900) return 1; // what the assembly computes: 1 + x/2*2 rounds to 1
  let x0 = x;
  if (k !== 0) {
    x0 = fmaNormal(-LN2U, k, x0);
    x0 = fmaNormal(-LN2L, k, x0);
  }
  x0 *= 0.0625; // reduce argument
  let x1 = fmaNormal(T6, x0, T5);
  x1 = fmaNormal(x1, x0, T4);
  x1 = fmaNormal(x1, x0, T3);
  x1 = fmaNormal(x1, x0, T2);
  x1 = fmaNormal(x1, x0, T1);
  x1 = fmaNormal(x1, x0, 0.5);
  x1 = fmaNormal(x1, x0, 1.0);
  x0 *= x1;
  x1 = x0 + 2.0;
  x0 *= x1;
  x1 = x0 + 2.0;
  x0 *= x1;
  x1 = x0 + 2.0;
  x0 *= x1;
  x1 = x0 + 2.0;
  x0 = fmaNormal(x0, x1, 1.0);
  if (bx <= 0) {
    // denormal: scale into range, then by 2^-1022 (one rounding)
    x0 *= fromWords((bx + 0x3fe) << 20, 0);
    return x0 * SMALLEST_NORMAL;
  }
  return x0 * fromWords(bx << 20, 0);
}

// --- log_amd64.s ---

const HSQRT2 = 7.07106781186547524401e-1; // sqrt(2)/2
const LN2HI = 6.93147180369123816490e-1; // 0x3fe62e42fee00000
const LN2LO = 1.90821492927058770002e-10; // 0x3dea39ef35793c76
const L1 = 6.666666666666735130e-1; // 0x3FE5555555555593
const L2 = 3.999999999940941908e-1; // 0x3FD999999997FA04
const L3 = 2.857142874366239149e-1; // 0x3FD2492494229359
const L4 = 2.222219843214978396e-1; // 0x3FCC71C51D8E78AF
const L5 = 1.818357216161805012e-1; // 0x3FC7466496CB03DE
const L6 = 1.531383769920937332e-1; // 0x3FC39A09D078C69F
const L7 = 1.479819860511658591e-1; // 0x3FC2F112DF3E5244

export function log(x: number): number {
  const hi = hiWord(x);
  if ((hi & 0x7fffffff) === 0 && loWord(x) === 0) return -Infinity;
  if (hi & 0x80000000) return NaN;
  if (hi >= 0x7ff00000) return x; // +Inf or NaN
  let f1 = withHi(x, (hi & 0x000fffff) | 0x3fe00000); // the mantissa as a value in [0.5, 1)
  let k = ((hi >>> 20) & 0x7ff) - 0x3fe;
  if (!(HSQRT2 < f1)) {
    k -= 1;
    f1 *= 2;
  }
  const f = f1 - 1;
  const s = f / (2 + f);
  const s2 = s * s;
  const s4 = s2 * s2;
  const t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  const t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  const R = t1 + t2;
  const hfsq = 0.5 * f * f;
  return k * LN2HI - (hfsq - (s * (hfsq + R) + k * LN2LO) - f);
}

// --- log10.go ---

const INV_LN10 = 0.4342944819032518; // 1/Ln10: 0x3fdbcb7b1526e50e
const INV_LN2 = 1.4426950408889634; // 1/Ln2: 0x3ff71547652b82fe

export const log10 = (x: number): number => log(x) * INV_LN10;

export function log2(x: number): number {
  const [frac, exp] = frexp(x);
  if (frac === 0.5) return exp - 1; // exact for powers of two
  return log(frac) * INV_LN2 + exp;
}

// --- exp.go: exp2 and expmulti ---

const EP1 = 1.66666666666666657415e-1; // 0x3FC55555; 0x55555555
const EP2 = -2.77777777770155933842e-3; // 0xBF66C16C; 0x16BEBD93
const EP3 = 6.61375632143793436117e-5; // 0x3F11566A; 0xAF25DE2C
const EP4 = -1.65339022054652515390e-6; // 0xBEBBBD41; 0xC5D26BF1
const EP5 = 4.13813679705723846039e-8; // 0x3E663769; 0x72BEA4D0

function expmulti(hi: number, lo: number, k: number): number {
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (EP1 + t * (EP2 + t * (EP3 + t * (EP4 + t * EP5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  return ldexp(y, k);
}

export function exp2(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > 1.0239999999999999e3) return Infinity;
  if (x < -1.0740e3) return 0;
  let k = 0;
  if (x > 0) k = Math.trunc(x + 0.5);
  else if (x < 0) k = Math.trunc(x - 0.5);
  const t = x - k;
  const hi = t * LN2HI;
  const lo = -t * LN2LO;
  return expmulti(hi, lo, k);
}

// --- expm1.go ---

const OTHRESHOLD = 7.09782712893383973096e2; // 0x40862E42FEFA39EF
const LN2X56 = 3.88162421113569373274e1; // 0x4043687a9f1af2b1
const LN2HALFX3 = 1.03972077083991796413e0; // 0x3ff0a2b23f3bab73
const LN2HALF = 3.46573590279972654709e-1; // 0x3fd62e42fefa39ef
const INVLN2 = 1.44269504088896338700e0; // 0x3ff71547652b82fe
const TINY54 = 5.551115123125783e-17; // 2^-54
const XQ1 = -3.33333333333331316428e-2; // 0xBFA11111111110F4
const XQ2 = 1.58730158725481460165e-3; // 0x3F5A01A019FE5585
const XQ3 = -7.93650757867487942473e-5; // 0xBF14CE199EAADBB7
const XQ4 = 4.00821782732936239552e-6; // 0x3ED0CFCA86E65239
const XQ5 = -2.01099218183624371326e-7; // 0xBE8AFDB76E09C32D

/** y with k added to its binary exponent (Float64bits(y) + uint64(k)<<52). */
const addExp = (y: number, k: number): number => withHi(y, hiWord(y) + k * 1048576);

export function expm1(x: number): number {
  if (x === Infinity || x !== x) return x;
  if (x === -Infinity) return -1;
  let absx = x;
  let sign = false;
  if (x < 0) {
    absx = -absx;
    sign = true;
  }
  if (absx >= LN2X56) {
    if (sign) return -1;
    if (absx >= OTHRESHOLD) return Infinity;
  }
  let c = 0;
  let k = 0;
  if (absx > LN2HALF) {
    let hi: number;
    let lo: number;
    if (absx < LN2HALFX3) {
      if (!sign) {
        hi = x - LN2HI;
        lo = LN2LO;
        k = 1;
      } else {
        hi = x + LN2HI;
        lo = -LN2LO;
        k = -1;
      }
    } else {
      k = Math.trunc(sign ? INVLN2 * x - 0.5 : INVLN2 * x + 0.5);
      const t = k;
      hi = x - t * LN2HI;
      lo = t * LN2LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (absx < TINY54) {
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (XQ1 + hxs * (XQ2 + hxs * (XQ3 + hxs * (XQ4 + hxs * XQ5))));
  let t = 3 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  if (k <= -2 || k > 56) {
    const y = 1 - (e - x);
    return addExp(y, k) - 1;
  }
  if (k < 20) {
    t = 1 - 2 ** -k; // Float64frombits(0x3ff0000000000000 - (0x20000000000000 >> k))
    return addExp(t - (e - x), k);
  }
  t = 2 ** -k;
  let y = x - (e + t);
  y++;
  return addExp(y, k);
}

// --- log1p.go ---

const SQRT2M1 = 4.142135623730950488017e-1; // Sqrt(2)-1 = 0x3fda827999fcef34
const SQRT2HALFM1 = -2.928932188134524755992e-1; // Sqrt(2)/2-1 = 0xbfd2bec333018866
const SMALL29 = 1.862645149230957e-9; // 2^-29
const TWO53 = 9007199254740992;
const LP1 = 6.666666666666735130e-1; // 3FE5555555555593
const LP2 = 3.999999999940941908e-1; // 3FD999999997FA04
const LP3 = 2.857142874366239149e-1; // 3FD2492494229359
const LP4 = 2.222219843214978396e-1; // 3FCC71C51D8E78AF
const LP5 = 1.818357216161805012e-1; // 3FC7466496CB03DE
const LP6 = 1.531383769920937332e-1; // 3FC39A09D078C69F
const LP7 = 1.479819860511658591e-1; // 3FC2F112DF3E5244

export function log1p(x: number): number {
  if (x < -1 || x !== x) return NaN;
  if (x === -1) return -Infinity;
  if (x === Infinity) return Infinity;
  const absx = Math.abs(x);
  let f = 0;
  let iuZero = false; // iu == 0 in log1p.go
  let k = 1;
  if (absx < SQRT2M1) {
    if (absx < SMALL29) {
      if (absx < TINY54) return x;
      return x - x * x * 0.5;
    }
    if (x > SQRT2HALFM1) {
      k = 0;
      f = x; // iu = 1
    }
  }
  let c = 0;
  if (k !== 0) {
    let u: number;
    if (absx < TWO53) {
      u = 1.0 + x;
      k = ((hiWord(u) >>> 20) & 0x7ff) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      k = ((hiWord(u) >>> 20) & 0x7ff) - 1023;
      c = 0;
    }
    const mhi = hiWord(u) & 0x000fffff;
    const mlo = loWord(u);
    if (mhi < 0x6a09e || (mhi === 0x6a09e && mlo < 0x667f3bcd)) {
      u = fromWords(mhi | 0x3ff00000, mlo); // normalize u
      iuZero = mhi === 0 && mlo === 0;
    } else {
      k++;
      u = fromWords(mhi | 0x3fe00000, mlo); // normalize u/2
      iuZero = mhi === 0xfffff && mlo >= 0xfffffffd; // (2^52 - iu) >> 2 == 0
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  let R: number;
  if (iuZero) {
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2LO;
      return k * LN2HI + c;
    }
    R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k === 0) return f - R;
    return k * LN2HI - (R - (k * LN2LO + c) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  R = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * LN2HI - (hfsq - (s * (hfsq + R) + (k * LN2LO + c)) - f);
}

// --- pow.go ---

function isOddInt(x: number): boolean {
  const [xi, xf] = modf(x);
  return xf === 0 && Math.abs(xi) < 2 ** 53 && xi % 2 !== 0; // int64(xi)&1 == 1
}

export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (x !== x || y !== y) return NaN;
  if (x === 0) {
    if (y < 0) return isOddInt(y) ? copysign(Infinity, x) : Infinity;
    return isOddInt(y) ? x : 0;
  }
  if (y === Infinity || y === -Infinity) {
    if (x === -1) return 1;
    return (Math.abs(x) < 1) === (y === Infinity) ? 0 : Infinity;
  }
  if (x === Infinity || x === -Infinity) {
    if (x === -Infinity) return pow(1 / x, -y); // Pow(-0, -y)
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
  let a1 = 1.0;
  let ae = 0;
  if (yf !== 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = exp(yf * log(x));
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

// --- sinh.go, tanh.go ---

const SP0 = -0.6307673640497716991184787251e6;
const SP1 = -0.8991272022039509355398013511e5;
const SP2 = -0.2894211355989563807284660366e4;
const SP3 = -0.2630563213397497062819489e2;
const SQ0 = -0.6307673640497716991212077277e6;
const SQ1 = 0.1521517378790019070696485176e5;
const SQ2 = -0.173678953558233699533450911e3;

export function sinh(x: number): number {
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let temp: number;
  if (x > 21) {
    temp = exp(x) * 0.5;
  } else if (x > 0.5) {
    const ex = exp(x);
    temp = (ex - 1 / ex) * 0.5;
  } else {
    const sq = x * x;
    temp = (((SP3 * sq + SP2) * sq + SP1) * sq + SP0) * x;
    temp = temp / (((sq + SQ2) * sq + SQ1) * sq + SQ0);
  }
  return sign ? -temp : temp;
}

export function cosh(x: number): number {
  x = Math.abs(x);
  if (x > 21) return exp(x) * 0.5;
  const ex = exp(x);
  return (ex + 1 / ex) * 0.5;
}

const TH_P0 = -9.64399179425052238628e-1;
const TH_P1 = -9.92877231001918586564e1;
const TH_P2 = -1.61468768441708447952e3;
const TH_Q0 = 1.12811678491632931402e2;
const TH_Q1 = 2.23548839060100448583e3;
const TH_Q2 = 4.84406305325125486048e3;
const MAXLOG = 8.8029691931113054295988e1; // log(2**127)

export function tanh(x: number): number {
  let z = Math.abs(x);
  if (z > 0.5 * MAXLOG) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    const s = exp(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x === 0) return x;
  const s = x * x;
  return x + x * s * ((TH_P0 * s + TH_P1) * s + TH_P2) / (((s + TH_Q0) * s + TH_Q1) * s + TH_Q2);
}

// --- asinh.go, acosh.go, atanh.go ---

const LN2 = 6.93147180559945286227e-1; // 0x3FE62E42FEFA39EF (math.Ln2 as a float64)
const NEAR_ZERO = 3.725290298461914e-9; // 2^-28
const LARGE = 268435456; // 2^28

export function asinh(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let temp: number;
  if (x > LARGE) temp = log(x) + LN2;
  else if (x > 2) temp = log(2 * x + 1 / (Math.sqrt(x * x + 1) + x));
  else if (x < NEAR_ZERO) temp = x;
  else temp = log1p(x + x * x / (1 + Math.sqrt(1 + x * x)));
  return sign ? -temp : temp;
}

export function acosh(x: number): number {
  if (x < 1 || x !== x) return NaN;
  if (x === 1) return 0;
  if (x >= LARGE) return log(x) + LN2;
  if (x > 2) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return log1p(t + Math.sqrt(2 * t + t * t));
}

export function atanh(x: number): number {
  if (x < -1 || x > 1 || x !== x) return NaN;
  if (x === 1) return Infinity;
  if (x === -1) return -Infinity;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let temp: number;
  if (x < NEAR_ZERO) {
    temp = x;
  } else if (x < 0.5) {
    temp = x + x;
    temp = 0.5 * log1p(temp + temp * x / (1 - x));
  } else {
    temp = 0.5 * log1p((x + x) / (1 - x));
  }
  return sign ? -temp : temp;
}

// --- cbrt.go ---

const B1 = 715094163; // (682-0.03306235651)*2**20
const B2 = 696219795; // (664-0.03306235651)*2**20
const CC = 5.42857142857142815906e-1; // 19/35     = 0x3FE15F15F15F15F1
const CD = -7.05306122448979611050e-1; // -864/1225 = 0xBFE691DE2532C834
const CE = 1.41428571428571436819e0; // 99/70     = 0x3FF6A0EA0EA0EA0F
const CF = 1.60714285714285720630e0; // 45/28     = 0x3FF9B6DB6DB6DB6E
const CG = 3.57142857142857150787e-1; // 5/14      = 0x3FD6DB6DB6DB6DB7

/** Float64frombits(Float64bits(x)/3 + b<<32) for x >= 0. */
function third(x: number, b: number): number {
  const hi = hiWord(x);
  const lo = loWord(x);
  const qh = Math.floor(hi / 3);
  const ql = Math.floor(((hi - qh * 3) * 4294967296 + lo) / 3);
  return fromWords(qh + b, ql);
}

export function cbrt(x: number): number {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let t = third(x, B1);
  if (x < SMALLEST_NORMAL) {
    t = 18014398509481984; // 2^54
    t *= x;
    t = third(t, B2);
  }
  let r = t * t / x;
  let s = CC + r * t;
  t *= CG + CF / (s + CE + CD / s);
  // Float64frombits(Float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)
  const lo = ((loWord(t) & 0xc0000000) >>> 0) + 0x40000000;
  t = lo >= 4294967296 ? fromWords(hiWord(t) + 1, lo - 4294967296) : fromWords(hiWord(t), lo);
  s = t * t; // exact
  r = x / s;
  const w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}

// --- hypot_amd64.s ---

export function hypot(p: number, q: number): number {
  p = Math.abs(p);
  q = Math.abs(q);
  if (p - p !== 0 || q - q !== 0) return p === Infinity || q === Infinity ? Infinity : NaN;
  if (p === 0 && q === 0) return 0;
  const max = p > q ? p : q;
  let min = p > q ? q : p;
  min /= max;
  return Math.sqrt(min * min + 1.0) * max;
}
