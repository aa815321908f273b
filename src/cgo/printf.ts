// C printf formatting, as glibc 2.36 prints on amd64.
//
// Models glibc's vfprintf for the conversions %d %i %u %o %x %X %c %s %p %f %F %e %E %g %G %%,
// the flags - + space # 0, field width and precision (also as `*`), and the length modifiers
// hh h l ll j z t (L is rejected). Floating-point output is exact: the double's binary value is
// expanded with BigInt and rounded half-to-even, as glibc does in its default rounding mode.
//
// Terms: an argument is a (CType, value) pair after C's default argument promotions.
//
// Simplifications vs glibc: no %a/%A, %n, positional arguments (%1$d), locale grouping (')
// or wide characters; an unknown conversion is copied to the output as it is written. An
// argument of the wrong type is converted to the type the conversion wants (C leaves that
// undefined). Missing arguments read as 0.

import type { CHeap } from "./cheap.js";
import { convFn, type V } from "./ops.js";
import { isPointer, type CType } from "./types.js";

export interface PfArg {
  t: CType;
  v: V;
}

interface Spec {
  minus: boolean;
  plus: boolean;
  space: boolean;
  hash: boolean;
  zero: boolean;
  width: number;
  prec: number; // -1 when absent
  len: string;
  conv: string;
}

