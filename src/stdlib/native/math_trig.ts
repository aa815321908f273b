// Sin, Cos, Tan, Asin, Acos, Atan and Atan2, bit for bit as Go 1.19 computes them on amd64.
//
// Models math/sin.go, tan.go, trig_reduce.go, asin.go, atan.go and atan2.go: Go has no assembly
// for these on amd64, so they are its Cephes-derived pure-Go algorithms, ported here with the
// same constants and the same order of floating-point operations (Go's compiler does not fuse
// multiplies and adds on amd64, and neither does JavaScript). Go's untyped constant expressions
// (4/Pi, 3*Pi/4) are written as the float64 values Go rounds them to.
//
// Arguments of magnitude 2^29 and above are reduced with trig_reduce.go's Payne-Hanek method
// (bits of 4/Pi, 64-bit products in BigInt).

import { copysign, signbit } from "./math_float.js";

const PI4A = 7.85398125648498535156e-1; // 0x3fe921fb40000000, Pi/4 split into three parts
const PI4B = 3.77489470793079817668e-8; // 0x3e64442d00000000
const PI4C = 2.69515142907905952645e-15; // 0x3ce8469898cc5170
const FOUR_OVER_PI = 1.2732395447351628; // 4/Pi: 0x3ff45f306dc9c883
const PI = 3.141592653589793;
const PI2 = 1.5707963267948966; // Pi/2
const PI4 = 0.7853981633974483; // Pi/4
const PI3_4 = 2.356194490192345; // 3*Pi/4: 0x4002d97c7f3321d2
const REDUCE_THRESHOLD = 536870912; // 1<<29

const S0 = 1.58962301576546568060e-10; // 0x3de5d8fd1fd19ccd
const S1 = -2.50507477628578072866e-8; // 0xbe5ae5e5a9291f5d
const S2 = 2.75573136213857245213e-6; // 0x3ec71de3567d48a1
const S3 = -1.98412698295895385996e-4; // 0xbf2a01a019bfdf03
const S4 = 8.33333333332211858878e-3; // 0x3f8111111110f7d0
const S5 = -1.66666666666666307295e-1; // 0xbfc5555555555548

const C0 = -1.13585365213876817300e-11; // 0xbda8fa49a0861a9b
const C1 = 2.08757008419747316778e-9; // 0x3e21ee9d7b4e3f05
const C2 = -2.75573141792967388112e-7; // 0xbe927e4f7eac4bc6
const C3 = 2.48015872888517045348e-5; // 0x3efa01a019c844f5
const C4 = -1.38888888888730564116e-3; // 0xbf56c16c16c14f91
const C5 = 4.16666666666665929218e-2; // 0x3fa555555555554b

const sinPoly = (z: number, zz: number): number =>
  z + z * zz * ((((((S0 * zz) + S1) * zz + S2) * zz + S3) * zz + S4) * zz + S5);
const cosPoly = (zz: number): number =>
  1.0 - 0.5 * zz + zz * zz * ((((((C0 * zz) + C1) * zz + C2) * zz + C3) * zz + C4) * zz + C5);

// The octant j and the reduced argument z of x >= 0, as sin.go: set by reduce() and read by its
// caller at once (return registers; no yield or machine switch can fall between).
let rj = 0;
let rz = 0;

/** x (finite, >= 0) reduced: rj = octant (mapped to even, mod 8 unless tan), rz = remainder. */
function reduce(x: number, mod8: boolean): void {
  if (x >= REDUCE_THRESHOLD) {
    trigReduce(x);
    return;
  }
  let j = Math.trunc(x * FOUR_OVER_PI); // integer part of x/(Pi/4); below 2^30
  let y = j;
  if (j & 1) {
    j++;
    y++;
  }
  if (mod8) j &= 7;
  rj = j;
  rz = x - y * PI4A - y * PI4B - y * PI4C;
}

export function sin(x: number): number {
  if (x === 0 || x !== x) return x;
  if (x === Infinity || x === -Infinity) return NaN;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  reduce(x, true);
  let j = rj;
  const z = rz;
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  const zz = z * z;
  const y = j === 1 || j === 2 ? cosPoly(zz) : sinPoly(z, zz);
  return sign ? -y : y;
}

export function cos(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  let sign = false;
  x = Math.abs(x);
  reduce(x, true);
  let j = rj;
  const z = rz;
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  const zz = z * z;
  const y = j === 1 || j === 2 ? sinPoly(z, zz) : cosPoly(zz);
  return sign ? -y : y;
}

const TP0 = -1.30936939181383777646e4; // 0xc0c992d8d24f3f38
const TP1 = 1.15351664838587416140e6; // 0x413199eca5fc9ddd
const TP2 = -1.79565251976484877988e7; // 0xc1711fead3299176
const TQ1 = 1.36812963470692954678e4; // 0x40cab8a5eeb36572
const TQ2 = -1.32089234440210967447e6; // 0xc13427bc582abc96
const TQ3 = 2.50083801823357915839e7; // 0x4177d98fc2ead8ef
const TQ4 = -5.38695755929454629881e7; // 0xc189afe03cbe5a31

export function tan(x: number): number {
  if (x === 0 || x !== x) return x;
  if (x === Infinity || x === -Infinity) return NaN;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  reduce(x, false);
  const j = rj;
  const z = rz;
  const zz = z * z;
  let y = z;
  if (zz > 1e-14) {
    y = z + z * (zz * (((TP0 * zz) + TP1) * zz + TP2) / ((((zz + TQ1) * zz + TQ2) * zz + TQ3) * zz + TQ4));
  }
  if (j & 2) y = -1 / y;
  return sign ? -y : y;
}

