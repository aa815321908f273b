// Erf, Erfc, Erfinv and Erfcinv, bit for bit as Go 1.19 computes them on amd64.
//
// Models math/erf.go (fdlibm's s_erf.c) and math/erfinv.go (Giles' rational approximations)
// operation for operation: Go has assembly for these on s390x only, so on amd64 they are pure
// Go, ported here with the same constants, the same branches and the same order of
// floating-point operations (Go's compiler does not fuse multiplies and adds on amd64, and
// neither does JavaScript). Exp, Log and Sqrt are gort's natives, which give Go's results. Go's
// untyped constant expressions (1/0.35, 1+erx, 1-erx, Ln2) are written as the float64 values
// Go rounds them to. Simplifies nothing.

import { exp, log } from "./math_exp.js";
import { fromWords, hiWord } from "./math_float.js";

// --- erf.go ---

const erx = 8.45062911510467529297e-01; // 0x3FEB0AC160000000
const onePlusErx = 1.8450629115104675; // 1 + erx: 0x3ffd8560b0000000
const oneMinusErx = 0.15493708848953247; // 1 - erx: 0x3fc3d4fa80000000
const invPoint35 = 2.857142857142857; // 1/0.35: 0x4006db6db6db6db7
// Coefficients for approximation to erf in |x| <= 0.84375.
const efx = 1.28379167095512586316e-01; // 0x3FC06EBA8214DB69
const efx8 = 1.02703333676410069053e+00; // 0x3FF06EBA8214DB69
const pp0 = 1.28379167095512558561e-01; // 0x3FC06EBA8214DB68
const pp1 = -3.25042107247001499370e-01; // 0xBFD4CD7D691CB913
const pp2 = -2.84817495755985104766e-02; // 0xBF9D2A51DBD7194F
const pp3 = -5.77027029648944159157e-03; // 0xBF77A291236668E4
const pp4 = -2.37630166566501626084e-05; // 0xBEF8EAD6120016AC
const qq1 = 3.97917223959155352819e-01; // 0x3FD97779CDDADC09
const qq2 = 6.50222499887672944485e-02; // 0x3FB0A54C5536CEBA
const qq3 = 5.08130628187576562776e-03; // 0x3F74D022C4D36B0F
const qq4 = 1.32494738004321644526e-04; // 0x3F215DC9221C1A10
const qq5 = -3.96022827877536812320e-06; // 0xBED09C4342A26120
// Coefficients for approximation to erf in 0.84375 <= |x| <= 1.25.
const pa0 = -2.36211856075265944077e-03; // 0xBF6359B8BEF77538
const pa1 = 4.14856118683748331666e-01; // 0x3FDA8D00AD92B34D
const pa2 = -3.72207876035701323847e-01; // 0xBFD7D240FBB8C3F1
const pa3 = 3.18346619901161753674e-01; // 0x3FD45FCA805120E4
const pa4 = -1.10894694282396677476e-01; // 0xBFBC63983D3E28EC
const pa5 = 3.54783043256182359371e-02; // 0x3FA22A36599795EB
const pa6 = -2.16637559486879084300e-03; // 0xBF61BF380A96073F
const qa1 = 1.06420880400844228286e-01; // 0x3FBB3E6618EEE323
const qa2 = 5.40397917702171048937e-01; // 0x3FE14AF092EB6F33
const qa3 = 7.18286544141962662868e-02; // 0x3FB2635CD99FE9A7
const qa4 = 1.26171219808761642112e-01; // 0x3FC02660E763351F
const qa5 = 1.36370839120290507362e-02; // 0x3F8BEDC26B51DD1C
const qa6 = 1.19844998467991074170e-02; // 0x3F888B545735151D
// Coefficients for approximation to erfc in 1.25 <= |x| <= 1/0.35.
const ra0 = -9.86494403484714822705e-03; // 0xBF843412600D6435
const ra1 = -6.93858572707181764372e-01; // 0xBFE63416E4BA7360
const ra2 = -1.05586262253232909814e+01; // 0xC0251E0441B0E726
const ra3 = -6.23753324503260060396e+01; // 0xC04F300AE4CBA38D
const ra4 = -1.62396669462573470355e+02; // 0xC0644CB184282266
const ra5 = -1.84605092906711035994e+02; // 0xC067135CEBCCABB2
const ra6 = -8.12874355063065934246e+01; // 0xC054526557E4D2F2
const ra7 = -9.81432934416914548592e+00; // 0xC023A0EFC69AC25C
const sa1 = 1.96512716674392571292e+01; // 0x4033A6B9BD707687
const sa2 = 1.37657754143519042600e+02; // 0x4061350C526AE721
const sa3 = 4.34565877475229228821e+02; // 0x407B290DD58A1A71
const sa4 = 6.45387271733267880336e+02; // 0x40842B1921EC2868
const sa5 = 4.29008140027567833386e+02; // 0x407AD02157700314
const sa6 = 1.08635005541779435134e+02; // 0x405B28A3EE48AE2C
const sa7 = 6.57024977031928170135e+00; // 0x401A47EF8E484A93
const sa8 = -6.04244152148580987438e-02; // 0xBFAEEFF2EE749A62
// Coefficients for approximation to erfc in 1/0.35 <= |x| <= 28.
const rb0 = -9.86494292470009928597e-03; // 0xBF84341239E86F4A
const rb1 = -7.99283237680523006574e-01; // 0xBFE993BA70C285DE
const rb2 = -1.77579549177547519889e+01; // 0xC031C209555F995A
const rb3 = -1.60636384855821916062e+02; // 0xC064145D43C5ED98
const rb4 = -6.37566443368389627722e+02; // 0xC083EC881375F228
const rb5 = -1.02509513161107724954e+03; // 0xC09004616A2E5992
const rb6 = -4.83519191608651397019e+02; // 0xC07E384E9BDC383F
const sb1 = 3.03380607434824582924e+01; // 0x403E568B261D5190
const sb2 = 3.25792512996573918826e+02; // 0x40745CAE221B9F0A
const sb3 = 1.53672958608443695994e+03; // 0x409802EB189D5118
const sb4 = 3.19985821950859553908e+03; // 0x40A8FFB7688C246A
const sb5 = 2.55305040643316442583e+03; // 0x40A3F219CEDF3BE6
const sb6 = 4.74528541206955367215e+02; // 0x407DA874E79FE763
const sb7 = -2.24409524465858183362e+01; // 0xC03670E242712D62

