// J1 and Y1, the Bessel functions of order one, bit for bit as Go 1.19 computes them on amd64.
//
// Models math/j1.go (fdlibm's e_j1.c) operation for operation: Go has no assembly for these, so
// they are ported here with the same constants, the same branches and the same order of
// floating-point operations (Go's compiler does not fuse multiplies and adds on amd64, and
// neither does JavaScript). Sin, Cos and Log are gort's natives, which give Go's results (Go's
// Sincos(x) equals Sin(x), Cos(x) bit for bit); Sqrt is exact. Go's untyped constant
// expressions (1/SqrtPi, 2/Pi) are written as the float64 values Go rounds them to (shared with
// math_j0.ts). Simplifies nothing.

import { log } from "./math_exp.js";
import { HalfMaxFloat64, InvSqrtPi, interval, Two129, TwoM27, TwoOverPi } from "./math_j0.js";
import { cos, sin } from "./math_trig.js";

const TwoM54 = 5.551115123125783e-17; // 2**-54: 0x3c90000000000000

/**
 * (-s - c, s - c) for s, c = Sincos(x), x >= 2, with the one that cancels recomputed from
 * Cos(x+x) = (-s-c)(s-c), as J1 and Y1 do.
 */
function phase1(x: number): [number, number] {
  const s = sin(x);
  const c = cos(x);
  let ss = -s - c;
  let cc = s - c;
  if (x < HalfMaxFloat64) {
    const z = cos(x + x);
    if (s * c > 0) cc = z / ss;
    else ss = z / cc;
  }
  return [ss, cc];
}

// R0/S0 on [0, 2].
const R00 = -6.25000000000000000000e-02; // 0xBFB0000000000000
const R01 = 1.40705666955189706048e-03; // 0x3F570D9F98472C61
const R02 = -1.59955631084035597520e-05; // 0xBEF0C5C6BA169668
const R03 = 4.96727999609584448412e-08; // 0x3E6AAAFA46CA0BD9
const S01 = 1.91537599538363460805e-02; // 0x3F939D0B12637E53
const S02 = 1.85946785588630915560e-04; // 0x3F285F56B9CDF664
const S03 = 1.17718464042623683263e-06; // 0x3EB3BFF8333F8498
const S04 = 5.04636257076217042715e-09; // 0x3E35AC88C97DFF2C
const S05 = 1.23542274426137913908e-11; // 0x3DAB2ACFCFB97ED8

/** J1(x) for x >= 2, by the asymptotic expansion. */
function j1Large(x: number): number {
  const [ss, cc] = phase1(x);
  if (x > Two129) return InvSqrtPi * cc / Math.sqrt(x);
  const u = pone(x);
  const v = qone(x);
  return InvSqrtPi * (u * cc - v * ss) / Math.sqrt(x);
}

export function j1(x: number): number {
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity || x === 0) return 0;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x >= 2) {
    const z = j1Large(x);
    return sign ? -z : z;
  }
  // |x| < 2**-27: Go returns 0.5 * |x| here, without the sign (so J1(-x) = J1(x) for tiny x).
  if (x < TwoM27) return 0.5 * x;
  const z = x * x;
  let r = z * (R00 + z * (R01 + z * (R02 + z * R03)));
  const s = 1.0 + z * (S01 + z * (S02 + z * (S03 + z * (S04 + z * S05))));
  r *= x;
  const y = 0.5 * x + r / s;
  return sign ? -y : y;
}

const U00 = -1.96057090646238940668e-01; // 0xBFC91866143CBC8A
const U01 = 5.04438716639811282616e-02; // 0x3FA9D3C776292CD1
const U02 = -1.91256895875763547298e-03; // 0xBF5F55E54844F50F
const U03 = 2.35252600561610495928e-05; // 0x3EF8AB038FA6B88E
const U04 = -9.19099158039878874504e-08; // 0xBE78AC00569105B8
const V00 = 1.99167318236649903973e-02; // 0x3F94650D3F4DA9F0
const V01 = 2.02552581025135171496e-04; // 0x3F2A8C896C257764
const V02 = 1.35608801097516229404e-06; // 0x3EB6C05A894E8CA6
const V03 = 6.22741452364621501295e-09; // 0x3E3ABF1D5BA69A86
const V04 = 1.66559246207992079114e-11; // 0x3DB25039DACA772A

