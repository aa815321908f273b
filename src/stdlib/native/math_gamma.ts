// Gamma and Lgamma, bit for bit as Go 1.19 computes them on amd64.
//
// Models math/gamma.go (Cephes' gamma with Stirling's formula above 33) and math/lgamma.go
// (fdlibm's e_lgamma_r.c, with sinPi) operation for operation: Go has no assembly for these, so
// they are ported here with the same constants, the same branches and the same order of
// floating-point operations (Go's compiler does not fuse multiplies and adds on amd64, and
// neither does JavaScript). Exp, Log, Pow, Sin, Cos and Modf are gort's natives, which give
// Go's results; Floor, Abs and Mod are exact, so JS's give Go's. Go's untyped constant
// expressions (Ymin - 1 + 0.27, Tc - 1, ...) are written as the float64 values Go rounds them
// to. Simplifies nothing.

import { exp, log, pow } from "./math_exp.js";
import { loWord, modf, signbit } from "./math_float.js";
import { cos, sin } from "./math_trig.js";

const Pi = 3.141592653589793; // math.Pi as a float64: 0x400921fb54442d18

// --- gamma.go ---

const _gamP = [
  1.60119522476751861407e-04, 1.19135147006586384913e-03, 1.04213797561761569935e-02,
  4.76367800457137231464e-02, 2.07448227648435975150e-01, 4.94214826801497100753e-01,
  9.99999999999999996796e-01,
];
const _gamQ = [
  -2.31581873324120129819e-05, 5.39605580493303397842e-04, -4.45641913851797240494e-03,
  1.18139785222060435552e-02, 3.58236398605498653373e-02, -2.34591795718243348568e-01,
  7.14304917030273074085e-02, 1.00000000000000000320e+00,
];
const _gamS = [
  7.87311395793093628397e-04, -2.29549961613378126380e-04, -2.68132617805781232825e-03,
  3.47222221605458667310e-03, 8.33333333333482257126e-02,
];

const SqrtTwoPi = 2.506628274631000502417;
const MaxStirling = 143.01608;
const Euler = 0.57721566490153286060651209008240243104215933593992; // A001620

/** Gamma(x) = y1 * y2 by Stirling's formula, for 33 < x; both factors, to avoid overflow. */
function stirling(x: number): [number, number] {
  if (x > 200) return [Infinity, 1];
  let w = 1 / x;
  w = 1 + w * ((((_gamS[0]! * w + _gamS[1]!) * w + _gamS[2]!) * w + _gamS[3]!) * w + _gamS[4]!);
  let y1 = exp(x);
  let y2 = 1.0;
  if (x > MaxStirling) {
    // avoid Pow() overflow
    const v = pow(x, 0.5 * x - 0.25);
    y2 = v / y1;
    y1 = v;
  } else {
    y1 = pow(x, x - 0.5) / y1;
  }
  return [y1, SqrtTwoPi * w * y2];
}

function isNegInt(x: number): boolean {
  return x < 0 && modf(x)[1] === 0;
}

/** Gamma(x) for x < -33 (not an integer); q = |x| and p = Floor(q). */
function gammaNegLarge(q: number, p: number): number {
  const signgam = p % 2 === 0 ? -1 : 1; // int64(p)&1; p >= 2^63 converts to MinInt64, even
  let z = q - p;
  if (z > 0.5) {
    p = p + 1;
    z = q - p;
  }
  z = q * sin(Pi * z);
  if (z === 0) return signgam * Infinity;
  const [sq1, sq2] = stirling(q);
  const absz = Math.abs(z);
  const d = absz * sq1 * sq2;
  if (d === Infinity || d === -Infinity) z = Pi / absz / sq1 / sq2;
  else z = Pi / d;
  return signgam * z;
}

/** Gamma's last step for |x| < 1e-9 (Go's label small): z / ((1 + Euler*x) * x). */
function gammaSmall(x: number, z: number): number {
  if (x === 0) return Infinity;
  return z / ((1 + Euler * x) * x);
}

export function gamma(x: number): number {
  if (isNegInt(x) || x === -Infinity || x !== x) return NaN;
  if (x === Infinity) return Infinity;
  if (x === 0) return signbit(x) ? -Infinity : Infinity;
  const q = Math.abs(x);
  const p = Math.floor(q);
  if (q > 33) {
    if (x >= 0) {
      const [y1, y2] = stirling(x);
      return y1 * y2;
    }
    return gammaNegLarge(q, p);
  }
  // Reduce the argument to [2, 3) by the recurrence Gamma(x+1) = x*Gamma(x).
  let z = 1.0;
  while (x >= 3) {
    x = x - 1;
    z = z * x;
  }
  while (x < 0) {
    if (x > -1e-09) return gammaSmall(x, z);
    z = z / x;
    x = x + 1;
  }
  while (x < 2) {
    if (x < 1e-09) return gammaSmall(x, z);
    z = z / x;
    x = x + 1;
  }
  if (x === 2) return z;
  x = x - 2;
  const A = _gamP;
  const B = _gamQ;
  const P = (((((x * A[0]! + A[1]!) * x + A[2]!) * x + A[3]!) * x + A[4]!) * x + A[5]!) * x + A[6]!;
  const Q = ((((((x * B[0]! + B[1]!) * x + B[2]!) * x + B[3]!) * x + B[4]!) * x + B[5]!) * x + B[6]!) * x + B[7]!;
  return z * P / Q;
}

