// Exact constant values and the arithmetic Go performs on them at compile time.
//
// Models go/constant (Go 1.19): values are exact. Integers are bigints; floats are reduced
// rationals num/den (go/constant switches to big.Float for huge exponents; gort stays rational,
// which is exact but slower for literals like 1e100000); complex values are pairs of rationals.
//
// Terms:
//   - Rat: a reduced rational {num, den} with den > 0.
//   - byte string: a JS string whose char codes are the UTF-8 bytes of the Go string (0..255).
//
// Invariants:
//   - A "float" value is always reduced; a "complex" value's parts are reduced.
//   - Values are immutable; every operation returns a fresh value.
//
// Simplifications vs go/constant: no big.Float mode; String() formats floats through float64
// (as go/constant does for values that fit a float64).

import { decodeRune as decodeUtf8, encodeRune } from "../base/utf8.js";

export interface Rat {
  num: bigint;
  den: bigint;
}

export type ConstValue =
  | { kind: "bool"; v: boolean }
  | { kind: "string"; v: string }
  | { kind: "int"; v: bigint }
  | { kind: "float"; num: bigint; den: bigint }
  | { kind: "complex"; re: Rat; im: Rat }
  | { kind: "unknown" };

export type LitTok = "INT" | "FLOAT" | "IMAG" | "CHAR" | "STRING";

export const unknown: ConstValue = { kind: "unknown" };

export function makeBool(v: boolean): ConstValue {
  return { kind: "bool", v };
}
export function makeString(v: string): ConstValue {
  return { kind: "string", v };
}
export function makeInt(v: bigint): ConstValue {
  return { kind: "int", v };
}

function babs(x: bigint): bigint {
  return x < 0n ? -x : x;
}
function gcd(a: bigint, b: bigint): bigint {
  a = babs(a);
  b = babs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** rat builds a reduced rational. */
export function rat(num: bigint, den: bigint): Rat {
  if (den === 0n) throw new Error("constant: zero denominator");
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num, den);
  if (g > 1n) {
    num /= g;
    den /= g;
  }
  return { num, den };
}

/** makeFloat returns a float value; it never normalizes to int (go/types does that itself). */
export function makeFloat(num: bigint, den: bigint): ConstValue {
  const r = rat(num, den);
  return { kind: "float", num: r.num, den: r.den };
}

function makeComplex(re: Rat, im: Rat): ConstValue {
  return { kind: "complex", re, im };
}

// ---- Literals ---------------------------------------------------------------------------------

/** makeFromLiteral returns the value of a Go literal, or unknown if it is malformed. */
export function makeFromLiteral(text: string, tok: LitTok): ConstValue {
  switch (tok) {
    case "INT":
      return parseIntLit(text);
    case "FLOAT":
      return parseFloatLit(text);
    case "IMAG": {
      const body = text.slice(0, -1);
      let v = parseIntLitDecimalCompat(body);
      if (v.kind === "unknown") v = parseFloatLit(body);
      const r = toRat(v);
      if (!r) return unknown;
      return makeComplex({ num: 0n, den: 1n }, r);
    }
    case "CHAR": {
      const s = unquoteChar(text);
      return s === undefined ? unknown : makeInt(BigInt(s));
    }
    case "STRING": {
      const s = unquoteString(text);
      return s === undefined ? unknown : makeString(s);
    }
  }
}

function parseIntLit(text: string): ConstValue {
  const t = text.replace(/_/g, "").toLowerCase();
  try {
    if (/^0[xX][0-9a-f]+$/i.test(t)) return makeInt(BigInt(t));
    if (/^0b[01]+$/.test(t)) return makeInt(BigInt(t));
    if (/^0o[0-7]+$/.test(t)) return makeInt(BigInt(t));
    if (/^0[0-9]+$/.test(t)) return /^0[0-7]+$/.test(t) ? makeInt(BigInt("0o" + t.slice(1))) : unknown;
    if (/^[0-9]+$/.test(t)) return makeInt(BigInt(t));
  } catch {
    return unknown;
  }
  return unknown;
}

/** Imaginary literals like 0123i are decimal for backward compatibility. */
function parseIntLitDecimalCompat(text: string): ConstValue {
  const t = text.replace(/_/g, "");
  if (/^[0-9]+$/.test(t)) return makeInt(BigInt(t));
  if (/^0[xXbBoO]/.test(t)) return parseIntLit(t);
  return unknown;
}

function pow(b: bigint, e: number): bigint {
  return b ** BigInt(e);
}