const VeryTiny = 2.848094538889218e-306; // 0x0080000000000000
const Small = 3.725290298461914e-9; // 2**-28
const Tiny = 1.3877787807814457e-17; // 2**-56

/** The rational term r/s of both functions for 2**-28 <= |x| < 0.84375 (z = x*x). */
function smallRatio(z: number): number {
  const r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
  const s = 1 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
  return r / s;
}

/** The rational term P/Q of both functions for 0.84375 <= x < 1.25. */
function midRatio(x: number): number {
  const s = x - 1;
  const P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
  const Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
  return P / Q;
}

/** The value r, where erfc(x) = r/x, for 1.25 <= x < 28 (Go's tail of erf and erfc). */
function tail(x: number): number {
  const s = 1 / (x * x);
  let R: number;
  let S: number;
  if (x < invPoint35) {
    R = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))));
    S = 1 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))));
  } else {
    R = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))));
    S = 1 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))));
  }
  const z = fromWords(hiWord(x), 0); // pseudo-single (20-bit) precision x
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S);
}

export function erf(x: number): number {
  if (x !== x) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x < 0.84375) {
    let temp: number;
    if (x < Small) {
      if (x < VeryTiny) temp = 0.125 * (8.0 * x + efx8 * x); // avoid underflow
      else temp = x + efx * x;
    } else {
      temp = x + x * smallRatio(x * x);
    }
    return sign ? -temp : temp;
  }
  if (x < 1.25) {
    const pq = midRatio(x);
    return sign ? -erx - pq : erx + pq;
  }
  if (x >= 6) return sign ? -1 : 1;
  const r = tail(x);
  return sign ? r / x - 1 : 1 - r / x;
}

export function erfc(x: number): number {
  if (x !== x) return NaN;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x < 0.84375) {
    let temp: number;
    if (x < Tiny) {
      temp = x;
    } else {
      const y = smallRatio(x * x);
      temp = x < 0.25 ? x + x * y : 0.5 + (x * y + (x - 0.5));
    }
    return sign ? 1 + temp : 1 - temp;
  }
  if (x < 1.25) {
    const pq = midRatio(x);
    return sign ? onePlusErx + pq : oneMinusErx - pq;
  }
  if (x < 28) {
    // Go returns 2 for x < -6 inside the 1/0.35 <= |x| branch: every such x is in it.
    if (sign && x > 6) return 2;
    const r = tail(x);
    return sign ? 2 - r / x : r / x;
  }
  return sign ? 2 : 0;
}

// --- erfinv.go ---