// --- lgamma.go ---

const _lgamA = [
  7.72156649015328655494e-02, 3.22467033424113591611e-01, 6.73523010531292681824e-02,
  2.05808084325167332806e-02, 7.38555086081402883957e-03, 2.89051383673415629091e-03,
  1.19270763183362067845e-03, 5.10069792153511336608e-04, 2.20862790713908385557e-04,
  1.08011567247583939954e-04, 2.52144565451257326939e-05, 4.48640949618915160150e-05,
];
const _lgamR = [
  1.0, // placeholder
  1.39200533467621045958e+00, 7.21935547567138069525e-01, 1.71933865632803078993e-01,
  1.86459191715652901344e-02, 7.77942496381893596434e-04, 7.32668430744625636189e-06,
];
const _lgamS = [
  -7.72156649015328655494e-02, 2.14982415960608852501e-01, 3.25778796408930981787e-01,
  1.46350472652464452805e-01, 2.66422703033638609560e-02, 1.84028451407337715652e-03,
  3.19475326584100867617e-05,
];
const _lgamT = [
  4.83836122723810047042e-01, -1.47587722994593911752e-01, 6.46249402391333854778e-02,
  -3.27885410759859649565e-02, 1.79706750811820387126e-02, -1.03142241298341437450e-02,
  6.10053870246291332635e-03, -3.68452016781138256760e-03, 2.25964780900612472250e-03,
  -1.40346469989232843813e-03, 8.81081882437654011382e-04, -5.38595305356740546715e-04,
  3.15632070903625950361e-04, -3.12754168375120860518e-04, 3.35529192635519073543e-04,
];
const _lgamU = [
  -7.72156649015328655494e-02, 6.32827064025093366517e-01, 1.45492250137234768737e+00,
  9.77717527963372745603e-01, 2.28963728064692451092e-01, 1.33810918536787660377e-02,
];
const _lgamV = [
  1.0, 2.45597793713041134822e+00, 2.12848976379893395361e+00, 7.69285150456672783825e-01,
  1.04222645593369134254e-01, 3.21709242282423911810e-03,
];
const _lgamW = [
  4.18938533204672725052e-01, 8.33333333333329678849e-02, -2.77777777728775536470e-03,
  7.93650558643019558500e-04, -5.95187557450339963135e-04, 8.36339918996282139126e-04,
  -1.63092934096575273989e-03,
];

const Two52 = 4503599627370496; // 1 << 52
const Two53 = 9007199254740992; // 1 << 53
const Two58 = 288230376151711744; // 1 << 58
const Tiny = 8.470329472543003e-22; // 1.0 / (1 << 70)
const Tc = 1.46163214496836224576e+00; // 0x3FF762D86356BE3F
const Tf = -1.21486290535849611461e-01; // 0xBFBF19B9BCC38A42
const Tt = -3.63867699703950536541e-18; // 0xBC50C7CAA48A971F: -(tail of Tf)
const YminM1P27 = 0.7316321449683623; // Ymin - 1 + 0.27: 0x3fe76987d0eaed22
const YminM1M27 = 0.19163214496836226; // Ymin - 1 - 0.27: 0x3fc88766f1c02f69
const YminP27 = 1.7316321449683623; // Ymin + 0.27: 0x3ffbb4c3e8757691
const YminM27 = 1.1916321449683622; // Ymin - 0.27: 0x3ff310ecde3805ed
const TcM1 = 0.46163214496836225; // Tc - 1: 0x3fdd8b618d5af8fc