function parseFloatLit(text: string): ConstValue {
  const t = text.replace(/_/g, "").toLowerCase();
  if (t.startsWith("0x")) {
    const m = /^0x([0-9a-f]*)(?:\.([0-9a-f]*))?p([+-]?[0-9]+)$/.exec(t);
    if (!m) return unknown;
    const ip = m[1] ?? "";
    const fp = m[2] ?? "";
    if (ip === "" && fp === "") return unknown;
    const mant = BigInt("0x" + (ip + fp || "0"));
    const exp = Number(m[3]) - 4 * fp.length;
    return exp >= 0 ? makeFloat(mant << BigInt(exp), 1n) : makeFloat(mant, 1n << BigInt(-exp));
  }
  const m = /^([0-9]*)(?:\.([0-9]*))?(?:e([+-]?[0-9]+))?$/.exec(t);
  if (!m) return unknown;
  const ip = m[1] ?? "";
  const fp = m[2] ?? "";
  if (ip === "" && fp === "") return unknown;
  const mant = BigInt(ip + fp || "0");
  const exp = Number(m[3] ?? "0") - fp.length;
  if (Math.abs(exp) > 1_000_000) return unknown;
  return exp >= 0 ? makeFloat(mant * pow(10n, exp), 1n) : makeFloat(mant, pow(10n, -exp));
}

/** utf8Encode returns the UTF-8 bytes of code point cp as a byte string (U+FFFD if invalid). */
export const utf8Encode = encodeRune;

/** toByteString converts a JS (UTF-16) string to the byte string of its UTF-8 encoding. */
function toByteString(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = "";
  for (const ch of s) out += utf8Encode(ch.codePointAt(0)!);
  return out;
}

interface Esc {
  v: number;
  isByte: boolean; // \x and octal escapes denote bytes, not code points
  next: number;
}

function readEscape(s: string, i: number, quote: string): Esc | undefined {
  const c = s[i + 1];
  const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, "\\": 92 };
  if (c === undefined) return undefined;
  if (c in simple) return { v: simple[c]!, isByte: false, next: i + 2 };
  if (c === quote) return { v: quote.charCodeAt(0), isByte: false, next: i + 2 };
  const hexN = c === "x" ? 2 : c === "u" ? 4 : c === "U" ? 8 : 0;
  if (hexN > 0) {
    const h = s.slice(i + 2, i + 2 + hexN);
    if (h.length !== hexN || !/^[0-9a-fA-F]+$/.test(h)) return undefined;
    const v = parseInt(h, 16);
    if (c !== "x" && (v > 0x10ffff || (v >= 0xd800 && v < 0xe000))) return undefined;
    return { v, isByte: c === "x", next: i + 2 + hexN };
  }
  if (c >= "0" && c <= "7") {
    const o = s.slice(i + 1, i + 4);
    if (!/^[0-7]{3}$/.test(o)) return undefined;
    const v = parseInt(o, 8);
    if (v > 255) return undefined;
    return { v, isByte: true, next: i + 4 };
  }
  return undefined;
}

/** unquoteChar returns the code point of a rune literal 'x'. */
function unquoteChar(text: string): number | undefined {
  if (text.length < 3 || text[0] !== "'" || text[text.length - 1] !== "'") return undefined;
  const body = text.slice(1, -1);
  if (body[0] === "\\") {
    const e = readEscape(body, 0, "'");
    if (!e || e.next !== body.length) return undefined;
    return e.v;
  }
  const cps = [...body];
  if (cps.length !== 1) return undefined;
  return cps[0]!.codePointAt(0)!;
}