export function y1(x: number): number {
  if (x < 0 || x !== x) return NaN;
  if (x === Infinity) return 0;
  if (x === 0) return -Infinity;
  if (x >= 2) {
    const [ss, cc] = phase1(x);
    if (x > Two129) return InvSqrtPi * ss / Math.sqrt(x);
    const u = pone(x);
    const v = qone(x);
    return InvSqrtPi * (u * ss + v * cc) / Math.sqrt(x);
  }
  if (x <= TwoM54) return -TwoOverPi / x; // x < 2**-54
  const z = x * x;
  const u = U00 + z * (U01 + z * (U02 + z * (U03 + z * U04)));
  const v = 1 + z * (V00 + z * (V01 + z * (V02 + z * (V03 + z * V04))));
  return x * (u / v) + TwoOverPi * (j1(x) * log(x) - 1 / x);
}

// The coefficients of pone's rational approximation R/S on each interval.
const p1R8 = [
  0.00000000000000000000e+00, // 0x0000000000000000
  1.17187499999988647970e-01, // 0x3FBDFFFFFFFFFCCE
  1.32394806593073575129e+01, // 0x402A7A9D357F7FCE
  4.12051854307378562225e+02, // 0x4079C0D4652EA590
  3.87474538913960532227e+03, // 0x40AE457DA3A532CC
  7.91447954031891731574e+03, // 0x40BEEA7AC32782DD
];
const p1S8 = [
  1.14207370375678408436e+02, // 0x405C8D458E656CAC
  3.65093083420853463394e+03, // 0x40AC85DC964D274F
  3.69562060269033463555e+04, // 0x40E20B8697C5BB7F
  9.76027935934950801311e+04, // 0x40F7D42CB28F17BB
  3.08042720627888811578e+04, // 0x40DE1511697A0B2D
];
const p1R5 = [
  1.31990519556243522749e-11, // 0x3DAD0667DAE1CA7D
  1.17187493190614097638e-01, // 0x3FBDFFFFE2C10043
  6.80275127868432871736e+00, // 0x401B36046E6315E3
  1.08308182990189109773e+02, // 0x405B13B9452602ED
  5.17636139533199752805e+02, // 0x40802D16D052D649
  5.28715201363337541807e+02, // 0x408085B8BB7E0CB7
];
const p1S5 = [
  5.92805987221131331921e+01, // 0x404DA3EAA8AF633D
  9.91401418733614377743e+02, // 0x408EFB361B066701
  5.35326695291487976647e+03, // 0x40B4E9445706B6FB
  7.84469031749551231769e+03, // 0x40BEA4B0B8A5BB15
  1.50404688810361062679e+03, // 0x40978030036F5E51
];
const p1R3 = [
  3.02503916137373618024e-09, // 0x3E29FC21A7AD9EDD
  1.17186865567253592491e-01, // 0x3FBDFFF55B21D17B
  3.93297750033315640650e+00, // 0x400F76BCE85EAD8A
  3.51194035591636932736e+01, // 0x40418F489DA6D129
  9.10550110750781271918e+01, // 0x4056C3854D2C1837
  4.85590685197364919645e+01, // 0x4048478F8EA83EE5
];
const p1S3 = [
  3.47913095001251519989e+01, // 0x40416549A134069C
  3.36762458747825746741e+02, // 0x40750C3307F1A75F
  1.04687139975775130551e+03, // 0x40905B7C5037D523
  8.90811346398256432622e+02, // 0x408BD67DA32E31E9
  1.03787932439639277504e+02, // 0x4059F26D7C2EED53
];
const p1R2 = [
  1.07710830106873743082e-07, // 0x3E7CE9D4F65544F4
  1.17176219462683348094e-01, // 0x3FBDFF42BE760D83
  2.36851496667608785174e+00, // 0x4002F2B7F98FAEC0
  1.22426109148261232917e+01, // 0x40287C377F71A964
  1.76939711271687727390e+01, // 0x4031B1A8177F8EE2
  5.07352312588818499250e+00, // 0x40144B49A574C1FE
];
const p1S2 = [
  2.14364859363821409488e+01, // 0x40356FBD8AD5ECDC
  1.25290227168402751090e+02, // 0x405F529314F92CD5
  2.32276469057162813669e+02, // 0x406D08D8D5A2DBD9
  1.17679373287147100768e+02, // 0x405D6B7ADA1884A9
  8.36463893371618283368e+00, // 0x4020BAB1F44E5192
];
const p1R = [p1R8, p1R5, p1R3, p1R2];
const p1S = [p1S8, p1S5, p1S3, p1S2];

/** The asymptotic expansion's P1(x) = 1 + R/S for x >= 2. */
function pone(x: number): number {
  const k = interval(x);
  const p = p1R[k]!;
  const q = p1S[k]!;
  const z = 1 / (x * x);
  const r = p[0]! + z * (p[1]! + z * (p[2]! + z * (p[3]! + z * (p[4]! + z * p[5]!))));
  const s = 1.0 + z * (q[0]! + z * (q[1]! + z * (q[2]! + z * (q[3]! + z * q[4]!))));
  return 1 + r / s;
}

