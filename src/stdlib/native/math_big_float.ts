// Natives of package math/big's Float: rounding, the magnitude operations, conversions and
// the digits of Text.
//
// Models Go 1.19's math/big float.go (round, setExpAndRound, uadd, usub, umul, uquo, ucmp,
// Float64, Float32, Int64, Uint64, Int, Rat), ftoa.go and decimal.go (the decimal digits, Go's
// rounding of them, roundShortest, the 'b', 'p' and 'x' forms).
//
// Representation: a Float is Go's struct (stdlib/math/big/float.go): prec, mode, acc, form
// (0 zero, 1 finite, 2 inf), neg, mant (a nat whose top word has its msb set) and exp: a
// finite value is 0.mant × 2**exp. Here it is read as m × 2**e (m = the mant's value, e = exp
// - 64·len(mant)), m being the integer Go's words hold, and written back with the word count
// Go's would have (the exact result's words, or ceil(prec/64) after rounding; Float's gob bytes
// show it). Every operation computes the exact result on host bigints (a quotient padded as
// Go's uquo pads it, plus a sticky bit) and rounds it once, as Go's correctly rounded
// operations do.

import { S } from "../../runtime/state.js";
import { rawstring } from "../../runtime/newobject.js";
import { bigBitLen, natStore, natValue, setInt, type GoInt, type GoRat } from "./math_big.js";
import type { Slice } from "../../runtime/value.js";
import { bigCallNs, bigStoreNs } from "../../runtime/costs.js";

/** A Float as its Go struct. */
interface GoFloat {
  prec: number;
  mode: number;
  acc: number;
  form: number;
  neg: boolean;
  mant: Slice | null;
  exp: number;
}

const ZERO = 0;
const FINITE = 1;
const INF = 2;
const MaxExp = 2147483647;
const MinExp = -2147483648;
const Below = -1;
const Exact = 0;
const Above = 1;

const enum Mode {
  ToNearestEven,
  ToNearestAway,
  ToZero,
  AwayFromZero,
  ToNegativeInf,
  ToPositiveInf,
}

const makeAcc = (above: boolean): number => (above ? Above : Below);

/** The finite x as [m, e]: x = ±m × 2**e. */
function fval(x: GoFloat): [bigint, number] {
  const len = x.mant === null ? 0 : x.mant.len;
  return [natValue(x.mant), x.exp - 64 * len];
}

/** Store m × 2**e (m > 0) in z's mant and exp as words words (default: as few as hold m),
 *  normalized: the msb of the top word set, as Go's fnorm leaves it. */
function fstore(z: GoFloat, m: bigint, e: number, words?: number): void {
  const bl = bigBitLen(m);
  const w = words ?? Math.ceil(bl / 64);
  z.mant = natStore(z.mant, m << BigInt(w * 64 - bl), w);
  z.exp = e + bl;
  S.cost += bigStoreNs + w;
}

/** Should a truncated magnitude be incremented? (Go's round's switch on the mode.) */
function roundsUp(mode: number, neg: boolean, rbit: boolean, sticky: boolean, odd: boolean): boolean {
  switch (mode) {
    case Mode.ToNegativeInf:
      return neg;
    case Mode.ToZero:
      return false;
    case Mode.ToNearestEven:
      return rbit && (sticky || odd);
    case Mode.ToNearestAway:
      return rbit;
    case Mode.AwayFromZero:
      return true;
    default:
      return !neg;
  }
}

/** Go's setExpAndRound: z = ±(m × 2**e, plus a sticky remainder when sbit) rounded to z.prec
 *  in z.mode; z.neg is already set. m is the integer Go's mantissa words hold (its word count
 *  is Go's), and the result keeps Go's word count: the same when m has no more bits than prec
 *  words can hold, else ceil(prec/64) words. Overflow gives ±Inf, underflow ±0. */
