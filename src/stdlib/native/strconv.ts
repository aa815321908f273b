// The natives of package strconv: number parsing and formatting kernels and quoting.
//
// Models Go 1.19's strconv (atoi.go, atof.go, itoa.go, ftoa.go, quote.go). The Go side
// (stdlib/strconv/*.go) builds *NumError values from the status codes these kernels return, so
// error messages are made by Go code exactly as in real Go.
//
// Terms:
//   - Status code returned with a parsed value: 0 ok, 1 ErrSyntax, 2 ErrRange, 3 invalid base,
//     4 invalid bit size.
//   - I64: the value.ts representation of 64-bit integers (number when safe, else bigint).
//
// ParseFloat rounds exactly as Go does: a decimal through JS's correctly rounded Number(), and for
// bitSize 32, when that double lies exactly halfway between two float32s (the one case where
// rounding twice can differ from rounding once), by comparing the exact decimal with the
// halfway point; a hexadecimal mantissa by rounding its exact value once, in BigInt arithmetic.

import { GoPanic } from "../../runtime/panic.js";
import { rt } from "../../runtime/rt.js";
import { rawstring } from "../../runtime/newobject.js";
import { formatFloat } from "./strconv_ftoa.js";
import { frexp } from "./math_float.js";
import {
  canBackquote, isGraphic, isPrint, quote, quoteRune, unquote, unquoteChar,
} from "./strconv_quote.js";

/** The canonical I64 form of an exact integer. */
export function toI64(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

const maxUint64 = (1n << 64n) - 1n;

function lower(c: string): string {
  return c.toLowerCase();
}

/** underscoreOK: underscores only between digits, or between a base prefix and a digit. */
function underscoreOK(s: string): boolean {
  let saw = "^";
  let i = 0;
  if (s.length >= 1 && (s[0] === "-" || s[0] === "+")) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === "0" && "box".includes(lower(s[1]!))) {
    i = 2;
    saw = "0";
    hex = lower(s[1]!) === "x";
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if ((c >= "0" && c <= "9") || (hex && lower(c) >= "a" && lower(c) <= "f")) {
      saw = "0";
      continue;
    }
    if (c === "_") {
      if (saw !== "0") return false;
      saw = "_";
      continue;
    }
    if (saw === "_") return false;
    saw = "!";
  }
  return saw !== "_";
}

function digitVal(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x7a) return l - 0x61 + 10;
  return 99;
}

/** ParseUint's kernel: [value, status]. */
export function parseUint(s: string, base: number, bitSize: number): [bigint, number] {
  if (s === "") return [0n, 1];
  const base0 = base === 0;
  const s0 = s;
  if (base === 0) {
    base = 10;
    if (s[0] === "0") {
      const p = s.length >= 3 ? lower(s[1]!) : "";
      if (p === "b") [base, s] = [2, s.slice(2)];
      else if (p === "o") [base, s] = [8, s.slice(2)];
      else if (p === "x") [base, s] = [16, s.slice(2)];
      else [base, s] = [8, s.slice(1)];
    }
  } else if (base < 2 || base > 36) {
    return [0n, 3];
  }
  if (bitSize === 0) bitSize = 64;
  else if (bitSize < 0 || bitSize > 64) return [0n, 4];
  const maxVal = (1n << BigInt(bitSize)) - 1n;
  const b = BigInt(base);
  const cutoff = maxUint64 / b + 1n;
  let underscores = false;
  let n = 0n;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f && base0) {
      underscores = true;
      continue;
    }
    const d = digitVal(c);
    if (d >= base) return [0n, 1];
    if (n >= cutoff) return [maxVal, 2];
    n = n * b + BigInt(d);
    if (n > maxVal) return [maxVal, 2];
  }
  if (underscores && !underscoreOK(s0)) return [0n, 1];
  return [n, 0];
}

/** The value of s's decimal digits from index i on, when there are 1 to 15 of them and nothing
 *  else (below 2^53, so a number holds it exactly and no 64-bit range can be exceeded); else
 *  -1, and the kernels, on BigInt, decide. Atoi's common case, without a BigInt per digit. */
