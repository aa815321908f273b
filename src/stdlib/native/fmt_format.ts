// fmt's low-level formatter: flags, width, precision, padding and the per-kind kernels.
//
// Models Go 1.19's fmt/format.go (type fmt: pad, fmtBoolean, fmtUnicode, fmtInteger, fmtS, fmtQ,
// fmtSbx, fmtC, fmtQc, fmtFloat).
//
// Terms:
//   - buf: the output so far, a byte string (value.ts).
//   - Width counts runes, as Go's pad does; precision truncates strings by runes.
//
// Invariants: every kernel appends to buf and leaves the flags as it found them.
//
// Simplifications vs real Go: the buffer is a JS string, not a []byte that grows.

import { formatFloat } from "./strconv_ftoa.js";
import { canBackquote, decodeRune, encodeRune, isPrint, MaxRune, quote, quoteRune, runeCount, RuneError } from "./strconv_quote.js";

export const ldigits = "0123456789abcdefx";
export const udigits = "0123456789ABCDEFX";

/** A Go integer as fmt receives it: an exact JS number or a bigint. */
export type IntVal = number | bigint;

export class Fmt {
  buf = "";
  widPresent = false;
  precPresent = false;
  minus = false;
  plus = false;
  sharp = false;
  space = false;
  zero = false;
  plusV = false;
  sharpV = false;
  wid = 0;
  prec = 0;

  /** Go's clearflags resets fmtFlags only: wid and prec keep their last values (visible
   *  through fmt.State's Width and Precision, with ok false). */
  clearflags(): void {
    this.widPresent = this.precPresent = this.minus = this.plus = this.sharp = false;
    this.space = this.zero = this.plusV = this.sharpV = false;
  }

  /** The flags as a record, to save and restore around nested printing. */
  saveFlags(): unknown[] {
    return [this.widPresent, this.precPresent, this.minus, this.plus, this.sharp, this.space,
      this.zero, this.plusV, this.sharpV, this.wid, this.prec];
  }

  restoreFlags(f: unknown[]): void {
    [this.widPresent, this.precPresent, this.minus, this.plus, this.sharp, this.space,
      this.zero, this.plusV, this.sharpV, this.wid, this.prec] = f as [
      boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean, number, number];
  }

  writePadding(n: number): void {
    if (n <= 0) return;
    this.buf += (this.zero ? "0" : " ").repeat(n);
  }

  /** pad: append s, padded to the width with spaces or zeros, left or right. */
  pad(s: string): void {
    if (!this.widPresent || this.wid === 0) {
      this.buf += s;
      return;
    }
    const width = this.wid - runeCount(s);
    if (!this.minus) {
      this.writePadding(width);
      this.buf += s;
    } else {
      this.buf += s;
      this.writePadding(width);
    }
  }

  fmtBoolean(v: boolean): void {
    this.pad(v ? "true" : "false");
  }

  /** fmtUnicode: U+0078 or U+0078 'x' with the sharp flag. */
  fmtUnicode(u: IntVal): void {
    const x = BigInt.asUintN(64, BigInt(u));
    let prec = 4;
    if (this.precPresent && this.prec > 4) prec = this.prec;
    let s = "U+" + x.toString(16).toUpperCase().padStart(prec, "0");
    if (this.sharp && x <= BigInt(MaxRune) && isPrint(Number(x))) s += " '" + encodeRune(Number(x)) + "'";
    const oldZero = this.zero;
    this.zero = false;
    this.pad(s);
    this.zero = oldZero;
  }

  /** fmtInteger: v in base 2, 8, 10 or 16, with sign, precision, zero padding and prefixes. */
  fmtInteger(v: IntVal, base: number, isSigned: boolean, verb: string, digits: string): void {
    let u: IntVal = v;
    let negative = false;
    if (isSigned ? u < 0 : false) {
      negative = true;
      u = -u;
    } else if (!isSigned && u < 0) {
      u = BigInt.asUintN(64, BigInt(u));
    }
    let prec = 0;
    if (this.precPresent) {
      prec = this.prec;
      if (prec === 0 && (u === 0 || u === 0n)) {
        const oldZero = this.zero;
        this.zero = false;
        this.writePadding(this.wid);
        this.zero = oldZero;
        return;
      }
    } else if (this.zero && this.widPresent) {
      prec = this.wid;
      if (negative || this.plus || this.space) prec--;
    }
    let s = typeof u === "number" ? radixString(u, base) : u.toString(base);
    if (digits === udigits) s = s.toUpperCase();
    if (s.length < prec) s = "0".repeat(prec - s.length) + s;
    if (this.sharp) {
      if (base === 2) s = "0b" + s;
      else if (base === 8 && s[0] !== "0") s = "0" + s;
      else if (base === 16) s = "0" + digits[16] + s;
    }
    if (verb === "O") s = "0o" + s;
    if (negative) s = "-" + s;
    else if (this.plus) s = "+" + s;
    else if (this.space) s = " " + s;
    const oldZero = this.zero;
    this.zero = false;
    this.pad(s);
    this.zero = oldZero;
  }

  /** truncateString: keep at most prec runes. */
  truncate(s: string): string {
    if (this.precPresent) {
      let n = this.prec;
      for (let i = 0; i < s.length; ) {
        if (--n < 0) return s.slice(0, i);
        i += s.charCodeAt(i) < 0x80 ? 1 : decodeRune(s, i)[1];
      }
    }
    return s;
  }