/** unquoteString returns the byte string of an interpreted or raw string literal. */
function unquoteString(text: string): string | undefined {
  if (text.length < 2) return undefined;
  if (text[0] === "`") return toByteString(text.slice(1, -1).replace(/\r/g, ""));
  if (text[0] !== '"' || text[text.length - 1] !== '"') return undefined;
  const body = text.slice(1, -1);
  let out = "";
  let i = 0;
  while (i < body.length) {
    const ch = body[i]!;
    if (ch !== "\\") {
      const cp = body.codePointAt(i)!;
      out += cp < 0x80 ? ch : utf8Encode(cp);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const e = readEscape(body, i, '"');
    if (!e) return undefined;
    out += e.isByte ? String.fromCharCode(e.v) : utf8Encode(e.v);
    i = e.next;
  }
  return out;
}

// ---- Conversions between kinds ---------------------------------------------------------------

function toRat(x: ConstValue): Rat | undefined {
  switch (x.kind) {
    case "int":
      return { num: x.v, den: 1n };
    case "float":
      return { num: x.num, den: x.den };
    case "complex":
      return x.im.num === 0n ? x.re : undefined;
    default:
      return undefined;
  }
}

/** toInt converts x to an int value if it has an exact integer value; else unknown. */
export function toInt(x: ConstValue): ConstValue {
  const r = toRat(x);
  if (!r) return unknown;
  if (r.den === 1n) return makeInt(r.num);
  return unknown;
}

/** toFloat converts a numeric x to a float value (unknown for non-real complex). */
export function toFloat(x: ConstValue): ConstValue {
  const r = toRat(x);
  return r ? { kind: "float", num: r.num, den: r.den } : unknown;
}

/** toComplex converts a numeric x to a complex value. */
export function toComplex(x: ConstValue): ConstValue {
  if (x.kind === "complex") return x;
  const r = toRat(x);
  return r ? makeComplex(r, { num: 0n, den: 1n }) : unknown;
}

export function isNumeric(x: ConstValue): boolean {
  return x.kind === "int" || x.kind === "float" || x.kind === "complex";
}

/** real and imag parts of a numeric constant (as float or int values). */
export function realPart(x: ConstValue): ConstValue {
  if (x.kind === "complex") return { kind: "float", num: x.re.num, den: x.re.den };
  return isNumeric(x) ? x : unknown;
}
export function imagPart(x: ConstValue): ConstValue {
  if (x.kind === "complex") return { kind: "float", num: x.im.num, den: x.im.den };
  return isNumeric(x) ? makeInt(0n) : unknown;
}
export function makeComplexFrom(re: ConstValue, im: ConstValue): ConstValue {
  const a = toRat(re);
  const b = toRat(im);
  return a && b ? makeComplex(a, b) : unknown;
}

/** sign returns -1, 0 or 1 (for complex: 0 iff both parts are 0, else 1). */
export function sign(x: ConstValue): number {
  switch (x.kind) {
    case "int":
      return x.v < 0n ? -1 : x.v > 0n ? 1 : 0;
    case "float":
      return x.num < 0n ? -1 : x.num > 0n ? 1 : 0;
    case "complex":
      return x.re.num === 0n && x.im.num === 0n ? 0 : 1;
    default:
      return 1;
  }
}

export function bitLen(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

// ---- Float rounding ----------------------------------------------------------------------------

/**
 * roundRat rounds |num/den| to a binary float with mantBits bits of mantissa (including the
 * implicit bit), minimum normal exponent minExp, maximum exponent maxExp, to nearest even.
 * Returns the exact rational of the result, or undefined on overflow.
 */
function roundRat(r: Rat, mantBits: number, minExp: number, maxExp: number): Rat | undefined {
  if (r.num === 0n) return r;
  const neg = r.num < 0n;
  const n = babs(r.num);
  const d = r.den;
  // e = floor(log2(n/d)), estimated from bit lengths, then corrected.
  let e = bitLen(n) - bitLen(d);
  if (e >= 0 ? n < d << BigInt(e) : n << BigInt(-e) < d) e--;
  // Scale so that the quotient has mantBits bits: q = n/d * 2^(mantBits-1-e).
  let shift = mantBits - 1 - e;
  if (e < minExp) shift = mantBits - 1 - minExp; // subnormal: fixed scale
  const sn = shift >= 0 ? n << BigInt(shift) : n;
  const sd = shift >= 0 ? d : d << BigInt(-shift);
  let q = sn / sd;
  const rem = sn - q * sd;
  if (rem * 2n > sd || (rem * 2n === sd && (q & 1n) === 1n)) q++;
  if (bitLen(q) > mantBits && e >= minExp) {
    // Rounding carried into a new bit; the value is still exact with one more exponent.
    e++;
  }
  if (e > maxExp) return undefined;
  const res = shift >= 0 ? rat(q, 1n << BigInt(shift)) : rat(q << BigInt(-shift), 1n);
  return neg ? { num: -res.num, den: res.den } : res;
}

function ratToNumber(r: Rat): number {
  // r is exactly representable as a float64 here; convert through a decimal-free path.
  if (r.num === 0n) return 0;
  const neg = r.num < 0n;
  const n = babs(r.num);
  // den is a power of two.
  const dexp = bitLen(r.den) - 1;
  const v = Number(n) / 2 ** Math.min(dexp, 1000) / 2 ** Math.max(0, dexp - 1000);
  return neg ? -v : v;
}

/** float64Val returns the float64 nearest to x (±Infinity on overflow), and whether exact. */
export function float64Val(x: ConstValue): [number, boolean] {
  const r = toRat(x);
  if (!r) return [NaN, false];
  const rr = roundRat(r, 53, -1022, 1023);
  if (!rr) return [r.num < 0n ? -Infinity : Infinity, false];
  return [ratToNumber(rr), rr.num === r.num && rr.den === r.den];
}

/** float32Val returns the float32 nearest to x, as a JS number. */
export function float32Val(x: ConstValue): [number, boolean] {
  const r = toRat(x);
  if (!r) return [NaN, false];
  const rr = roundRat(r, 24, -126, 127);
  if (!rr) return [r.num < 0n ? -Infinity : Infinity, false];
  return [ratToNumber(rr), rr.num === r.num && rr.den === r.den];
}

/** roundFloat64 / roundFloat32 return the rounded constant, or undefined on overflow. */
export function roundFloat64(x: ConstValue): ConstValue | undefined {
  const r = toRat(x);
  if (!r) return undefined;
  const rr = roundRat(r, 53, -1022, 1023);
  return rr ? { kind: "float", num: rr.num, den: rr.den } : undefined;
}
export function roundFloat32(x: ConstValue): ConstValue | undefined {
  const r = toRat(x);
  if (!r) return undefined;
  const rr = roundRat(r, 24, -126, 127);
  return rr ? { kind: "float", num: rr.num, den: rr.den } : undefined;
}

/** intBits returns an integer constant's value: x's own for an int value (any size), else x's
 *  exact integer value when it has one in int64 range (a float like 1e9); undefined otherwise. */
export function intBits(x: ConstValue): bigint | undefined {
  return x.kind === "int" ? x.v : int64Val(toInt(x));
}

/** int64Val returns x as a bigint if x is an int value in int64 range. */
export function int64Val(x: ConstValue): bigint | undefined {
  if (x.kind !== "int") return undefined;
  return x.v >= -(1n << 63n) && x.v < 1n << 63n ? x.v : undefined;
}
export function uint64Val(x: ConstValue): bigint | undefined {
  if (x.kind !== "int") return undefined;
  return x.v >= 0n && x.v < 1n << 64n ? x.v : undefined;
}

// ---- Operations --------------------------------------------------------------------------------

/** matchKinds brings x and y to the same (larger) numeric kind. */
function match(x: ConstValue, y: ConstValue): [ConstValue, ConstValue] {
  const rank = (v: ConstValue) =>
    v.kind === "int" ? 1 : v.kind === "float" ? 2 : v.kind === "complex" ? 3 : 0;
  const rx = rank(x);
  const ry = rank(y);
  if (rx === ry) return [x, y];
  const to = (v: ConstValue, r: number) => (r === 2 ? toFloat(v) : r === 3 ? toComplex(v) : v);
  return rx > ry ? [x, to(y, rx)] : [to(x, ry), y];
}

function radd(a: Rat, b: Rat): Rat {
  return rat(a.num * b.den + b.num * a.den, a.den * b.den);
}
function rsub(a: Rat, b: Rat): Rat {
  return rat(a.num * b.den - b.num * a.den, a.den * b.den);
}
function rmul(a: Rat, b: Rat): Rat {
  return rat(a.num * b.num, a.den * b.den);
}
function rquo(a: Rat, b: Rat): Rat {
  return rat(a.num * b.den, a.den * b.num);
}

export type ConstBinOp = "+" | "-" | "*" | "/" | "%" | "&" | "|" | "^" | "&^" | "&&" | "||";

/**
 * binaryOp computes x op y. intDiv selects truncated integer division for "/" on int values
 * (go/constant's token.QUO_ASSIGN); otherwise "/" on ints yields an exact float.
 * Division by zero must be excluded by the caller.
 */
export function binaryOp(x: ConstValue, op: ConstBinOp, y: ConstValue, intDiv = false): ConstValue {
  if (x.kind === "unknown" || y.kind === "unknown") return unknown;
  if (x.kind === "bool" && y.kind === "bool") {
    if (op === "&&") return makeBool(x.v && y.v);
    if (op === "||") return makeBool(x.v || y.v);
    return unknown;
  }
  if (x.kind === "string" && y.kind === "string") {
    return op === "+" ? makeString(x.v + y.v) : unknown;
  }
  [x, y] = match(x, y);
  if (x.kind === "int" && y.kind === "int") return intOp(x.v, op, y.v, intDiv);
  if (x.kind === "float" && y.kind === "float") {
    const a = { num: x.num, den: x.den };
    const b = { num: y.num, den: y.den };
    let r: Rat;
    switch (op) {
      case "+": r = radd(a, b); break;
      case "-": r = rsub(a, b); break;
      case "*": r = rmul(a, b); break;
      case "/": r = rquo(a, b); break;
      default: return unknown;
    }
    return { kind: "float", num: r.num, den: r.den };
  }
  if (x.kind === "complex" && y.kind === "complex") return complexOp(x.re, x.im, op, y.re, y.im);
  return unknown;
}

const minInt64 = -(1n << 63n);

function intOp(a: bigint, op: ConstBinOp, b: bigint, intDiv: boolean): ConstValue {
  switch (op) {
    case "+": return makeInt(a + b);
    case "-": return makeInt(a - b);
    case "*": return makeInt(a * b);
    // go/constant divides two values that fit in an int64 as int64s: MinInt64 / -1 wraps to
    // MinInt64 there, so Go 1.19 accepts that constant (and prints -9223372036854775808).
    case "/": return intDiv ? makeInt(a === minInt64 && b === -1n ? a : a / b) : makeFloat(a, b);
    case "%": return makeInt(a % b);
    case "&": return makeInt(a & b);
    case "|": return makeInt(a | b);
    case "^": return makeInt(a ^ b);
    case "&^": return makeInt(a & ~b);
    default: return unknown;
  }
}

function complexOp(a: Rat, b: Rat, op: ConstBinOp, c: Rat, d: Rat): ConstValue {
  switch (op) {
    case "+": return makeComplex(radd(a, c), radd(b, d));
    case "-": return makeComplex(rsub(a, c), rsub(b, d));
    case "*": return makeComplex(rsub(rmul(a, c), rmul(b, d)), radd(rmul(b, c), rmul(a, d)));
    case "/": {
      const s = radd(rmul(c, c), rmul(d, d));
      const re = radd(rmul(a, c), rmul(b, d));
      const im = rsub(rmul(b, c), rmul(a, d));
      return makeComplex(rquo(re, s), rquo(im, s));
    }
    default: return unknown;
  }
}

/**
 * unaryOp computes op x. For ^ on an unsigned typed value, prec is the type's size in bits
 * (go/constant: the result is masked to prec bits); prec 0 means signed/untyped.
 */
export function unaryOp(op: "+" | "-" | "^" | "!", x: ConstValue, prec = 0): ConstValue {
  switch (x.kind) {
    case "bool":
      return op === "!" ? makeBool(!x.v) : unknown;
    case "int":
      if (op === "+") return x;
      if (op === "-") return makeInt(-x.v);
      if (op === "^") {
        const v = ~x.v;
        return prec > 0 ? makeInt(v & ((1n << BigInt(prec)) - 1n)) : makeInt(v);
      }
      return unknown;
    case "float":
      if (op === "+") return x;
      if (op === "-") return { kind: "float", num: -x.num, den: x.den };
      return unknown;
    case "complex":
      if (op === "+") return x;
      if (op === "-") {
        return makeComplex({ num: -x.re.num, den: x.re.den }, { num: -x.im.num, den: x.im.den });
      }
      return unknown;
    default:
      return unknown;
  }
}

/** shift computes x << s or x >> s for an int value x. */
export function shift(x: ConstValue, op: "<<" | ">>", s: number): ConstValue {
  if (x.kind !== "int") return unknown;
  return op === "<<" ? makeInt(x.v << BigInt(s)) : makeInt(x.v >> BigInt(s));
}

export type CmpOp = "==" | "!=" | "<" | "<=" | ">" | ">=";

function cmpResult(c: number, op: CmpOp): boolean {
  switch (op) {
    case "==": return c === 0;
    case "!=": return c !== 0;
    case "<": return c < 0;
    case "<=": return c <= 0;
    case ">": return c > 0;
    case ">=": return c >= 0;
  }
}

function ratCmp(a: Rat, b: Rat): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** compare reports x op y. */
export function compare(x: ConstValue, op: CmpOp, y: ConstValue): boolean {
  if (x.kind === "bool" && y.kind === "bool") return cmpResult(x.v === y.v ? 0 : 1, op);
  if (x.kind === "string" && y.kind === "string") {
    return cmpResult(x.v < y.v ? -1 : x.v > y.v ? 1 : 0, op);
  }
  [x, y] = match(x, y);
  if (x.kind === "int" && y.kind === "int") return cmpResult(x.v < y.v ? -1 : x.v > y.v ? 1 : 0, op);
  if (x.kind === "float" && y.kind === "float") {
    return cmpResult(ratCmp({ num: x.num, den: x.den }, { num: y.num, den: y.den }), op);
  }
  if (x.kind === "complex" && y.kind === "complex") {
    const eq = ratCmp(x.re, y.re) === 0 && ratCmp(x.im, y.im) === 0;
    if (op === "==") return eq;
    if (op === "!=") return !eq;
  }
  return false;
}

// ---- Formatting ----------------------------------------------------------------------------------

/** quoteGo quotes a byte string as strconv.Quote does. */
function quoteGo(s: string): string {
  let out = '"';
  let i = 0;
  while (i < s.length) {
    const [cp, size] = decodeRune(s, i);
    const c = s.charCodeAt(i);
    if (cp === 0xfffd && size === 1) {
      out += "\\x" + c.toString(16).padStart(2, "0");
    } else if (cp === 0x22 || cp === 0x5c) {
      out += "\\" + String.fromCharCode(cp);
    } else if (cp < 0x20 || cp === 0x7f) {
      const esc: Record<number, string> = { 7: "\\a", 8: "\\b", 12: "\\f", 10: "\\n", 13: "\\r", 9: "\\t", 11: "\\v" };
      out += esc[cp] ?? "\\x" + cp.toString(16).padStart(2, "0");
    } else {
      out += String.fromCodePoint(cp);
    }
    i += size;
  }
  return out + '"';
}

/** decodeRune decodes one UTF-8 sequence of a byte string at i: [code point, size]. */
export const decodeRune = decodeUtf8;

/** formatG formats a float64 like Go's %.6g. */
function formatG6(f: number): string {
  if (f === 0) return Object.is(f, -0) ? "-0" : "0";
  if (!Number.isFinite(f)) return f > 0 ? "+Inf" : "-Inf";
  const exp = Math.floor(Math.log10(Math.abs(Number(f.toPrecision(6)))));
  if (exp < -4 || exp >= 6) {
    let [m, e] = f.toExponential(5).split("e") as [string, string];
    if (m.includes(".")) m = m.replace(/0+$/, "").replace(/\.$/, "");
    const en = Number(e);
    return `${m}e${en < 0 ? "-" : "+"}${String(Math.abs(en)).padStart(2, "0")}`;
  }
  let s = f.toPrecision(6);
  if (s.includes(".")) s = s.replace(/0+$/, "").replace(/\.$/, "");
  return s;
}

function ratString(r: Rat): string {
  if (r.den === 1n && bitLen(r.num) <= 64) return r.num.toString();
  const [f] = float64Val({ kind: "float", num: r.num, den: r.den });
  if (!Number.isFinite(f)) return ratStringBig(r);
  return formatG6(f);
}

/** ratStringBig formats a value beyond float64 range as go/constant does: mantissa e exponent. */
function ratStringBig(r: Rat): string {
  const neg = r.num < 0n;
  const n = babs(r.num);
  const digits = (n / r.den).toString();
  const e = digits.length - 1;
  const mant = digits[0] + "." + digits.slice(1, 6).padEnd(5, "0");
  return `${neg ? "-" : ""}${mant.replace(/0+$/, "").replace(/\.$/, "")}e+${e}`;
}

/** constString formats x as go/constant's Value.String does (used in error messages). */
export function constString(x: ConstValue): string {
  switch (x.kind) {
    case "bool":
      return String(x.v);
    case "string": {
      const maxLen = 72;
      let q = quoteGo(x.v);
      if ([...q].length > maxLen) {
        // Shorten as go/constant does: keep the first maxLen-3 characters and add "...".
        const cps = [...q].slice(0, maxLen - 3);
        q = cps.join("") + "...";
      }
      return q;
    }
    case "int":
      return x.v.toString();
    case "float":
      return ratString(x);
    case "complex":
      return `(${ratString(x.re)} + ${ratString(x.im)}i)`;
    case "unknown":
      return "unknown";
  }
}

export function constEqual(x: ConstValue, y: ConstValue): boolean {
  if (x.kind !== y.kind) {
    if (isNumeric(x) && isNumeric(y)) return compare(x, "==", y);
    return false;
  }
  return compare(x, "==", y);
}