// Coefficients for approximation to erf in |x| <= 0.85.
const a0 = 1.1975323115670912564578e0;
const a1 = 4.7072688112383978012285e1;
const a2 = 6.9706266534389598238465e2;
const a3 = 4.8548868893843886794648e3;
const a4 = 1.6235862515167575384252e4;
const a5 = 2.3782041382114385731252e4;
const a6 = 1.1819493347062294404278e4;
const a7 = 8.8709406962545514830200e2;
const b0 = 1.0000000000000000000e0;
const b1 = 4.2313330701600911252e1;
const b2 = 6.8718700749205790830e2;
const b3 = 5.3941960214247511077e3;
const b4 = 2.1213794301586595867e4;
const b5 = 3.9307895800092710610e4;
const b6 = 2.8729085735721942674e4;
const b7 = 5.2264952788528545610e3;
// Coefficients for approximation to erf in 0.85 < |x| <= 1-2*exp(-25).
const c0 = 1.42343711074968357734e0;
const c1 = 4.63033784615654529590e0;
const c2 = 5.76949722146069140550e0;
const c3 = 3.64784832476320460504e0;
const c4 = 1.27045825245236838258e0;
const c5 = 2.41780725177450611770e-1;
const c6 = 2.27238449892691845833e-2;
const c7 = 7.74545014278341407640e-4;
const d0 = 1.4142135623730950488016887e0;
const d1 = 2.9036514445419946173133295e0;
const d2 = 2.3707661626024532365971225e0;
const d3 = 9.7547832001787427186894837e-1;
const d4 = 2.0945065210512749128288442e-1;
const d5 = 2.1494160384252876777097297e-2;
const d6 = 7.7441459065157709165577218e-4;
const d7 = 1.4859850019840355905497876e-9;
// Coefficients for approximation to erf in 1-2*exp(-25) < |x| < 1.
const e0 = 6.65790464350110377720e0;
const e1 = 5.46378491116411436990e0;
const e2 = 1.78482653991729133580e0;
const e3 = 2.96560571828504891230e-1;
const e4 = 2.65321895265761230930e-2;
const e5 = 1.24266094738807843860e-3;
const e6 = 2.71155556874348757815e-5;
const e7 = 2.01033439929228813265e-7;
const f0 = 1.414213562373095048801689e0;
const f1 = 8.482908416595164588112026e-1;
const f2 = 1.936480946950659106176712e-1;
const f3 = 2.103693768272068968719679e-2;
const f4 = 1.112800997078859844711555e-3;
const f5 = 2.611088405080593625138020e-5;
const f6 = 2.010321207683943062279931e-7;
const f7 = 2.891024605872965461538222e-15;

const Ln2 = 0.6931471805599453; // math.Ln2 as a float64: 0x3fe62e42fefa39ef

/** Erfinv for 0.85 < x < 1: a rational function of r = Sqrt(Ln2 - Log(1-x)). */
function erfinvTail(x: number): number {
  let z1: number;
  let z2: number;
  let r = Math.sqrt(Ln2 - log(1.0 - x));
  if (r <= 5.0) {
    r -= 1.6;
    z1 = ((((((c7 * r + c6) * r + c5) * r + c4) * r + c3) * r + c2) * r + c1) * r + c0;
    z2 = ((((((d7 * r + d6) * r + d5) * r + d4) * r + d3) * r + d2) * r + d1) * r + d0;
  } else {
    r -= 5.0;
    z1 = ((((((e7 * r + e6) * r + e5) * r + e4) * r + e3) * r + e2) * r + e1) * r + e0;
    z2 = ((((((f7 * r + f6) * r + f5) * r + f4) * r + f3) * r + f2) * r + f1) * r + f0;
  }
  return z1 / z2;
}

export function erfinv(x: number): number {
  if (x !== x || x <= -1 || x >= 1) {
    if (x === -1 || x === 1) return x * Infinity; // Inf(int(x))
    return NaN;
  }
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let ans: number;
  if (x <= 0.85) {
    const r = 0.180625 - 0.25 * x * x;
    const z1 = ((((((a7 * r + a6) * r + a5) * r + a4) * r + a3) * r + a2) * r + a1) * r + a0;
    const z2 = ((((((b7 * r + b6) * r + b5) * r + b4) * r + b3) * r + b2) * r + b1) * r + b0;
    ans = (x * z1) / z2;
  } else {
    ans = erfinvTail(x);
  }
  return sign ? -ans : ans;
}

export const erfcinv = (x: number): number => erfinv(1 - x);