  fmtS(s: string): void {
    this.pad(this.truncate(s));
  }

  /** fmtSbx: hexadecimal encoding of the bytes of s, with the space and sharp flags. */
  fmtSbx(s: string, digits: string): void {
    let length = s.length;
    if (this.precPresent && this.prec < length) length = this.prec;
    let width = 2 * length;
    if (width > 0) {
      if (this.space) {
        if (this.sharp) width *= 2;
        width += length - 1;
      } else if (this.sharp) {
        width += 2;
      }
    } else {
      if (this.widPresent) this.writePadding(this.wid);
      return;
    }
    if (this.widPresent && this.wid > width && !this.minus) this.writePadding(this.wid - width);
    let out = this.sharp ? "0" + digits[16] : "";
    for (let i = 0; i < length; i++) {
      if (this.space && i > 0) {
        out += " ";
        if (this.sharp) out += "0" + digits[16];
      }
      const c = s.charCodeAt(i);
      out += digits[c >> 4]! + digits[c & 15]!;
    }
    this.buf += out;
    if (this.widPresent && this.wid > width && this.minus) this.writePadding(this.wid - width);
  }

  /** fmtQ: a double-quoted (or, with #, back-quoted) Go string literal. */
  fmtQ(s: string): void {
    s = this.truncate(s);
    if (this.sharp && canBackquote(s)) {
      this.pad("`" + s + "`");
      return;
    }
    this.pad(quote(s, this.plus));
  }

  /** fmtC: the character with code point c. */
  fmtC(c: IntVal): void {
    this.pad(encodeRune(runeOf(c)));
  }

  /** fmtQc: a single-quoted character literal. */
  fmtQc(c: IntVal): void {
    this.pad(quoteRune(runeOf(c), this.plus));
  }

  /** fmtFloat: v formatted by strconv, then signs, Inf/NaN padding and the # flag. */
  fmtFloat(v: number, size: 32 | 64, verb: string, prec: number): void {
    if (this.precPresent) prec = this.prec;
    let num = formatFloat(v, verb, prec, size);
    num = num[0] === "-" || num[0] === "+" ? num : "+" + num;
    if (this.space && num[0] === "+" && !this.plus) num = " " + num.slice(1);
    if (num[1] === "I" || num[1] === "N") {
      const oldZero = this.zero;
      this.zero = false;
      if (num[1] === "N" && !this.space && !this.plus) num = num.slice(1);
      this.pad(num);
      this.zero = oldZero;
      return;
    }
    if (this.sharp && verb !== "b") num = sharpFloat(num, verb, prec);
    if (this.plus || num[0] !== "+") {
      if (this.zero && this.widPresent && this.wid > num.length) {
        this.buf += num[0];
        this.writePadding(this.wid - num.length);
        this.buf += num.slice(1);
        return;
      }
      this.pad(num);
      return;
    }
    this.pad(num.slice(1));
  }
}

/** rune(c), with values past MaxRune (or negative) becoming RuneError as in fmtC. */
function runeOf(c: IntVal): number {
  const x = BigInt.asUintN(64, BigInt(c));
  return x > BigInt(MaxRune) ? RuneError : Number(x);
}

/** The # flag on floats: keep a decimal point and, for %g and %v, trailing zeros. */
function sharpFloat(num: string, verb: string, prec: number): string {
  let digits = 0;
  if (verb === "v" || verb === "g" || verb === "G" || verb === "x") digits = prec === -1 ? 6 : prec;
  let tail = "";
  let hasDecimalPoint = false;
  let sawNonzeroDigit = false;
  for (let i = 1; i < num.length; i++) {
    const c = num[i]!;
    if (c === ".") {
      hasDecimalPoint = true;
    } else if (c === "p" || c === "P" || ((c === "e" || c === "E") && verb !== "x" && verb !== "X")) {
      tail = num.slice(i);
      num = num.slice(0, i);
      break;
    } else {
      if (c !== "0") sawNonzeroDigit = true;
      if (sawNonzeroDigit) digits--;
    }
  }
  if (!hasDecimalPoint) {
    if (num.length === 2 && num[1] === "0") digits--;
    num += ".";
  }
  if (digits > 0) num += "0".repeat(digits);
  return num + tail;
}

/** Zeros to left-pad a chunk of radixString. */
const zeros = "000000000000000000000000";
/** Digits of a 24-bit chunk in base 2, 8 and 16 (indexed by base); base 10 chunks are 10^9. */
const chunkDigits = [0, 0, 24, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 6];

/**
 * u.toString(base) for a safe integer u >= 0 and base 2, 8, 10 or 16, the same text, faster:
 * V8 converts a Smi quickly but a larger number (a heap number) through its general double
 * conversion, about 0.8 us for toString(16) and 0.2 us for toString(10). Cut into Smi-sized
 * chunks (24 bits, or 10^9 in decimal): strbuild's %x of i*i, 0.8 -> 0.17 us.
 */
function radixString(u: number, base: number): string {
  if (u < 1073741824 || (base !== 10 && !chunkDigits[base])) return u.toString(base);
  if (base === 10) {
    const hi = Math.floor(u / 1e9);
    const lo = (u - hi * 1e9).toString();
    return radixString(hi, 10) + zeros.slice(lo.length + 15) + lo;
  }
  const hi = Math.floor(u / 16777216);
  const lo = (u - hi * 16777216).toString(base);
  return radixString(hi, base) + zeros.slice(lo.length + 24 - chunkDigits[base]!) + lo;
}
