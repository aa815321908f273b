// fmt's Printf: the format-string interpreter in front of the printer.
//
// Models Go 1.19's fmt/print.go (doPrintf, argNumber, intFromArg, parsenum, parseArgNumber).
//
// Terms: argNum is the next operand to print; an explicit index [n] sets it and marks the call
// "reordered", which turns off the %!(EXTRA ...) report, as in Go.
//
// Invariants: a verb consumes exactly one operand, except %% (none); * consumes one each.

import { Kind, type Iface } from "../../runtime/value.js";
import type { Printer } from "./fmt_print.js";
import { decodeRune, encodeRune } from "./strconv_quote.js";

type Gen<T = void> = Generator<any, T, any>;

/** intFromArg: the int operand for a * width or precision. */
function intFromArg(a: (Iface | null)[], argNum: number): [number, boolean, number] {
  let num = 0;
  let isInt = false;
  if (argNum < a.length) {
    const x = a[argNum];
    if (x !== null && x !== undefined && x.t.kind >= Kind.Int && x.t.kind <= Kind.Uintptr) {
      const n = typeof x.v === "bigint" ? x.v : BigInt(x.v as number);
      const signed = x.t.kind <= Kind.Int64;
      if (signed || n < 1n << 63n) {
        num = Number(n);
        isInt = true;
      }
    }
    argNum++;
    if (num > 1e6 || num < -1e6) {
      num = 0;
      isInt = false;
    }
  }
  return [num, isInt, argNum];
}

/** argNumber: parse an [n] argument index at format[i]. */
function argNumber(p: Printer, argNum: number, format: string, i: number, numArgs: number): [number, number, boolean] {
  if (format.length <= i || format[i] !== "[") return [argNum, i, false];
  p.reordered = true;
  const [index, wid, ok] = parseArgNumber(format.slice(i));
  if (ok && index >= 0 && index < numArgs) return [index, i + wid, true];
  p.goodArgNum = false;
  return [argNum, i + wid, ok];
}

export function* doPrintf(p: Printer, format: string, a: (Iface | null)[]): Gen {
  const end = format.length;
  const f = p.fmt;
  let argNum = 0;
  let afterIndex = false;
  p.reordered = false;
  let i = 0;
  formatLoop: while (i < end) {
    p.goodArgNum = true;
    const lasti = i;
    while (i < end && format.charCodeAt(i) !== 0x25) i++;
    if (i > lasti) p.write(format.slice(lasti, i));
    if (i >= end) break;
    i++;
    f.clearflags();
    simple: for (; i < end; i++) {
      const c = format[i]!;
      switch (c) {
        case "#": f.sharp = true; break;
        case "0": f.zero = !f.minus; break;
        case "+": f.plus = true; break;
        case "-": f.minus = true; f.zero = false; break;
        case " ": f.space = true; break;
        default:
          if (c >= "a" && c <= "z" && argNum < a.length) {
            if (c === "v") {
              f.sharpV = f.sharp;
              f.sharp = false;
              f.plusV = f.plus;
              f.plus = false;
            }
            if (!p.printArgPlain(a[argNum]!, c)) yield* p.printArg(a[argNum]!, c);
            argNum++;
            i++;
            continue formatLoop;
          }
          break simple;
      }
    }
    [argNum, i, afterIndex] = argNumber(p, argNum, format, i, a.length);
    if (i < end && format[i] === "*") {
      i++;
      [f.wid, f.widPresent, argNum] = intFromArg(a, argNum);
      if (!f.widPresent) p.write("%!(BADWIDTH)");
      if (f.wid < 0) {
        f.wid = -f.wid;
        f.minus = true;
        f.zero = false;
      }
      afterIndex = false;
    } else {
      [f.wid, f.widPresent, i] = parsenum(format, i, end);
      if (afterIndex && f.widPresent) p.goodArgNum = false;
    }
    if (i + 1 < end && format[i] === ".") {
      i++;
      if (afterIndex) p.goodArgNum = false;
      [argNum, i, afterIndex] = argNumber(p, argNum, format, i, a.length);
      if (i < end && format[i] === "*") {
        i++;
        [f.prec, f.precPresent, argNum] = intFromArg(a, argNum);
        if (f.prec < 0) {
          f.prec = 0;
          f.precPresent = false;
        }
        if (!f.precPresent) p.write("%!(BADPREC)");
        afterIndex = false;
      } else {
        [f.prec, f.precPresent, i] = parsenum(format, i, end);
        if (!f.precPresent) {
          f.prec = 0;
          f.precPresent = true;
        }
      }
    }
    if (!afterIndex) [argNum, i, afterIndex] = argNumber(p, argNum, format, i, a.length);
    if (i >= end) {
      p.write("%!(NOVERB)");
      break;
    }
    let verb = format[i]!;
    let size = 1;
    if (format.charCodeAt(i) >= 0x80) {
      const [r, w] = decodeRune(format, i);
      verb = encodeRune(r);
      size = w;
    }
    i += size;
    if (verb === "%") {
      p.write("%");
    } else if (!p.goodArgNum) {
      p.write("%!" + verb + "(BADINDEX)");
    } else if (argNum >= a.length) {
      p.write("%!" + verb + "(MISSING)");
    } else {
      if (verb === "v") {
        f.sharpV = f.sharp;
        f.sharp = false;
        f.plusV = f.plus;
        f.plus = false;
      }
      if (!p.printArgPlain(a[argNum]!, verb)) yield* p.printArg(a[argNum]!, verb);
      argNum++;
    }
  }
  if (!p.reordered && argNum < a.length) {
    f.clearflags();
    p.write("%!(EXTRA ");
    for (let k = argNum; k < a.length; k++) {
      if (k > argNum) p.write(", ");
      const arg = a[k]!;
      if (arg === null) {
        p.write("<nil>");
      } else {
        p.write(arg.t.str + "=");
        if (!p.printArgPlain(arg, "v")) yield* p.printArg(arg, "v");
      }
    }
    p.write(")");
  }
}

/** parsenum: a decimal number at s[start:end]: [num, isnum, newi]. */
function parsenum(s: string, start: number, end: number): [number, boolean, number] {
  if (start >= end) return [0, false, end];
  let num = 0;
  let isnum = false;
  let i = start;
  for (; i < end && s[i]! >= "0" && s[i]! <= "9"; i++) {
    if (num > 1e6 || num < -1e6) return [0, false, end];
    num = num * 10 + (s.charCodeAt(i) - 0x30);
    isnum = true;
  }
  return [num, isnum, i];
}

/** parseArgNumber: "[n]" at the start of format: [index, width consumed, ok]. */
function parseArgNumber(format: string): [number, number, boolean] {
  if (format.length < 3) return [0, 1, false];
  for (let i = 1; i < format.length; i++) {
    if (format[i] === "]") {
      const [width, ok, newi] = parsenum(format, 1, i);
      if (!ok || newi !== i) return [0, i + 1, false];
      return [width - 1, i + 1, true];
    }
  }
  return [0, 1, false];
}