function setExpAndRound(z: GoFloat, m: bigint, e: number, sbit: boolean): void {
  const bl = bigBitLen(m);
  const exp = e + bl;
  if (exp < MinExp) {
    z.acc = makeAcc(z.neg);
    z.form = ZERO;
    return;
  }
  if (exp > MaxExp) {
    z.acc = makeAcc(!z.neg);
    z.form = INF;
    return;
  }
  z.form = FINITE;
  z.acc = Exact;
  const words = Math.ceil(bl / 64);
  if (words * 64 <= z.prec) {
    fstore(z, m, e, words);
    return;
  }
  const drop = bl - z.prec; // bits below the precision (none when m is short)
  let keep = drop > 0 ? m >> BigInt(drop) : m << BigInt(-drop);
  let ke = e + drop;
  const rbit = drop > 0 && ((m >> BigInt(drop - 1)) & 1n) === 1n;
  const sticky = sbit || (drop > 1 && (m & ((1n << BigInt(drop - 1)) - 1n)) !== 0n);
  if (rbit || sticky) {
    const inc = roundsUp(z.mode, z.neg, rbit, sticky, (keep & 1n) === 1n);
    z.acc = makeAcc(inc !== z.neg);
    if (inc) keep += 1n;
  }
  if (bigBitLen(keep) > z.prec) {
    keep >>= 1n; // a carry out of the precision: 2**prec
    ke++;
  }
  if (ke + bigBitLen(keep) > MaxExp) {
    z.form = INF;
    return;
  }
  fstore(z, keep, ke, Math.min(words, Math.ceil(z.prec / 64)));
}

/** z.round(sbit): re-round the finite z to z.prec. */
function round(z: GoFloat, sbit: number | bigint): void {
  z.acc = Exact;
  if (z.form !== FINITE) return;
  const [m, e] = fval(z);
  setExpAndRound(z, m, e, Number(sbit) !== 0);
}

/** The operands of a sum or difference, the smaller one replaced by a single bit far below
 *  the larger one's last bit and rounding position when it lies entirely below them: the
 *  rounded result is the same, and the exact sum needs no huge shift. */
function addends(z: GoFloat, x: GoFloat, y: GoFloat): [bigint, number, bigint, number] {
  let [mx, ex] = fval(x);
  let [my, ey] = fval(y);
  const limit = (e: number, exp: number): number => Math.min(e, exp - z.prec - 1) - 2;
  if (y.exp <= limit(ex, x.exp)) [my, ey] = [1n, limit(ex, x.exp) - 1];
  else if (x.exp <= limit(ey, y.exp)) [mx, ex] = [1n, limit(ey, y.exp) - 1];
  return [mx, ex, my, ey];
}

function uadd(z: GoFloat, x: GoFloat, y: GoFloat): void {
  const [mx, ex, my, ey] = addends(z, x, y);
  const e = Math.min(ex, ey);
  setExpAndRound(z, (mx << BigInt(ex - e)) + (my << BigInt(ey - e)), e, false);
}

function usub(z: GoFloat, x: GoFloat, y: GoFloat): void {
  const [mx, ex, my, ey] = addends(z, x, y);
  const e = Math.min(ex, ey);
  const m = (mx << BigInt(ex - e)) - (my << BigInt(ey - e));
  if (m === 0n) {
    z.acc = Exact;
    z.form = ZERO;
    z.neg = false;
    return;
  }
  setExpAndRound(z, m, e, false);
}

function umul(z: GoFloat, x: GoFloat, y: GoFloat): void {
  const [mx, ex] = fval(x);
  const [my, ey] = fval(y);
  const w = Math.ceil(bigBitLen(mx) / 64) * Math.ceil(bigBitLen(my) / 64);
  S.cost += w;
  setExpAndRound(z, mx * my, ex + ey, false);
}

/** uquo as Go's: x's words padded below with enough zero words for prec+1 quotient bits, one
 *  integer division, the remainder as the sticky bit. */
function uquo(z: GoFloat, x: GoFloat, y: GoFloat): void {
  const [mx, ex] = fval(x);
  const [my, ey] = fval(y);
  const lx = x.mant === null ? 0 : x.mant.len;
  const ly = y.mant === null ? 0 : y.mant.len;
  const pad = Math.max(0, Math.floor(z.prec / 64) + 1 - lx + ly);
  const num = mx << BigInt(64 * pad);
  const q = num / my;
  const sticky = num % my !== 0n;
  S.cost += (lx + pad) * ly;
  setExpAndRound(z, q, ex - ey - 64 * pad, sticky);
}

