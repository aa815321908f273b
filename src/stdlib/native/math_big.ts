// Natives of package math/big: the arithmetic of nat and Int on host bigints (Rat's are in
// math_big_rat.ts, Float's in math_big_float.ts).
//
// Models Go 1.19's math/big nat.go, natdiv.go, natconv.go (itoa and the digit accumulation of
// scan), int.go (the arithmetic methods, GCD, Jacobi), prime.go (probablyPrimeLucas) and
// nat.go's sqrt.
//
// Representation: as Go, a nat is a []Word slice (Word = uint, an I64 element per 64-bit word,
// least significant first, normalized: no leading zero words); an Int is the struct {neg bool;
// abs nat} of stdlib/math/big/int.go, a Rat the struct {a, b Int} (b.abs empty means 1).
// A native reads its operands into host bigints, computes, then stores the result's words back:
// into z's own backing array when its capacity suffices (as Go's nat.make reuses z), else into a
// new one of len+4 words (nat.make's extra capacity), charged to the simulated heap as the
// mallocgc of a noscan [n]Word. Operands are read before z is written, so any aliasing
// (z.Add(z, z)) works.
//
// Cost: each call charges simulated time roughly as Go's kernels spend it: a call overhead, one
// unit per word for linear work (add, shift, bit operations, conversions of bytes), the word
// product count for multiplication up to Go's Karatsuba threshold (40 words) and n^1.585
// beyond it, division as the quotient length times the divisor length, exponentiation as one
// multiplication and one reduction per exponent bit, and base conversion as quadratic.
//
// Simplifications: results are exactly Go's, but the intermediate algorithms differ (Go's
// Lehmer GCD gives the same cofactors as the plain extended Euclid computed here, since both
// follow the same quotient sequence). ProbablyPrime is Go's procedure (stdlib/math/big/prime.go
// draws Go's Miller-Rabin bases); its Lucas test is here, step for step as Go's.

import { GoPanic, SimLimit } from "../../runtime/panic.js";
import { nilck } from "../../runtime/ops.js";
import { rt } from "../../runtime/rt.js";
import { S } from "../../runtime/state.js";
import { newsized } from "../../runtime/newobject.js";
import { Slice } from "../../runtime/value.js";
import { bigCallNs } from "../../runtime/costs.js";

/** An Int as its Go struct: the sign and the magnitude. */
export interface GoInt {
  neg: boolean;
  abs: Slice | null;
}

/** A Rat as its Go struct: numerator and denominator (b.abs empty means 1). */
export interface GoRat {
  a: GoInt;
  b: GoInt;
}

const M64 = (1n << 64n) - 1n;
const karatsubaThreshold = 40;

function panicStr(msg: string): never {
  throw new GoPanic(rt.stringValue(msg));
}

/** The value of the nat x (a []Word slice). Long values are combined by halves, so that the
 *  work is a few bigint operations per word, not a shift of the growing value per word. */
export function natValue(x: Slice | null): bigint {
  if (x === null || x.len === 0) return 0n;
  const c = (x.a as Cached)[natCache];
  if (c !== undefined && c.off === x.off && c.words.length === x.len && unchanged(x, c.words)) return c.value;
  const v = combine(x.a, x.off, x.off + x.len);
  if (x.len > 8) remember(x.a, x.off, x.len, v);
  return v;
}

/** natValue's cache, kept on a backing array: the words a value was read from or stored as,
 *  and that value. It is used only while the array still holds exactly those words (Go code
 *  may write the words: Int.SetBits shares them, nat.set and nat.random write them), so it
 *  is always right; comparing words is far cheaper than combining them. */
const natCache = Symbol("natValue");

interface NatCache {
  off: number;
  words: unknown[];
  value: bigint;
}

type Cached = unknown[] & { [natCache]?: NatCache };

function unchanged(x: Slice, words: unknown[]): boolean {
  const a = x.a;
  for (let i = 0, j = x.off; i < words.length; i++, j++) if (a[j] !== words[i]) return false;
  return true;
}