/** Format `fmt` (a byte string) with args; returns the output as a byte string. */
export function formatC(fmt: string, args: PfArg[], heap: CHeap): string {
  let out = "";
  let ai = 0;
  const next = (): PfArg => args[ai++] ?? { t: "int", v: 0 };
  let i = 0;
  while (i < fmt.length) {
    const pct = fmt.indexOf("%", i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    const m = /^%([-+ #0]*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?(hh|h|ll|l|j|z|t|L|q)?(.?)/.exec(fmt.slice(pct));
    const s = m![0];
    i = pct + s.length;
    const flags = m![1]!;
    const sp: Spec = {
      minus: flags.includes("-"), plus: flags.includes("+"), space: flags.includes(" "),
      hash: flags.includes("#"), zero: flags.includes("0"), width: 0, prec: -1,
      len: m![4] ?? "", conv: m![5]!,
    };
    if (m![2] === "*") {
      const a = next();
      sp.width = convFn(a.t, "int")(a.v);
      if (sp.width < 0) {
        sp.minus = true;
        sp.width = -sp.width;
      }
    } else if (m![2] !== undefined) sp.width = Number(m![2]);
    if (m![3] === "*") {
      const a = next();
      sp.prec = convFn(a.t, "int")(a.v);
      if (sp.prec < 0) sp.prec = -1;
    } else if (m![3] !== undefined) sp.prec = Number(m![3] || "0");
    out += convert(sp, s, next, heap);
  }
  return out;
}

function convert(sp: Spec, raw: string, next: () => PfArg, heap: CHeap): string {
  switch (sp.conv) {
    case "%": return "%";
    case "d": case "i": return intConv(sp, next(), true);
    case "u": case "o": case "x": case "X": return intConv(sp, next(), false);
    case "c": {
      const a = next();
      return pad(sp, String.fromCharCode(convFn(a.t, "uchar")(a.v)), false);
    }
    case "s": {
      const a = next();
      const p = convFn(a.t, "char*")(a.v);
      if (p === 0) return pad(sp, sp.prec === -1 || sp.prec >= 6 ? "(null)" : "", false);
      return pad(sp, sp.prec === -1 ? heap.cstring(p) : strn(heap, p, sp.prec), false);
    }
    case "p": {
      const a = next();
      const p = convFn(a.t, "void*")(a.v);
      if (p === 0) return pad({ ...sp, zero: false }, "(nil)", false);
      return intConv({ ...sp, conv: "x", hash: true, len: "l" }, { t: "ulong", v: p }, false);
    }
    case "f": case "F": case "e": case "E": case "g": case "G": {
      const a = next();
      return floatConv(sp, convFn(a.t, "double")(a.v));
    }
    default:
      return raw;
  }
}

/** Read at most n bytes of a string, stopping at a NUL. */
function strn(heap: CHeap, p: number, n: number): string {
  let s = "";
  for (let k = 0; k < n; k++) {
    const c = heap.u8[heap.rd(p + k, 1)]!;
    if (c === 0) break;
    s += String.fromCharCode(c);
  }
  return s;
}

const SIGNED_LEN: Record<string, CType> = { hh: "schar", h: "short", "": "int" };
const UNSIGNED_LEN: Record<string, CType> = { hh: "uchar", h: "ushort", "": "uint" };

function intConv(sp: Spec, a: PfArg, signed: boolean): string {
  const t: CType = signed ? (SIGNED_LEN[sp.len] ?? "long") : (UNSIGNED_LEN[sp.len] ?? "ulong");
  const v: V = convFn(isPointer(a.t) ? "ulong" : a.t, t)(a.v);
  const neg = signed && v < 0;
  const mag = neg ? -v : v;
  const base = sp.conv === "o" ? 8 : sp.conv === "x" || sp.conv === "X" ? 16 : 10;
  let digits = mag.toString(base);
  if (sp.conv === "X") digits = digits.toUpperCase();
  if (sp.prec === 0 && mag == 0) digits = "";
  if (sp.prec > digits.length) digits = "0".repeat(sp.prec - digits.length) + digits;
  if (sp.hash && sp.conv === "o" && digits[0] !== "0") digits = "0" + digits;
  let prefix = neg ? "-" : signed && sp.plus ? "+" : signed && sp.space ? " " : "";
  if (sp.hash && mag != 0 && (sp.conv === "x" || sp.conv === "X")) prefix = sp.conv === "x" ? "0x" : "0X";
  return padNum(sp.prec === -1 ? sp : { ...sp, zero: false }, prefix, digits);
}

function pad(sp: Spec, s: string, _num: boolean): string {
  if (s.length >= sp.width) return s;
  const fill = " ".repeat(sp.width - s.length);
  return sp.minus ? s + fill : fill + s;
}

function padNum(sp: Spec, prefix: string, body: string): string {
  const n = prefix.length + body.length;
  if (n >= sp.width) return prefix + body;
  const fill = sp.width - n;
  if (sp.minus) return prefix + body + " ".repeat(fill);
  if (sp.zero) return prefix + "0".repeat(fill) + body;
  return " ".repeat(fill) + prefix + body;
}

function floatConv(sp: Spec, x: number): string {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  const negative = dv.getUint32(0) >>> 31 === 1;
  const prefix = negative ? "-" : sp.plus ? "+" : sp.space ? " " : "";
  const upper = sp.conv === "F" || sp.conv === "E" || sp.conv === "G";
  if (!Number.isFinite(x)) {
    const s = x !== x ? "nan" : "inf";
    return padNum({ ...sp, zero: false }, prefix, upper ? s.toUpperCase() : s);
  }
  const ax = Math.abs(x);
  const p = sp.prec === -1 ? 6 : sp.prec;
  let body: string;
  switch (sp.conv) {
    case "f": case "F": body = fixed(ax, p, sp.hash); break;
    case "e": case "E": body = expo(ax, p, sp.hash); break;
    default: body = general(ax, p === 0 ? 1 : p, sp.hash);
  }
  return padNum(sp, prefix, upper ? body.toUpperCase() : body);
}

/** x = m * 2^e exactly, for finite x >= 0. */
function decompose(x: number): { m: bigint; e: number } {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0);
  const lo = dv.getUint32(4);
  const ex = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (ex === 0) return { m, e: -1074 };
  m |= 1n << 52n;
  return { m, e: ex - 1075 };
}

/** round-half-even(x * 10^k) for finite x >= 0 and any integer k. */
function scaled(x: number, k: number): bigint {
  const { m, e } = decompose(x);
  let num = m;
  let den = 1n;
  if (k >= 0) num *= 10n ** BigInt(k);
  else den *= 10n ** BigInt(-k);
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  let q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q++;
  return q;
}

function fixed(x: number, p: number, hash: boolean): string {
  let s = scaled(x, p).toString();
  if (s.length <= p) s = "0".repeat(p + 1 - s.length) + s;
  const ip = s.slice(0, s.length - p);
  const fp = s.slice(s.length - p);
  return p === 0 ? ip + (hash ? "." : "") : ip + "." + fp;
}

/** Digits d0 d1..dp and exponent E with x ≈ d0.d1..dp × 10^E, correctly rounded. */
function expDigits(x: number, p: number): { d: string; e: number } {
  if (x === 0) return { d: "0".repeat(p + 1), e: 0 };
  let e = Math.floor(Math.log10(x));
  for (let tries = 0; tries < 4; tries++) {
    const d = scaled(x, p - e).toString();
    if (d.length === p + 2) e++;
    else if (d.length <= p) e--;
    else return { d, e };
  }
  throw new Error("cgo: printf exponent did not converge");
}

function expo(x: number, p: number, hash: boolean): string {
  const { d, e } = expDigits(x, p);
  const mant = p === 0 ? d + (hash ? "." : "") : d[0] + "." + d.slice(1);
  const ae = Math.abs(e);
  return mant + "e" + (e < 0 ? "-" : "+") + (ae < 10 ? "0" + ae : String(ae));
}

function general(x: number, P: number, hash: boolean): string {
  const X = expDigits(x, P - 1).e;
  let s = P > X && X >= -4 ? fixed(x, P - 1 - X, hash) : expo(x, P - 1, hash);
  if (!hash) {
    const ei = s.indexOf("e");
    let mant = ei < 0 ? s : s.slice(0, ei);
    const tail = ei < 0 ? "" : s.slice(ei);
    if (mant.includes(".")) mant = mant.replace(/0+$/, "").replace(/\.$/, "");
    s = mant + tail;
  }
  return s;
}