function ucmp(x: GoFloat, y: GoFloat): number {
  if (x.exp !== y.exp) return x.exp < y.exp ? -1 : 1;
  const [mx, ex] = fval(x);
  const [my, ey] = fval(y);
  const e = Math.min(ex, ey);
  const a = mx << BigInt(ex - e);
  const b = my << BigInt(ey - e);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The number of trailing zero bits of m > 0. */
function tz(m: bigint): number {
  let n = 0;
  while ((m & 0xffffffffn) === 0n) {
    m >>= 32n;
    n += 32;
  }
  while ((m & 1n) === 0n) {
    m >>= 1n;
    n++;
  }
  return n;
}

/** x.MinPrec() of a finite x: the bits from its msb to its lowest set bit. */
function minPrec(x: GoFloat): number {
  const [m] = fval(x);
  return bigBitLen(m) - tz(m);
}

/** 2**k for -1022 <= k <= 1023, built from its bits. */
function pow2(k: number): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt(k + 1023) << 52n);
  return dv.getFloat64(0);
}

/** The float with mantissa keep (< 2**53) times 2**e, which is representable. */
function makeFloat(keep: bigint, e: number): number {
  const bl = bigBitLen(keep);
  const top = e + bl - 1; // the exponent of the msb
  const frac = Number(keep) * pow2(-(bl - 1)); // in [1, 2)
  return top < -1022 ? frac * pow2(top + 53) * pow2(-53) : frac * pow2(top);
}

/** Go's Float64 (mbits 52, emin -1022, emax 1023) and Float32 (23, -126, 127). */
function toFloat(x: GoFloat, mbits: number, emin: number, emax: number): [number, number] {
  const sgn = (f: number): number => (x.neg ? -f : f);
  if (x.form === ZERO) return [sgn(0), Exact];
  if (x.form === INF) return [sgn(Infinity), Exact];
  const [m, e0] = fval(x);
  const E = x.exp - 1;
  let p = mbits + 1;
  if (E < emin) {
    p = mbits + 1 - emin + E;
    const half = bigBitLen(m) - tz(m) === 1; // the mantissa is exactly 0.5
    if (p < 0 || (p === 0 && half)) return x.neg ? [-0, Above] : [0, Below];
    if (p === 0) return x.neg ? [-smallest(mbits), Below] : [smallest(mbits), Above];
  }
  const r: GoFloat = { prec: p, mode: Mode.ToNearestEven, acc: 0, form: FINITE, neg: x.neg, mant: null, exp: 0 };
  setExpAndRound(r, m, e0, false);
  if (r.form === INF || r.exp - 1 > emax) return x.neg ? [-Infinity, Below] : [Infinity, Above];
  const [rm, re] = fval(r);
  const t = tz(rm);
  let f = makeFloat(rm >> BigInt(t), re + t);
  if (mbits === 23) f = Math.fround(f);
  return [sgn(f), r.acc];
}

function smallest(mbits: number): number {
  return mbits === 52 ? 5e-324 : Math.fround(1.401298464324817e-45);
}

/** |x| truncated to an integer (x finite, exp > 0). */
function trunc(x: GoFloat): bigint {
  const [m, e] = fval(x);
  return e >= 0 ? m << BigInt(e) : m >> BigInt(-e);
}

function int64(x: GoFloat): [number | bigint, number] {
  if (x.form === ZERO) return [0, Exact];
  if (x.form === INF) return x.neg ? [-(1n << 63n), Above] : [(1n << 63n) - 1n, Below];
  let acc = makeAcc(x.neg);
  if (x.exp <= 0) return [0, acc];
  if (x.exp <= 63) {
    const t = trunc(x);
    const i = x.neg ? -t : t;
    return [toI64(i), minPrec(x) <= x.exp ? Exact : acc];
  }
  if (x.neg) {
    if (x.exp === 64 && minPrec(x) === 1) acc = Exact;
    return [-(1n << 63n), acc];
  }
  return [(1n << 63n) - 1n, Below];
}