function remember(a: unknown[], off: number, len: number, value: bigint): void {
  (a as Cached)[natCache] = { off, words: a.slice(off, off + len), value };
}

/** The value of the words a[lo:hi] (least significant first). */
function combine(a: unknown[], lo: number, hi: number): bigint {
  if (hi - lo <= 8) {
    let v = 0n;
    for (let i = hi - 1; i >= lo; i--) {
      const w = a[i] as number | bigint;
      v = (v << 64n) | (typeof w === "number" ? BigInt(w) : w);
    }
    return v;
  }
  const mid = (lo + hi) >> 1;
  return (combine(a, mid, hi) << BigInt(64 * (mid - lo))) | combine(a, lo, mid);
}

/** Write the n low words of v >= 0 into a[off:off+n] as I64s, splitting by halves. */
function split(a: unknown[], off: number, n: number, v: bigint): void {
  if (n <= 8) {
    for (let i = 0; i < n; i++, v >>= 64n) {
      const w = v & M64;
      a[off + i] = w <= 0x1fffffffffffffn ? Number(w) : w;
    }
    return;
  }
  const h = n >> 1;
  split(a, off, h, BigInt.asUintN(64 * h, v));
  split(a, off + h, n - h, v >> BigInt(64 * h));
}

/** The number of 64-bit words of v >= 0. */
function nwords(v: bigint): number {
  return v === 0n ? 0 : Math.ceil(bitLen(v) / 64);
}

/** z set to v >= 0 as a normalized nat, reusing z's backing array when it is big enough.
 *  ub, when given, is Go's nat.make size for the operation (an upper bound of the result's
 *  words, as Go's add makes m+1 words and mul m+n): the capacity check uses it, as Go's does,
 *  and the words are then normalized, which spares measuring v. */
export function natStore(z: Slice | null, v: bigint, ub?: number): Slice | null {
  if (ub === undefined || v >> BigInt(64 * ub) !== 0n) ub = nwords(v);
  if (v === 0n) return z === null ? null : new Slice(z.a, z.off, 0, z.cap);
  let a: unknown[];
  let off = 0;
  let cap: number;
  if (z !== null && z.cap >= ub) {
    a = z.a;
    off = z.off;
    cap = z.cap;
  } else {
    cap = ub + 4;
    a = newsized(new Array(cap).fill(0), cap * 8, true);
  }
  split(a, off, ub, v);
  let n = ub;
  while (n > 0 && a[off + n - 1] === 0) n--;
  if (n > 8) remember(a, off, n, v);
  return new Slice(a, off, n, cap);
}

/** The signed value of an Int. */
export function intValue(x: GoInt): bigint {
  const v = natValue(x.abs);
  return x.neg ? -v : v;
}

/** z = v; returns z. */
export function setInt(z: GoInt, v: bigint, ub?: number): GoInt {
  z.neg = v < 0n;
  z.abs = natStore(z.abs, v < 0n ? -v : v, ub);
  return z;
}

/** The words of x (at least 1, for charging). */
function wlen(x: GoInt | Slice | null): number {
  if (x === null) return 1;
  const s = x instanceof Slice ? x : x.abs;
  return s === null || s.len === 0 ? 1 : s.len;
}

/** Charge linear work over n words. */
function chargeLinear(n: number): void {
  S.cost += bigCallNs + n;
}

/** The cost of multiplying m by n words (basic below the Karatsuba threshold). */
function mulCost(m: number, n: number): number {
  const k = Math.min(m, n);
  if (k < karatsubaThreshold) return m * n;
  return Math.ceil((Math.max(m, n) / k) * Math.pow(k, 1.585));
}

function chargeMul(m: number, n: number): void {
  S.cost += bigCallNs + mulCost(m, n);
}

function chargeDiv(m: number, n: number): void {
  S.cost += bigCallNs + Math.max(1, m - n + 1) * n;
}

