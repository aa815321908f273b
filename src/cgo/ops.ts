// C arithmetic, conversions and memory access on gort's JS representation of C values.
//
// Models what gcc -O2 code does on amd64 (LP64, two's complement, char signed): integer
// operations wrap at the type's width, shift counts are masked by the hardware (31 or 63),
// integer division by zero and INT_MIN / -1 raise SIGFPE (idiv), float → int conversions that
// overflow give the "integer indefinite" value 0x80000000... (cvttsd2si).
//
// Terms: values of types up to 32 bits and of float/double are JS numbers; 64-bit integer types
// hold an I64 (number | bigint, canonical, see src/base/int64.ts); pointers are JS numbers
// (addresses, NULL is 0).
//
// Invariants: every function here returns a value already wrapped to its result type; none of
// them allocates on the fast path (small integers, doubles).
//
// Simplifications vs C: signed overflow, which is undefined behaviour in C, wraps (gcc's usual
// result at run time); shifts by a negative count or by the width use the hardware mask.

import * as i64 from "../base/int64.js";
import type { CBinOp } from "./ast.js";
import type { CHeap } from "./cheap.js";
import { CFault } from "./fault.js";
import { is64, isFloat, isPointer, isUnsigned, type CType } from "./types.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type V = any;
type Bin = (a: V, b: V) => V;
type Un = (a: V) => V;

function fpe(): CFault {
  return new CFault("SIGFPE", "integer divide by zero");
}

const I32MIN = -2147483648;
const MIN64 = -9223372036854775808n;

/** A JS number for a shift count, masked as x86 does for a width of `bits`. */
function count(b: V, bits: number): number {
  return (typeof b === "number" ? b : Number(BigInt.asIntN(32, b))) & (bits - 1);
}

function cmp(op: CBinOp): Bin | undefined {
  switch (op) {
    case "<": return (a, b) => (a < b ? 1 : 0);
    case ">": return (a, b) => (a > b ? 1 : 0);
    case "<=": return (a, b) => (a <= b ? 1 : 0);
    case ">=": return (a, b) => (a >= b ? 1 : 0);
    case "==": return (a, b) => (a === b ? 1 : 0);
    case "!=": return (a, b) => (a !== b ? 1 : 0);
    default: return undefined;
  }
}

function int32Op(op: CBinOp): Bin | undefined {
  switch (op) {
    case "+": return (a, b) => (a + b) | 0;
    case "-": return (a, b) => (a - b) | 0;
    case "*": return Math.imul;
    case "/": return (a, b) => {
      if (b === 0 || (b === -1 && a === I32MIN)) throw fpe();
      return (a / b) | 0;
    };
    case "%": return (a, b) => {
      if (b === 0 || (b === -1 && a === I32MIN)) throw fpe();
      return (a % b) | 0;
    };
    case "<<": return (a, b) => a << count(b, 32);
    case ">>": return (a, b) => a >> count(b, 32);
    case "&": return (a, b) => a & b;
    case "|": return (a, b) => a | b;
    case "^": return (a, b) => a ^ b;
    default: return cmp(op);
  }
}

function uint32Op(op: CBinOp): Bin | undefined {
  switch (op) {
    case "+": return (a, b) => (a + b) >>> 0;
    case "-": return (a, b) => (a - b) >>> 0;
    case "*": return (a, b) => Math.imul(a, b) >>> 0;
    case "/": return (a, b) => {
      if (b === 0) throw fpe();
      return Math.floor(a / b);
    };
    case "%": return (a, b) => {
      if (b === 0) throw fpe();
      return a % b;
    };
    case "<<": return (a, b) => (a << count(b, 32)) >>> 0;
    case ">>": return (a, b) => a >>> count(b, 32);
    case "&": return (a, b) => (a & b) >>> 0;
    case "|": return (a, b) => (a | b) >>> 0;
    case "^": return (a, b) => (a ^ b) >>> 0;
    default: return cmp(op);
  }
}