function uint64(x: GoFloat): [number | bigint, number] {
  if (x.form === ZERO) return [0, Exact];
  if (x.form === INF) return x.neg ? [0, Above] : [(1n << 64n) - 1n, Below];
  if (x.neg) return [0, Above];
  if (x.exp <= 0) return [0, Below];
  // Go 1.19 compares MinPrec with 64, not with exp: a truncated fraction reads as Exact.
  if (x.exp <= 64) return [toI64(trunc(x)), minPrec(x) <= 64 ? Exact : Below];
  return [(1n << 64n) - 1n, Below];
}

function toI64(v: bigint): number | bigint {
  return v >= -0x1fffffffffffffn && v <= 0x1fffffffffffffn ? Number(v) : v;
}

/** Go's decimal: digits without leading or trailing zeros, value 0.mant × 10**exp. */
interface Decimal {
  mant: string;
  exp: number;
}

/** The exact decimal of m × 2**e (decimal.init). */
function decimalOf(m: bigint, e: number): Decimal {
  let s: string;
  let exp: number;
  if (m === 0n) return { mant: "", exp: 0 };
  if (e >= 0) {
    s = (m << BigInt(e)).toString();
    exp = s.length;
  } else {
    const t = Math.min(tz(m), -e);
    m >>= BigInt(t);
    e += t;
    s = (m * 5n ** BigInt(-e)).toString();
    exp = s.length + e;
  }
  S.cost += bigCallNs + Math.ceil(s.length / 19) ** 2;
  return trim({ mant: s, exp });
}

function trim(d: Decimal): Decimal {
  let i = d.mant.length;
  while (i > 0 && d.mant[i - 1] === "0") i--;
  return i === 0 ? { mant: "", exp: 0 } : { mant: d.mant.slice(0, i), exp: d.exp };
}

const at = (d: Decimal, i: number): string => (0 <= i && i < d.mant.length ? d.mant[i]! : "0");

function shouldRoundUp(d: Decimal, n: number): boolean {
  if (d.mant[n] === "5" && n + 1 === d.mant.length) {
    return n > 0 && ((d.mant.charCodeAt(n - 1) - 48) & 1) !== 0;
  }
  return d.mant[n]! >= "5";
}

function roundDec(d: Decimal, n: number): Decimal {
  if (n < 0 || n >= d.mant.length) return d;
  return shouldRoundUp(d, n) ? roundUp(d, n) : roundDown(d, n);
}

function roundUp(d: Decimal, n: number): Decimal {
  if (n < 0 || n >= d.mant.length) return d;
  while (n > 0 && d.mant[n - 1]! >= "9") n--;
  if (n === 0) return { mant: "1", exp: d.exp + 1 };
  const c = String.fromCharCode(d.mant.charCodeAt(n - 1) + 1);
  return { mant: d.mant.slice(0, n - 1) + c, exp: d.exp };
}

function roundDown(d: Decimal, n: number): Decimal {
  if (n < 0 || n >= d.mant.length) return d;
  return trim({ mant: d.mant.slice(0, n), exp: d.exp });
}

/** Go's roundShortest: the fewest digits that still round to x at its precision. */
function roundShortest(d: Decimal, x: GoFloat): Decimal {
  if (d.mant.length === 0) return d;
  const [m0, e0] = fval(x);
  const s = bigBitLen(m0) - (x.prec + 1);
  const mant = s < 0 ? m0 << BigInt(-s) : m0 >> BigInt(s);
  const exp = e0 + s;
  const lower = decimalOf(mant - 1n, exp);
  const upper = decimalOf(mant + 1n, exp);
  const inclusive = (mant & 2n) === 0n;
  for (let i = 0; i < d.mant.length; i++) {
    const m = d.mant[i]!;
    const l = at(lower, i);
    const u = at(upper, i);
    const okdown = l !== m || (inclusive && i + 1 === lower.mant.length);
    const okup = m !== u && (inclusive || m.charCodeAt(0) + 1 < u.charCodeAt(0) || i + 1 < upper.mant.length);
    if (okdown && okup) return roundDec(d, i + 1);
    if (okdown) return roundDown(d, i + 1);
    if (okup) return roundUp(d, i + 1);
  }
  return d;
}