// The coefficients of qone's rational approximation R/S on each interval.
const q1R8 = [
  0.00000000000000000000e+00, // 0x0000000000000000
  -1.02539062499992714161e-01, // 0xBFBA3FFFFFFFFDF3
  -1.62717534544589987888e+01, // 0xC0304591A26779F7
  -7.59601722513950107896e+02, // 0xC087BCD053E4B576
  -1.18498066702429587167e+04, // 0xC0C724E740F87415
  -4.84385124285750353010e+04, // 0xC0E7A6D065D09C6A
];
const q1S8 = [
  1.61395369700722909556e+02, // 0x40642CA6DE5BCDE5
  7.82538599923348465381e+03, // 0x40BE9162D0D88419
  1.33875336287249578163e+05, // 0x4100579AB0B75E98
  7.19657723683240939863e+05, // 0x4125F65372869C19
  6.66601232617776375264e+05, // 0x412457D27719AD5C
  -2.94490264303834643215e+05, // 0xC111F9690EA5AA18
];
const q1R5 = [
  -2.08979931141764104297e-11, // 0xBDB6FA431AA1A098
  -1.02539050241375426231e-01, // 0xBFBA3FFFCB597FEF
  -8.05644828123936029840e+00, // 0xC0201CE6CA03AD4B
  -1.83669607474888380239e+02, // 0xC066F56D6CA7B9B0
  -1.37319376065508163265e+03, // 0xC09574C66931734F
  -2.61244440453215656817e+03, // 0xC0A468E388FDA79D
];
const q1S5 = [
  8.12765501384335777857e+01, // 0x405451B2FF5A11B2
  1.99179873460485964642e+03, // 0x409F1F31E77BF839
  1.74684851924908907677e+04, // 0x40D10F1F0D64CE29
  4.98514270910352279316e+04, // 0x40E8576DAABAD197
  2.79480751638918118260e+04, // 0x40DB4B04CF7C364B
  -4.71918354795128470869e+03, // 0xC0B26F2EFCFFA004
];
const q1R3 = [
  -5.07831226461766561369e-09, // 0xBE35CFA9D38FC84F
  -1.02537829820837089745e-01, // 0xBFBA3FEB51AEED54
  -4.61011581139473403113e+00, // 0xC01270C23302D9FF
  -5.78472216562783643212e+01, // 0xC04CEC71C25D16DA
  -2.28244540737631695038e+02, // 0xC06C87D34718D55F
  -2.19210128478909325622e+02, // 0xC06B66B95F5C1BF6
];
const q1S3 = [
  4.76651550323729509273e+01, // 0x4047D523CCD367E4
  6.73865112676699709482e+02, // 0x40850EEBC031EE3E
  3.38015286679526343505e+03, // 0x40AA684E448E7C9A
  5.54772909720722782367e+03, // 0x40B5ABBAA61D54A6
  1.90311919338810798763e+03, // 0x409DBC7A0DD4DF4B
  -1.35201191444307340817e+02, // 0xC060E670290A311F
];
const q1R2 = [
  -1.78381727510958865572e-07, // 0xBE87F12644C626D2
  -1.02517042607985553460e-01, // 0xBFBA3E8E9148B010
  -2.75220568278187460720e+00, // 0xC006048469BB4EDA
  -1.96636162643703720221e+01, // 0xC033A9E2C168907F
  -4.23253133372830490089e+01, // 0xC04529A3DE104AAA
  -2.13719211703704061733e+01, // 0xC0355F3639CF6E52
];
const q1S2 = [
  2.95333629060523854548e+01, // 0x403D888A78AE64FF
  2.52981549982190529136e+02, // 0x406F9F68DB821CBA
  7.57502834868645436472e+02, // 0x4087AC05CE49A0F7
  7.39393205320467245656e+02, // 0x40871B2548D4C029
  1.55949003336666123687e+02, // 0x40637E5E3C3ED8D4
  -4.95949898822628210127e+00, // 0xC013D686E71BE86B
];
const q1R = [q1R8, q1R5, q1R3, q1R2];
const q1S = [q1S8, q1S5, q1S3, q1S2];

/** The asymptotic expansion's Q1(x) = (3/8 + R/S) / x for x >= 2. */
function qone(x: number): number {
  const k = interval(x);
  const p = q1R[k]!;
  const q = q1S[k]!;
  const z = 1 / (x * x);
  const r = p[0]! + z * (p[1]! + z * (p[2]! + z * (p[3]! + z * (p[4]! + z * p[5]!))));
  const s = 1 + z * (q[0]! + z * (q[1]! + z * (q[2]! + z * (q[3]! + z * (q[4]! + z * q[5]!)))));
  return (0.375 + r / s) / x;
}