/** The bit length of |v| (from its hex digits, not its binary ones, for speed). */
function bitLen(v: bigint): number {
  if (v < 0n) v = -v;
  if (v === 0n) return 0;
  const hex = v.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

export { bitLen as bigBitLen };

/** Go's truncated division: quotient and remainder with the sign of x. */
function quoRem(x: bigint, y: bigint): [bigint, bigint] {
  if (y === 0n) panicStr("division by zero");
  return [x / y, x % y];
}

/** Go's Euclidean division: 0 <= m < |y|. */
function divMod(x: bigint, y: bigint): [bigint, bigint] {
  let [q, m] = quoRem(x, y);
  if (m < 0n) {
    if (y < 0n) {
      q += 1n;
      m -= y;
    } else {
      q -= 1n;
      m += y;
    }
  }
  return [q, m];
}

/** A native z = f(x, y) charging cost(m, n) and storing with Go's make size ub(m, n) (m, n:
 *  the operands' word counts). */
function binop(
  f: (x: bigint, y: bigint) => bigint,
  cost: (m: number, n: number) => void,
  ub: (m: number, n: number) => number,
) {
  return (z: GoInt, x: GoInt, y: GoInt): GoInt => {
    const m = wlen(x);
    const n = wlen(y);
    cost(m, n);
    return setInt(z, f(intValue(x), intValue(y)), ub(m, n));
  };
}

const addSize = (m: number, n: number): number => Math.max(m, n) + 1;
const mulSize = (m: number, n: number): number => m + n;
const quoSize = (m: number): number => m + 1;
const remSize = (_m: number, n: number): number => n;

const linear2 = (m: number, n: number): void => chargeLinear(Math.max(m, n));

/** The int64 of an I64 argument. */
function i64(v: number | bigint): bigint {
  return typeof v === "number" ? BigInt(v) : v;
}

/** A host bigint as a canonical I64 (it fits in 64 bits). */
function toI64(v: bigint): number | bigint {
  return v >= -0x1fffffffffffffn && v <= 0x1fffffffffffffn ? Number(v) : v;
}

/** Go's expNN for magnitudes: x**y mod m (m == 0: no modulus). */
function expNN(x: bigint, y: bigint, m: bigint): bigint {
  if (m === 1n) return 0n;
  if (y === 0n) return 1n;
  const mw = m === 0n ? nwords(x) : nwords(m);
  const steps = bitLen(y);
  if (m === 0n) {
    if (x <= 1n) return x;
    S.cost += bigCallNs + steps * mulCost(mw * Number(y > 64n ? 64n : y), mw);
    if (bitLen(x) * Number(y) > maxHostBits) throw new RangeError("Maximum BigInt size exceeded");
    return x ** y;
  }
  S.cost += bigCallNs + steps * 2 * mulCost(mw, mw);
  let r = 1n;
  let b = x % m;
  for (let e = y; e > 0n; e >>= 1n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
  }
  return r;
}

/** The integer square root of v >= 0 (Newton's method, as Go's nat.sqrt). */
function isqrt(v: bigint): bigint {
  if (v < 2n) return v;
  let x = 1n << BigInt(Math.ceil(bitLen(v) / 2));
  for (;;) {
    const y = (x + v / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

const digitChars = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** The digits of v >= 0 in base 2..62 (Go's nat.utoa). */
function utoa(v: bigint, base: number): string {
  if (base <= 36) return v.toString(base);
  const b = BigInt(base);
  let s = "";
  do {
    s = digitChars[Number(v % b)]! + s;
    v /= b;
  } while (v > 0n);
  return s;
}

/** A new []byte of the byte string s (a result slice of its own, charged to the heap). */
function byteSlice(s: string): Slice {
  const a = newsized(new Array<number>(s.length), s.length, true);
  for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
  return new Slice(a, 0, s.length, s.length);
}

/** The extended Euclid on a, b >= 0, a or b != 0: [g, x] with a*x ≡ g (mod b), as Go's
 *  lehmerGCD's cofactor Ua. */
function extEuclid(a: bigint, b: bigint): [bigint, bigint] {
  let r0 = a;
  let r1 = b;
  let s0 = 1n;
  let s1 = 0n;
  if (r0 < r1) {
    [r0, r1, s0, s1] = [r1, r0, s1, s0];
  }
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return [r0, s0];
}

/** Int.GCD(x, y, a, b) as Go 1.19: zero operands, the cofactor signs, y = (z - a*x) / b. */
function gcd(z: GoInt, x: GoInt | null, y: GoInt | null, a: GoInt, b: GoInt): GoInt {
  const av = intValue(a);
  const bv = intValue(b);
  chargeDiv(wlen(a) * wlen(b), 1);
  if (av === 0n || bv === 0n) {
    setInt(z, av === 0n ? (bv < 0n ? -bv : bv) : av < 0n ? -av : av);
    if (x !== null) setInt(x, av === 0n ? 0n : av < 0n ? -1n : 1n);
    if (y !== null) setInt(y, bv === 0n ? 0n : bv < 0n ? -1n : 1n);
    return z;
  }
  const A = av < 0n ? -av : av;
  const B = bv < 0n ? -bv : bv;
  const [g, ua] = extEuclid(A, B);
  const xv = av < 0n ? -ua : ua;
  if (y !== null) setInt(y, divMod(g - av * xv, bv)[0]);
  if (x !== null) setInt(x, xv);
  return setInt(z, g);
}

/** Go's Jacobi(x, y); y must be odd. */
function jacobi(x: bigint, y: bigint): number {
  let a = x;
  let b = y;
  let j = 1;
  if (b < 0n) {
    if (a < 0n) j = -1;
    b = -b;
  }
  a = ((a % b) + b) % b;
  for (;;) {
    if (b === 1n) return j;
    if (a === 0n) return 0;
    a %= b;
    if (a === 0n) return 0;
    let s = 0;
    while ((a & 1n) === 0n) {
      a >>= 1n;
      s++;
    }
    const bmod8 = Number(b & 7n);
    if (s & 1 && (bmod8 === 3 || bmod8 === 5)) j = -j;
    if ((b & 3n) === 3n && (a & 3n) === 3n) j = -j;
    [a, b] = [b, a];
  }
}

/** The number of trailing zero bits of v > 0. */
function trailingZeros(v: bigint): number {
  let n = 0;
  while ((v & 0xffffffffn) === 0n) {
    v >>= 32n;
    n += 32;
  }
  while ((v & 1n) === 0n) {
    v >>= 1n;
    n++;
  }
  return n;
}

/** Go's nat.probablyPrimeLucas: Baillie's "almost extra strong" Lucas probable prime test
 *  with the parameters P = 3, 4, 5, ... (Q = 1) until Jacobi(P²-4, n) = -1, step for step. */
function probablyPrimeLucas(n: bigint): boolean {
  if (n === 0n || n === 1n) return false;
  if ((n & 1n) === 0n) return n === 2n;
  let p = 3n;
  for (; ; p++) {
    if (p > 10000n) panicStr("math/big: internal error: cannot find (D/n) = -1 for " + n.toString());
    const j = jacobi(p * p - 4n, n);
    if (j === -1) break;
    if (j === 0) return n === p + 2n;
    if (p === 40n && isqrt(n) ** 2n === n) return false;
  }
  const w = Math.ceil(bitLen(n) / 64);
  S.cost += bigCallNs + bitLen(n) * 4 * mulCost(w, w);
  const r = trailingZeros(n + 1n);
  const s = (n + 1n) >> BigInt(r);
  const nm2 = n - 2n;
  let vk = 2n;
  let vk1 = p;
  for (let i = bitLen(s); i >= 0; i--) {
    if (((s >> BigInt(i)) & 1n) === 1n) {
      vk = (vk * vk1 + n - p) % n;
      vk1 = (vk1 * vk1 + nm2) % n;
    } else {
      vk1 = (vk * vk1 + n - p) % n;
      vk = (vk * vk + nm2) % n;
    }
  }
  if (vk === 2n || vk === nm2) {
    let t1 = vk * p;
    let t2 = vk1 << 1n;
    if (t1 < t2) [t1, t2] = [t2, t1];
    if ((t1 - t2) % n === 0n) return true;
  }
  for (let t = 0; t < r - 1; t++) {
    if (vk === 0n) return true;
    if (vk === 2n) return false;
    if (vk * vk < 2n) panicStr("underflow");
    vk = (vk * vk - 2n) % n;
  }
  return false;
}

const smallPrimes = [3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 37n, 29n, 31n, 41n, 43n, 47n, 53n];

/** x's value and the number of its bytes. */
function byteLen(v: bigint): number {
  return Math.ceil(bitLen(v) / 8);
}

function setBytes(z: GoInt, buf: Slice | null): GoInt {
  let v = 0n;
  if (buf !== null) for (let i = 0; i < buf.len; i++) v = (v << 8n) | BigInt(buf.a[buf.off + i] as number);
  chargeLinear(buf === null ? 0 : buf.len >> 3);
  return setInt(z, v);
}

/** Write v's big-endian bytes into the end of buf (zeros before); buf must be big enough. */
function fillBytes(v: bigint, buf: Slice): void {
  for (let i = buf.len - 1; i >= 0; i--) {
    buf.a[buf.off + i] = Number(v & 0xffn);
    v >>= 8n;
  }
}

const int: Record<string, Function> = {
  "Int.Add": binop((x, y) => x + y, linear2, addSize),
  "Int.Sub": binop((x, y) => x - y, linear2, addSize),
  "Int.Mul": binop((x, y) => x * y, chargeMul, mulSize),
  "Int.quo": binop((x, y) => quoRem(x, y)[0], chargeDiv, quoSize),
  "Int.rem": binop((x, y) => quoRem(x, y)[1], chargeDiv, remSize),
  "Int.div": binop((x, y) => divMod(x, y)[0], chargeDiv, quoSize),
  "Int.mod": binop((x, y) => divMod(x, y)[1], chargeDiv, remSize),
  "Int.And": binop((x, y) => x & y, linear2, addSize),
  "Int.Or": binop((x, y) => x | y, linear2, addSize),
  "Int.Xor": binop((x, y) => x ^ y, linear2, addSize),
  "Int.AndNot": binop((x, y) => x & ~y, linear2, addSize),
  "Int.quoRem": (z: GoInt, x: GoInt, y: GoInt, r: GoInt): [GoInt, GoInt] => {
    chargeDiv(wlen(x), wlen(y));
    const [q, m] = quoRem(intValue(x), intValue(y));
    setInt(r, m);
    return [setInt(z, q), r];
  },
  "Int.divMod": (z: GoInt, x: GoInt, y: GoInt, m: GoInt): [GoInt, GoInt] => {
    chargeDiv(wlen(x), wlen(y));
    const [q, r] = divMod(intValue(x), intValue(y));
    setInt(m, r);
    return [setInt(z, q), m];
  },
  "Int.Not": (z: GoInt, x: GoInt) => (chargeLinear(wlen(x)), setInt(z, ~intValue(x))),
  "Int.Lsh": (z: GoInt, x: GoInt, n: number | bigint) => {
    chargeLinear(wlen(x) + Number(n) / 64);
    return setInt(z, intValue(x) << i64(n), wlen(x) + Math.floor(Number(n) / 64) + 1);
  },
  "Int.Rsh": (z: GoInt, x: GoInt, n: number | bigint) => {
    chargeLinear(wlen(x));
    return setInt(z, intValue(x) >> i64(n), wlen(x));
  },
  "Int.Cmp": (x: GoInt, y: GoInt) => {
    chargeLinear(1);
    const a = intValue(x);
    const b = intValue(y);
    return a < b ? -1 : a > b ? 1 : 0;
  },
  "Int.CmpAbs": (x: GoInt, y: GoInt) => {
    chargeLinear(1);
    const a = natValue(x.abs);
    const b = natValue(y.abs);
    return a < b ? -1 : a > b ? 1 : 0;
  },
  "Int.SetInt64": (z: GoInt, x: number | bigint) => setInt(z, i64(x)),
  "Int.SetUint64": (z: GoInt, x: number | bigint) => setInt(z, BigInt.asUintN(64, i64(x))),
  "Int.Int64": (x: GoInt) => toI64(BigInt.asIntN(64, intValue(x))),
  "Int.Uint64": (x: GoInt) => toI64(natValue(x.abs) & M64),
  "Int.IsInt64": (x: GoInt) => {
    const v = intValue(x);
    return v >= -(1n << 63n) && v < 1n << 63n;
  },
  "Int.IsUint64": (x: GoInt) => !x.neg && natValue(x.abs) <= M64,
  "Int.BitLen": (x: GoInt) => bitLen(natValue(x.abs)),
  "Int.TrailingZeroBits": (x: GoInt) => {
    const v = natValue(x.abs);
    return v === 0n ? 0 : trailingZeros(v);
  },
  "Int.bit": (x: GoInt, i: number | bigint) => {
    if (Number(i) < 0) panicStr("negative bit index");
    return Number((intValue(x) >> i64(i)) & 1n);
  },
  "Int.setBit": (z: GoInt, x: GoInt, i: number | bigint, b: number | bigint) => {
    if (Number(i) < 0) panicStr("negative bit index");
    const bit = 1n << i64(i);
    const v = intValue(x);
    if (b === 0) return setInt(z, v & ~bit);
    if (b === 1) return setInt(z, v | bit);
    panicStr("set bit is not 0 or 1");
  },
  "Int.MulRange": (z: GoInt, a0: number | bigint, b0: number | bigint) => {
    let a = i64(a0);
    let b = i64(b0);
    if (a > b) return setInt(z, 1n);
    if (a <= 0n && b >= 0n) return setInt(z, 0n);
    let neg = false;
    if (a < 0n) {
      neg = ((b - a) & 1n) === 0n;
      [a, b] = [-b, -a];
    }
    let p = 1n;
    for (let i = a; i <= b; i++) p *= i;
    S.cost += bigCallNs + Number(b - a + 1n) * wlen(natStore(null, p));
    return setInt(z, neg ? -p : p);
  },
  "Int.sqrt": (z: GoInt, x: GoInt) => {
    if (x.neg) panicStr("square root of negative number");
    chargeDiv(wlen(x) * 4, wlen(x) / 2);
    return setInt(z, isqrt(natValue(x.abs)));
  },
  "Int.GCD": gcd,
  "Int.SetBytes": setBytes,
  "Int.Bytes": (x: GoInt) => {
    const v = natValue(x.abs);
    const n = byteLen(v);
    const a = newsized(new Array<number>(n).fill(0), n, true);
    const s = new Slice(a, 0, n, n);
    fillBytes(v, s);
    chargeLinear(wlen(x));
    return s;
  },
  jacobi: (x: GoInt, y: GoInt) => {
    const yv = intValue(y);
    if ((yv & 1n) === 0n) {
      const s = yv.toString();
      panicStr(`big: invalid 2nd argument to Int.Jacobi: need odd integer but got ${s}`);
    }
    chargeDiv(wlen(x), wlen(y));
    return jacobi(intValue(x), yv);
  },
};

const nat: Record<string, Function> = {
  "nat.probablyPrimeLucas": (n: Slice | null) => probablyPrimeLucas(natValue(n)),
  "nat.hasSmallFactor": (x: Slice | null) => {
    chargeLinear(wlen(x));
    const v = natValue(x);
    return smallPrimes.some((p) => v % p === 0n);
  },
  /** z.expNN(x, y, m): x**y mod m for magnitudes (m empty: no modulus). */
  "nat.expNN": (z: Slice | null, x: Slice | null, y: Slice | null, m: Slice | null) =>
    natStore(z, expNN(natValue(x), natValue(y), natValue(m))),
  "nat.sub": (z: Slice | null, x: Slice | null, y: Slice | null) => {
    const v = natValue(x) - natValue(y);
    if (v < 0n) panicStr("underflow");
    chargeLinear(wlen(x));
    return natStore(z, v);
  },
  "nat.mul": (z: Slice | null, x: Slice | null, y: Slice | null) => {
    chargeMul(wlen(x), wlen(y));
    return natStore(z, natValue(x) * natValue(y), wlen(x) + wlen(y));
  },
  "nat.shl": (z: Slice | null, x: Slice | null, s: number | bigint) => {
    chargeLinear(wlen(x) + Number(s) / 64);
    return natStore(z, natValue(x) << i64(s));
  },
  "nat.setWord": (z: Slice | null, w: number | bigint) => natStore(z, i64(w)),
  "nat.cmp": (x: Slice | null, y: Slice | null) => {
    const a = natValue(x);
    const b = natValue(y);
    return a < b ? -1 : a > b ? 1 : 0;
  },
  /** x.digits(neg, base): the digits of x with a leading '-' when neg (base checked in Go's
   *  itoa). */
  "nat.digits": (x: Slice | null, neg: boolean, base: number | bigint) => {
    const w = wlen(x);
    S.cost += bigCallNs + w * w * 4;
    const s = utoa(natValue(x), Number(base));
    return byteSlice(neg && s !== "0" ? "-" + s : s);
  },
  /** z.setDigits(d, base): the nat whose digits in base are d's bytes (values, not chars). */
  "nat.setDigits": (z: Slice | null, d: Slice | null, base: number | bigint) => {
    const b = BigInt(base);
    let v = 0n;
    const n = d === null ? 0 : d.len;
    if (d !== null) {
      if (Number(b) <= 36 && n > 0) {
        let s = "";
        for (let i = 0; i < n; i++) s += digitChars[d.a[d.off + i] as number];
        v = b === 10n ? BigInt(s) : Number(b) === 16 ? BigInt("0x" + s) : parseBase(s, b);
      } else for (let i = 0; i < n; i++) v = v * b + BigInt(d.a[d.off + i] as number);
    }
    const w = Math.ceil(n / 16);
    S.cost += bigCallNs + n + w * w * 2;
    return natStore(z, v);
  },
};

/** The value of the digits s (0-9a-z) in base b (divide and conquer). */
function parseBase(s: string, b: bigint): bigint {
  if (s.length <= 16) {
    let v = 0n;
    for (const c of s) v = v * b + BigInt(parseInt(c, 36));
    return v;
  }
  const h = s.length >> 1;
  return parseBase(s.slice(0, h), b) * b ** BigInt(s.length - h) + parseBase(s.slice(h), b);
}

export const natives: Record<string, Function> = { ...int, ...nat };

/** The largest number gort's host holds: V8's bigints have at most 2^30 bits. */
const maxHostBits = 2 ** 30;

/** The natives of table, each turning a host TypeError on a nil operand (reading a field of
 *  null) into Go's nil dereference panic, as the Go code it stands for would raise, and a
 *  number beyond the host's bigints into a simulator limit (Go would run out of memory or
 *  time on it). */
export function nilSafe(table: Record<string, Function>): Record<string, Function> {
  const out: Record<string, Function> = {};
  for (const [k, f] of Object.entries(table)) {
    out[k] = (...args: unknown[]): unknown => {
      try {
        return f(...args);
      } catch (e) {
        if (e instanceof TypeError && /null|undefined/.test(e.message)) nilck(null);
        if (e instanceof RangeError && /BigInt/.test(e.message)) {
          throw new SimLimit("heap", `gort: math/big: a number of more than ${maxHostBits} bits is more than gort can hold`);
        }
        throw e;
      }
    };
  }
  return out;
}