/** Lgamma's three polynomial approximations near 1 and 2, for 0 < x < 2 (x != 1). */
function lgammaBelow2(x: number): number {
  let lgamma: number;
  let y: number;
  let i: number;
  if (x <= 0.9) {
    lgamma = -log(x);
    if (x >= YminM1P27) [y, i] = [1 - x, 0]; // 0.7316 <= x <= 0.9
    else if (x >= YminM1M27) [y, i] = [x - TcM1, 1]; // 0.1916 <= x < 0.7316
    else [y, i] = [x, 2]; // 0 < x < 0.1916
  } else {
    lgamma = 0;
    if (x >= YminP27) [y, i] = [2 - x, 0]; // 1.7316 <= x < 2
    else if (x >= YminM27) [y, i] = [x - Tc, 1]; // 1.1916 <= x < 1.7316
    else [y, i] = [x - 1, 2]; // 0.9 < x < 1.1916
  }
  if (i === 0) {
    const A = _lgamA;
    const z = y * y;
    const p1 = A[0]! + z * (A[2]! + z * (A[4]! + z * (A[6]! + z * (A[8]! + z * A[10]!))));
    const p2 = z * (A[1]! + z * (A[3]! + z * (A[5]! + z * (A[7]! + z * (A[9]! + z * A[11]!)))));
    const p = y * p1 + p2;
    return lgamma + (p - 0.5 * y);
  }
  if (i === 1) {
    const T = _lgamT;
    const z = y * y;
    const w = z * y;
    const p1 = T[0]! + w * (T[3]! + w * (T[6]! + w * (T[9]! + w * T[12]!))); // parallel comp
    const p2 = T[1]! + w * (T[4]! + w * (T[7]! + w * (T[10]! + w * T[13]!)));
    const p3 = T[2]! + w * (T[5]! + w * (T[8]! + w * (T[11]! + w * T[14]!)));
    const p = z * p1 - (Tt - w * (p2 + y * p3));
    return lgamma + (Tf + p);
  }
  const U = _lgamU;
  const V = _lgamV;
  const p1 = y * (U[0]! + y * (U[1]! + y * (U[2]! + y * (U[3]! + y * (U[4]! + y * U[5]!)))));
  const p2 = 1 + y * (V[1]! + y * (V[2]! + y * (V[3]! + y * (V[4]! + y * V[5]!))));
  return lgamma + (-0.5 * y + p1 / p2);
}

/** Lgamma for 2 <= x < 8: a rational function of the fraction y, plus Log of (y+2)...(y+i-1). */
function lgammaBelow8(x: number): number {
  const S = _lgamS;
  const R = _lgamR;
  const i = Math.trunc(x);
  const y = x - i;
  const p = y * (S[0]! + y * (S[1]! + y * (S[2]! + y * (S[3]! + y * (S[4]! + y * (S[5]! + y * S[6]!))))));
  const q = 1 + y * (R[1]! + y * (R[2]! + y * (R[3]! + y * (R[4]! + y * (R[5]! + y * R[6]!)))));
  let lgamma = 0.5 * y + p / q;
  // Lgamma(1+s) = Log(s) + Lgamma(s): Go's switch on i falls through from case i down to 3.
  let z = 1.0;
  for (let k = i; k >= 3; k--) z *= y + (k - 1);
  if (i >= 3) lgamma += log(z);
  return lgamma;
}

/** Lgamma for 8 <= x < 2**58: Stirling's series. */
function lgammaStirling(x: number): number {
  const W = _lgamW;
  const t = log(x);
  const z = 1 / x;
  const y = z * z;
  const w = W[0]! + z * (W[1]! + y * (W[2]! + y * (W[3]! + y * (W[4]! + y * (W[5]! + y * W[6]!)))));
  return (x - 0.5) * (t - 1) + w;
}

/** Lgamma(x) and the sign of Gamma(x), as Go's (lgamma float64, sign int). */
export function lgamma(x: number): [number, number] {
  if (x !== x || x === Infinity || x === -Infinity) return [x, 1];
  if (x === 0) return [Infinity, 1];
  let neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  if (x < Tiny) return [-log(x), neg ? -1 : 1]; // |x| < 2**-70: -log(|x|)
  let sign = 1;
  let nadj = 0;
  if (neg) {
    if (x >= Two52) return [Infinity, 1]; // |x| >= 2**52, must be -integer
    const t = sinPi(x);
    if (t === 0) return [Infinity, 1]; // -integer
    nadj = log(Pi / Math.abs(t * x));
    if (t < 0) sign = -1;
  }
  if (x === 1 || x === 2) return [0, sign]; // purge off 1 and 2
  let lgamma: number;
  if (x < 2) lgamma = lgammaBelow2(x);
  else if (x < 8) lgamma = lgammaBelow8(x);
  else if (x < Two58) lgamma = lgammaStirling(x);
  else lgamma = x * (log(x) - 1); // 2**58 <= x <= Inf
  if (neg) lgamma = nadj - lgamma;
  return [lgamma, sign];
}

/** -Sin(Pi*x) for x > 0, with the argument reduced exactly (lgamma.go's sinPi). */
function sinPi(x: number): number {
  if (x < 0.25) return -sin(Pi * x);
  let z = Math.floor(x);
  let n: number;
  if (z !== x) {
    // inexact
    x = x % 2;
    n = Math.trunc(x * 4);
  } else if (x >= Two53) {
    // x must be even
    x = 0;
    n = 0;
  } else {
    if (x < Two52) z = x + Two52; // exact
    n = loWord(z) & 1;
    x = n;
    n <<= 2;
  }
  switch (n) {
    case 0:
      x = sin(Pi * x);
      break;
    case 1:
    case 2:
      x = cos(Pi * (0.5 - x));
      break;
    case 3:
    case 4:
      x = sin(Pi * (1 - x));
      break;
    case 5:
    case 6:
      x = -cos(Pi * (x - 1.5));
      break;
    default:
      x = sin(Pi * (x - 2));
  }
  return -x;
}