function int64Op(op: CBinOp): Bin | undefined {
  switch (op) {
    case "+": return i64.add;
    case "-": return i64.sub;
    case "*": return i64.mul;
    case "/": return (a, b) => {
      if (b === 0 || (b === -1 && a === MIN64)) throw fpe();
      return i64.div(a, b);
    };
    case "%": return (a, b) => {
      if (b === 0 || (b === -1 && a === MIN64)) throw fpe();
      return i64.rem(a, b);
    };
    case "<<": return (a, b) => i64.shl(a, count(b, 64));
    case ">>": return (a, b) => i64.shr(a, count(b, 64));
    case "&": return i64.and;
    case "|": return i64.or;
    case "^": return i64.xor;
    default: return cmp(op);
  }
}

function uint64Op(op: CBinOp): Bin | undefined {
  switch (op) {
    case "+": return i64.addU;
    case "-": return i64.subU;
    case "*": return i64.mulU;
    case "/": return (a, b) => {
      if (b === 0) throw fpe();
      return i64.divU(a, b);
    };
    case "%": return (a, b) => {
      if (b === 0) throw fpe();
      return i64.remU(a, b);
    };
    case "<<": return (a, b) => i64.shlU(a, count(b, 64));
    case ">>": return (a, b) => i64.shrU(a, count(b, 64));
    case "&": return i64.andU;
    case "|": return i64.orU;
    case "^": return i64.xorU;
    default: return cmp(op);
  }
}

function floatOp(op: CBinOp, single: boolean): Bin | undefined {
  const r = single ? Math.fround : (x: number) => x;
  switch (op) {
    case "+": return single ? (a, b) => r(a + b) : (a, b) => a + b;
    case "-": return single ? (a, b) => r(a - b) : (a, b) => a - b;
    case "*": return single ? (a, b) => r(a * b) : (a, b) => a * b;
    case "/": return single ? (a, b) => r(a / b) : (a, b) => a / b;
    default: return op === "%" || op === "<<" || op === ">>" || op === "&" || op === "|" || op === "^"
      ? undefined
      : cmp(op);
  }
}

/** The operation `a op b` on two operands already converted to type t (not for && and ||).
 *  Comparisons give int 0 or 1. Undefined when op is invalid for t (e.g. % on double). */
export function binop(op: CBinOp, t: CType): Bin | undefined {
  if (isPointer(t)) return uint64Op(op);
  if (isFloat(t)) return floatOp(op, t === "float");
  if (is64(t)) return isUnsigned(t) ? uint64Op(op) : int64Op(op);
  return t === "uint" ? uint32Op(op) : int32Op(op);
}

/** Unary minus and complement on a promoted operand of type t. */
export function unop(op: "-" | "~", t: CType): Un | undefined {
  if (isFloat(t)) return op === "-" ? (a) => -a : undefined;
  if (is64(t)) {
    if (isUnsigned(t)) return op === "-" ? i64.negU : i64.notU;
    return op === "-" ? i64.neg : i64.not;
  }
  if (t === "uint") return op === "-" ? (a) => (-a) >>> 0 : (a) => ~a >>> 0;
  return op === "-" ? (a) => -a | 0 : (a) => ~a;
}

/** cvttsd2si: double → int32, with NaN and overflow giving INT_MIN. */
function f2i32(f: number): number {
  return f !== f || f >= 2147483648 || f <= -2147483649 ? I32MIN : Math.trunc(f) | 0;
}

/** Convert a value of type `from` to type `to`; undefined when no work is needed. */
export function conv(from: CType, to: CType): Un | undefined {
  if (from === to || to === "void") return undefined;
  const fromPtr = isPointer(from);
  if (isPointer(to)) {
    if (fromPtr) return undefined;
    if (isFloat(from)) return (v) => Number(i64.toUint64(i64.fromFloat(v)));
    return (v) => {
      const u = i64.toUint64(v);
      return typeof u === "number" ? u : Number(u);
    };
  }
  if (fromPtr) return conv("ulong", to);
  const ff = isFloat(from);
  switch (to) {
    case "double": return ff ? undefined : i64.toFloat;
    case "float": return ff ? Math.fround : (v) => Math.fround(i64.toFloat(v));
    case "int": return ff ? f2i32 : is64(from) ? i64.toInt32 : from === "uint" ? (v) => v | 0 : undefined;
    case "uint": return ff ? (v) => i64.toUint32(i64.fromFloat(v)) : is64(from) ? i64.toUint32 : (v) => v >>> 0;
    case "char": case "schar":
      return ff ? (v) => i64.toInt8(f2i32(v)) : from === "char" || from === "schar" ? undefined : i64.toInt8;
    case "uchar": return ff ? (v) => f2i32(v) & 0xff : i64.toUint8;
    case "short": return ff ? (v) => i64.toInt16(f2i32(v)) : i64.toInt16;
    case "ushort": return ff ? (v) => f2i32(v) & 0xffff : i64.toUint16;
    case "long": case "longlong":
      return ff ? i64.fromFloat : isUnsigned(from) && is64(from) ? i64.toInt64 : undefined;
    case "ulong": case "ulonglong":
      return ff ? i64.fromFloatU : isUnsigned(from) ? undefined : i64.toUint64;
    default: return undefined;
  }
}