const M64 = (1n << 64n) - 1n;
// The binary digits of 4/Pi, as trig_reduce.go's mPi4.
const mPi4 = [
  0x0000000000000001n, 0x45f306dc9c882a53n, 0xf84eafa3ea69bb81n, 0xb6c52b3278872083n,
  0xfca2c757bd778ac3n, 0x6e48dc74849ba5c0n, 0x0c925dd413a32439n, 0xfc3bd63962534e7dn,
  0xd1046bea5d768909n, 0xd338e04d68befc82n, 0x7323ac7306a673e9n, 0x3908bf177bf25076n,
  0x3ff12fffbc0b301fn, 0xde5e2316b414da3en, 0xda6cfd9e4f96136en, 0x9e8c7ecd3cbfd45an,
  0xea4f758fd7cbe2f6n, 0x7a0e73ef14a525d4n, 0xd7f6bf623f1aba10n, 0xac06608df8f6d757n,
];
const shl = (x: bigint, n: number): bigint => (n >= 64 ? 0n : (x << BigInt(n)) & M64);
const shr = (x: bigint, n: number): bigint => (n >= 64 || n < 0 ? 0n : x >> BigInt(n));
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** trig_reduce.go's trigReduce for x >= 2^29 (Payne-Hanek): sets rj and rz. */
function trigReduce(x: number): void {
  f64[0] = x;
  let ix = u64[0]!;
  const exp = Number((ix >> 52n) & 0x7ffn) - 1023 - 52;
  ix = (ix & ~(0x7ffn << 52n)) | (1n << 52n);
  const digit = Math.floor((exp + 61) / 64);
  const bitshift = (exp + 61) % 64;
  const z0 = shl(mPi4[digit]!, bitshift) | shr(mPi4[digit + 1]!, 64 - bitshift);
  const z1 = shl(mPi4[digit + 1]!, bitshift) | shr(mPi4[digit + 2]!, 64 - bitshift);
  const z2 = shl(mPi4[digit + 2]!, bitshift) | shr(mPi4[digit + 3]!, 64 - bitshift);
  const z2hi = (z2 * ix) >> 64n;
  const p1 = z1 * ix;
  const z1hi = p1 >> 64n;
  const z1lo = p1 & M64;
  const z0lo = (z0 * ix) & M64;
  const lsum = z1lo + z2hi;
  const lo = lsum & M64;
  let hi = (z0lo + z1hi + (lsum >> 64n)) & M64;
  let j = Number(hi >> 61n);
  hi = ((hi << 3n) & M64) | (lo >> 61n);
  const lz = hi === 0n ? 64 : 64 - hi.toString(2).length;
  const e = BigInt(1023 - (lz + 1)) & M64;
  hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
  hi >>= 12n;
  hi = (hi | (e << 52n)) & M64;
  u64[0] = hi;
  let z = f64[0]!;
  if (j & 1) {
    j++;
    j &= 7;
    z--;
  }
  rj = j;
  rz = z * PI4;
}

// --- Asin, Acos, Atan, Atan2 ---

const P0 = -8.750608600031904122785e-1;
const P1 = -1.615753718733365076637e1;
const P2 = -7.500855792314704667340e1;
const P3 = -1.228866684490136173410e2;
const P4 = -6.485021904942025371773e1;
const Q0 = +2.485846490142306297962e1;
const Q1 = +1.650270098316988542046e2;
const Q2 = +4.328810604912902668951e2;
const Q3 = +4.853903996359136964868e2;
const Q4 = +1.945506571482613964425e2;
const MOREBITS = 6.123233995736765886130e-17; // pi/2 = PIO2 + Morebits
const TAN3PIO8 = 2.41421356237309504880; // tan(3*pi/8)

function xatan(x: number): number {
  let z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}

function satan(x: number): number {
  if (x <= 0.66) return xatan(x);
  if (x > TAN3PIO8) return PI2 - xatan(1 / x) + MOREBITS;
  return PI4 + xatan((x - 1) / (x + 1)) + 0.5 * MOREBITS;
}

export function atan(x: number): number {
  if (x === 0) return x;
  return x > 0 ? satan(x) : -satan(-x);
}

export function asin(x: number): number {
  if (x === 0) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x > 1) return NaN;
  let temp = Math.sqrt(1 - x * x);
  temp = x > 0.7 ? PI2 - satan(temp / x) : satan(x / temp);
  return sign ? -temp : temp;
}

export const acos = (x: number): number => PI2 - asin(x);

export function atan2(y: number, x: number): number {
  if (y !== y || x !== x) return NaN;
  if (y === 0) return x >= 0 && !signbit(x) ? copysign(0, y) : copysign(PI, y);
  if (x === 0) return copysign(PI2, y);
  const yInf = y === Infinity || y === -Infinity;
  if (x === Infinity) return yInf ? copysign(PI4, y) : copysign(0, y);
  if (x === -Infinity) return yInf ? copysign(PI3_4, y) : copysign(PI, y);
  if (yInf) return copysign(PI2, y);
  const q = atan(y / x);
  if (x < 0) return q <= 0 ? q + PI : q - PI;
  return q;
}