function smallDecimal(s: string, i: number): number {
  const n = s.length - i;
  if (n < 1 || n > 15) return -1;
  let v = 0;
  for (; i < s.length; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** ParseInt's kernel: [value, status]. */
export function parseInt(s: string, base: number, bitSize: number): [bigint, number] {
  if (s === "") return [0n, 1];
  let neg = false;
  if (s[0] === "+") s = s.slice(1);
  else if (s[0] === "-") [neg, s] = [true, s.slice(1)];
  const [un, st] = parseUint(s, base, bitSize);
  if (st !== 0 && st !== 2) return [0n, st];
  if (bitSize === 0) bitSize = 64;
  const cutoff = 1n << BigInt(bitSize - 1);
  if (!neg && un >= cutoff) return [cutoff - 1n, 2];
  if (neg && un > cutoff) return [-cutoff, 2];
  return [neg ? -un : un, 0];
}

const decFloat = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const hexFloat = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/;
const special = /^[+-]?(inf|infinity|nan)$/i;

/** ParseFloat's kernel: [value, status]. */
export function parseFloat(s: string, bitSize: number): [number, number] {
  let v: number;
  let t = s;
  if (t.includes("_")) {
    if (!underscoreOK(t)) return [0, 1];
    t = t.replace(/_/g, "");
  }
  if (special.test(t)) {
    const l = t.toLowerCase();
    if (l.endsWith("nan")) return l === "nan" ? [NaN, 0] : [0, 1];
    return [l[0] === "-" ? -Infinity : Infinity, 0];
  }
  if (decFloat.test(t)) {
    v = Number(t);
    if (bitSize === 32) v = decimalToFloat32(t, v);
  } else {
    const m = hexFloat.exec(t);
    if (m === null || m[2]! + m[3]! === "") return [0, 1];
    const mant = BigInt("0x" + (m[2]! + m[3]! || "0"));
    v = roundBinary(mant, Number(m[4]) - 4 * m[3]!.length, bitSize === 32 ? 24 : 53, bitSize === 32 ? -149 : -1074);
    if (bitSize === 32) v = Math.fround(v);
    if (m[1] === "-") v = -v;
  }
  if (!Number.isFinite(v)) return [v, 2];
  return [v, 0];
}

/**
 * The float32 nearest the decimal t, given d = Number(t), the float64 nearest it. Math.fround(d)
 * is that float32 unless d lies exactly halfway between two float32s: then the exact decimal
 * decides (above or below the halfway point), and only a true tie goes to even, as fround does.
 */
function decimalToFloat32(t: string, d: number): number {
  const f = Math.fround(d);
  if (f === d || !Number.isFinite(d)) return f;
  const a = Math.abs(d);
  // The float32 grid's spacing at a: 2^(e-23) for a in [2^e, 2^(e+1)), the subnormals' below 2^-126.
  const ulp = 2 ** (Math.max(exponentOf(a), -126) - 23);
  const q = a / ulp; // exact: a power-of-two scaling of a double within range
  if (q - Math.floor(q) !== 0.5) return f;
  const c = compareDecimal(t, a);
  if (c === 0) return f;
  const r = Math.fround((Math.floor(q) + (c > 0 ? 1 : 0)) * ulp);
  return d < 0 ? -r : r;
}

/** The binary exponent e of a finite a > 0: 2^e <= a < 2^(e+1) (Frexp's, less one). */
function exponentOf(a: number): number {
  return frexp(a)[1] - 1;
}

/** The sign of (the decimal t's magnitude) - a, exactly, for a finite a > 0. */
function compareDecimal(t: string, a: number): number {
  const m = /^[+-]?(\d*)\.?(\d*)(?:[eE]([+-]?\d+))?$/.exec(t)!;
  const digits = BigInt((m[1]! + m[2]!) || "0");
  const e10 = Number(m[3] ?? "0") - m[2]!.length;
  // a = mant * 2^e2 with an integer mant.
  const e2 = exponentOf(a) - 52;
  const mant = BigInt(a / 2 ** e2);
  let l = digits, r = mant;
  if (e10 >= 0) l *= 10n ** BigInt(e10);
  else r *= 10n ** BigInt(-e10);
  if (e2 >= 0) r <<= BigInt(e2);
  else l <<= BigInt(-e2);
  return l === r ? 0 : l > r ? 1 : -1;
}

/**
 * mant * 2^exp rounded once to a float of prec significant bits whose least bit is at least
 * 2^minExp (53 and -1074 for float64, 24 and -149 for float32), ties to even, as Go's atofHex
 * rounds. Past the format's largest finite value it is Infinity (fround for float32).
 */
function roundBinary(mant: bigint, exp: number, prec: number, minExp: number): number {
  if (mant === 0n) return 0;
  const bits = mant.toString(2).length;
  const lsb = Math.max(exp + bits - prec, minExp);
  const shift = lsb - exp;
  if (shift <= 0) return Number(mant) * 2 ** exp;
  if (shift > bits) return 0; // below half the smallest step
  const s = BigInt(shift);
  let q = mant >> s;
  const rem = mant - (q << s);
  const half = 1n << (s - 1n);
  if (rem > half || (rem === half && (q & 1n) === 1n)) q++;
  // Exact: q has at most prec + 1 bits and 2^lsb is at least the smallest subnormal.
  return Number(q) * 2 ** lsb;
}

function formatBits(v: bigint, base: number): string {
  if (base < 2 || base > 36) throw new GoPanic(rt.stringValue("strconv: illegal AppendInt/FormatInt base"));
  return v.toString(base);
}

function big(v: number | bigint): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

/** Go's small(): 0 <= i < 100 in base 10 is a static string, with no allocation. */
function small(i: number | bigint, base: number): string | undefined {
  return base === 10 && typeof i === "number" && i >= 0 && i < 100 ? String(i) : undefined;
}

export const natives: Record<string, Function> = {
  FormatInt: (i: number | bigint, base: number): string =>
    small(i, base) ?? rawstring(typeof i === "number" && base === 10 ? String(i) : formatBits(big(i), base)),
  FormatUint: (i: number | bigint, base: number): string =>
    small(i, base) ?? rawstring(formatBits(BigInt.asUintN(64, big(i)), base)),
  Itoa: (i: number | bigint): string => small(i, 10) ?? rawstring(String(i)),
  parseUint: (s: string, base: number, bitSize: number) => {
    const d = base === 10 && (bitSize === 0 || bitSize === 64) ? smallDecimal(s, 0) : -1;
    if (d >= 0) return [d, 0];
    const [v, st] = parseUint(s, base, bitSize);
    return [toI64(v), st];
  },
  parseInt: (s: string, base: number, bitSize: number) => {
    if (base === 10 && (bitSize === 0 || bitSize === 64)) {
      const neg = s.charCodeAt(0) === 0x2d;
      const d = smallDecimal(s, neg || s.charCodeAt(0) === 0x2b ? 1 : 0);
      if (d >= 0) return [neg ? 0 - d : d, 0];
    }
    const [v, st] = parseInt(s, base, bitSize);
    return [toI64(v), st];
  },
  parseFloat: (s: string, bitSize: number) => parseFloat(s, bitSize),
  FormatFloat: (f: number, fmt: number, prec: number | bigint, bitSize: number | bigint): string => {
    const bs = Number(bitSize);
    if (bs !== 32 && bs !== 64) throw new GoPanic(rt.stringValue("strconv: illegal AppendFloat/FormatFloat bitSize"));
    return formatFloat(f, String.fromCharCode(fmt), Number(prec), bs);
  },
  Quote: (s: string): string => quote(s),
  QuoteToASCII: (s: string): string => quote(s, true),
  QuoteRune: (r: number): string => quoteRune(r),
  QuoteRuneToASCII: (r: number): string => quoteRune(r, true),
  CanBackquote: (s: string): boolean => canBackquote(s),
  IsPrint: (r: number): boolean => isPrint(r),
  QuoteToGraphic: (s: string): string => quote(s, false, true),
  QuoteRuneToGraphic: (r: number): string => quoteRune(r, false, true),
  IsGraphic: (r: number): boolean => isGraphic(r),
  unquote: (s: string) => {
    const u = unquote(s);
    return u === undefined ? ["", false] : [u, true];
  },
  unquoteChar: (s: string, q: number) => {
    const r = unquoteChar(s, q);
    return r === undefined ? [0, false, "", false] : [...r, true];
  },
};