/** A conversion function that is the identity when conv says no work is needed. */
export function convFn(from: CType, to: CType): Un {
  return conv(from, to) ?? ((v) => v);
}

const TWO32 = 4294967296;

function readI64(h: CHeap, o: number, unsigned: boolean): V {
  const lo = h.dv.getUint32(o, true);
  const hi = unsigned ? h.dv.getUint32(o + 4, true) : h.dv.getInt32(o + 4, true);
  if (hi > -0x200000 && hi < 0x200000) return hi * TWO32 + lo;
  const b = (BigInt(hi) << 32n) | BigInt(lo);
  return unsigned ? i64.wrapU(b) : i64.wrapS(b);
}

function writeI64(h: CHeap, o: number, v: V): void {
  if (typeof v === "number") {
    h.dv.setUint32(o, v >>> 0, true);
    h.dv.setUint32(o + 4, Math.floor(v / TWO32) >>> 0, true);
    return;
  }
  const u = BigInt.asUintN(64, v);
  h.dv.setUint32(o, Number(u & 0xffffffffn), true);
  h.dv.setUint32(o + 4, Number(u >> 32n), true);
}

/** Load a value of type t from address a. */
export function load(t: CType, h: CHeap): (a: number) => V {
  if (isPointer(t)) return (a) => Number(i64.toUint64(readI64(h, h.rd(a, 8), true)));
  switch (t) {
    case "char": case "schar": return (a) => h.dv.getInt8(h.rd(a, 1));
    case "uchar": return (a) => h.u8[h.rd(a, 1)];
    case "short": return (a) => h.dv.getInt16(h.rd(a, 2), true);
    case "ushort": return (a) => h.dv.getUint16(h.rd(a, 2), true);
    case "int": return (a) => h.dv.getInt32(h.rd(a, 4), true);
    case "uint": return (a) => h.dv.getUint32(h.rd(a, 4), true);
    case "long": case "longlong": return (a) => readI64(h, h.rd(a, 8), false);
    case "ulong": case "ulonglong": return (a) => readI64(h, h.rd(a, 8), true);
    case "float": return (a) => h.dv.getFloat32(h.rd(a, 4), true);
    case "double": return (a) => h.dv.getFloat64(h.rd(a, 8), true);
    default: throw new Error(`cgo: load of ${t}`);
  }
}

/** Store a value of type t at address a. */
export function store(t: CType, h: CHeap): (a: number, v: V) => void {
  if (isPointer(t)) return (a, v) => writeI64(h, h.wr(a, 8), v);
  switch (t) {
    case "char": case "schar": case "uchar": return (a, v) => void (h.u8[h.wr(a, 1)] = v);
    case "short": case "ushort": return (a, v) => h.dv.setUint16(h.wr(a, 2), v & 0xffff, true);
    case "int": case "uint": return (a, v) => h.dv.setUint32(h.wr(a, 4), v >>> 0, true);
    case "long": case "longlong": case "ulong": case "ulonglong":
      return (a, v) => writeI64(h, h.wr(a, 8), v);
    case "float": return (a, v) => h.dv.setFloat32(h.wr(a, 4), v, true);
    case "double": return (a, v) => h.dv.setFloat64(h.wr(a, 8), v, true);
    default: throw new Error(`cgo: store of ${t}`);
  }
}