function fmtE(fmt: string, prec: number, d: Decimal): string {
  let buf = d.mant.length > 0 ? d.mant[0]! : "0";
  if (prec > 0) {
    buf += ".";
    const m = Math.min(d.mant.length, prec + 1);
    let i = 1;
    if (i < m) {
      buf += d.mant.slice(i, m);
      i = m;
    }
    for (; i <= prec; i++) buf += "0";
  }
  buf += fmt;
  let exp = d.mant.length > 0 ? d.exp - 1 : 0;
  buf += exp < 0 ? "-" : "+";
  if (exp < 0) exp = -exp;
  if (exp < 10) buf += "0";
  return buf + String(exp);
}

function fmtF(prec: number, d: Decimal): string {
  let buf = "";
  if (d.exp > 0) {
    const m = Math.min(d.mant.length, d.exp);
    buf += d.mant.slice(0, m) + "0".repeat(d.exp - m);
  } else buf += "0";
  if (prec > 0) {
    buf += ".";
    for (let i = 0; i < prec; i++) buf += at(d, d.exp + i);
  }
  return buf;
}

/** fmtB: the mantissa as a decimal integer of exactly prec bits, 'p', the binary exponent. */
function fmtB(x: GoFloat): string {
  if (x.form === ZERO) return "0";
  const [m] = fval(x);
  const s = x.prec - bigBitLen(m);
  const mp = s >= 0 ? m << BigInt(s) : m >> BigInt(-s);
  const e = x.exp - x.prec;
  return mp.toString() + "p" + (e >= 0 ? "+" : "") + String(e);
}

/** fmtP: "0x." hex mantissa (trailing zeros trimmed) 'p' exponent. */
function fmtP(x: GoFloat): string {
  if (x.form === ZERO) return "0";
  const [m] = fval(x);
  const bl = bigBitLen(m);
  const hex = (m << BigInt((4 - (bl % 4)) % 4)).toString(16).replace(/0+$/, "");
  return "0x." + hex + "p" + (x.exp >= 0 ? "+" : "") + String(x.exp);
}

/** fmtX: "0x1.hhhp±dd", the mantissa rounded to 1 + 4·prec bits in x's mode. */
function fmtX(x: GoFloat, prec: number): string {
  if (x.form === ZERO) return "0x0" + (prec > 0 ? "." + "0".repeat(prec) : "") + "p+00";
  const n = prec < 0 ? 1 + Math.floor((minPrec(x) - 1 + 3) / 4) * 4 : 1 + 4 * prec;
  const r: GoFloat = { prec: n, mode: x.mode, acc: 0, form: FINITE, neg: x.neg, mant: null, exp: 0 };
  const [m, e] = fval(x);
  setExpAndRound(r, m, e, false);
  if (r.form === INF) return "+Inf"; // Go's Set would make the same infinity
  const [rm] = fval(r);
  const s = n - bigBitLen(rm);
  const mp = s >= 0 ? rm << BigInt(s) : rm >> BigInt(-s);
  const hm = mp.toString(16);
  let exp = r.exp - 1;
  let buf = "0x1" + (hm.length > 1 ? "." + hm.slice(1) : "") + "p";
  if (exp >= 0) buf += "+";
  else {
    exp = -exp;
    buf += "-";
  }
  return buf + (exp < 10 ? "0" : "") + String(exp);
}

/** x.Append's text (ftoa.go's Append). */
function text(x: GoFloat, fmtCode: number, prec0: number | bigint): string {
  let prec = Number(prec0);
  const fmt = String.fromCharCode(fmtCode);
  const sign = x.neg ? "-" : "";
  if (x.form === INF) return sign + (x.neg ? "" : "+") + "Inf";
  if (fmt === "b") return sign + fmtB(x);
  if (fmt === "p") return sign + fmtP(x);
  if (fmt === "x") return sign + fmtX(x, prec);
  let d: Decimal = { mant: "", exp: 0 };
  if (x.form === FINITE) d = decimalOf(...fval(x));
  let shortest = false;
  if (prec < 0) {
    shortest = true;
    d = roundShortest(d, x);
    if (fmt === "e" || fmt === "E") prec = d.mant.length - 1;
    else if (fmt === "f") prec = Math.max(d.mant.length - d.exp, 0);
    else if (fmt === "g" || fmt === "G") prec = d.mant.length;
  } else if (fmt === "e" || fmt === "E") d = roundDec(d, 1 + prec);
  else if (fmt === "f") d = roundDec(d, d.exp + prec);
  else if (fmt === "g" || fmt === "G") {
    if (prec === 0) prec = 1;
    d = roundDec(d, prec);
  }
  if (fmt === "e" || fmt === "E") return sign + fmtE(fmt, prec, d);
  if (fmt === "f") return sign + fmtF(prec, d);
  if (fmt === "g" || fmt === "G") {
    let eprec = prec;
    if (eprec > d.mant.length && d.mant.length >= d.exp) eprec = d.mant.length;
    if (shortest) eprec = 6;
    const exp = d.exp - 1;
    if (exp < -4 || exp >= eprec) {
      if (prec > d.mant.length) prec = d.mant.length;
      return sign + fmtE(fmt === "g" ? "e" : "E", prec - 1, d);
    }
    if (prec > d.exp) prec = d.mant.length;
    return sign + fmtF(Math.max(prec - d.exp, 0), d);
  }
  return "%" + fmt;
}

/** fnorm(m): shift m left in place until its msb is set; returns the shift. */
function fnorm(m: Slice): number {
  const v = natValue(m);
  const s = m.len * 64 - bigBitLen(v);
  if (s > 0) natStore(m, v << BigInt(s));
  return s;
}

/** z.setFinite64(x): the exact mantissa and exponent of the finite nonzero float64 x. */
function setFinite64(z: GoFloat, x: number): void {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, Math.abs(x));
  const bits = dv.getBigUint64(0);
  const be = Number(bits >> 52n);
  let m = bits & ((1n << 52n) - 1n);
  if (be !== 0) m |= 1n << 52n;
  fstore(z, m, (be === 0 ? 1 : be) - 1075);
}

export const floatNatives: Record<string, Function> = {
  "Float.round": round,
  "Float.setNat": (z: GoFloat, m: Slice | null) => setExpAndRound(z, natValue(m), 0, false),
  "Float.setFinite64": setFinite64,
  "Float.uadd": uadd,
  "Float.usub": usub,
  "Float.umul": umul,
  "Float.uquo": uquo,
  "Float.ucmp": ucmp,
  "Float.Float64": (x: GoFloat) => toFloat(x, 52, -1022, 1023),
  "Float.Float32": (x: GoFloat) => toFloat(x, 23, -126, 127),
  "Float.Int64": int64,
  "Float.Uint64": uint64,
  "Float.truncInt": (x: GoFloat, z: GoInt) => setInt(z, x.neg ? -trunc(x) : trunc(x)),
  "Float.exactRat": (x: GoFloat, z: GoRat) => {
    const [m, e] = fval(x);
    const g = e < 0 ? BigInt(Math.min(tz(m), -e)) : 0n;
    const num = e >= 0 ? m << BigInt(e) : m >> g;
    const den = e >= 0 ? 1n : 1n << (BigInt(-e) - g);
    setInt(z.a, x.neg ? -num : num);
    z.b.neg = false;
    z.b.abs = natStore(z.b.abs, den);
  },
  "Float.text": (x: GoFloat, fmt: number, prec: number | bigint) => rawstring(text(x, fmt, prec)),
  fnorm,
  "nat.trailingZeroBits": (x: Slice | null) => {
    const v = natValue(x);
    return v === 0n ? 0 : tz(v);
  },
};
