// Expressions: Go expression → JavaScript expression text, following value.ts.
//
// Every function returns the JS source of an expression. Expressions that reach a yield point
// contain `(yield* ...)`, which is legal only inside a generator; the blocking analysis
// (blocking.ts) guarantees that such expressions occur only in generator functions.
//
// Invariants:
//   - A JS expression for a value of struct or array type may alias an existing object; callers
//     that store it use copyOf() unless the expression is fresh (isFresh).
//   - Integer results are always wrapped to their type (int32 arithmetic `| 0`, I64 helpers).

import type * as ast from "../frontend/ast.js";
import * as C from "../frontend/constant.js";
import * as T from "../frontend/types.js";
import { BasicKind as K } from "../frontend/types.js";
import type { FnCtx } from "./context.js";
import type { FuncEmitter } from "./func.js";
import {
  basicKind, is64, isComplex, isFloat, isFloat32, isInteger, isInterface, isObjectPointer,
  isString, isUnsigned, isValueObject, under,
} from "./typeutil.js";

export function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === "ParenExpr") e = e.x;
  return e;
}

/** A call's function without parentheses and without the type arguments of an instantiated
 *  generic function (Map[int, string](...) calls the instance Map names; see generic.ts). */
export function callee(ctx: { info: { instExprs: ReadonlySet<ast.Expr> } }, e: ast.Expr): ast.Expr {
  for (;;) {
    if (e.kind === "ParenExpr") e = e.x;
    else if ((e.kind === "IndexExpr" || e.kind === "IndexListExpr") && ctx.info.instExprs.has(e)) e = e.x;
    else return e;
  }
}

/** Whether e is the blank identifier, parenthesized or not: go/types records no type for it. */
export function isBlank(e: ast.Expr): boolean {
  const u = unparen(e);
  return u.kind === "Ident" && u.name === "_";
}

/** A JS literal for a constant of type t. */
export function constLit(v: C.ConstValue, t: T.Type): string {
  const u = under(t);
  if (u.tag === "Interface") {
    // A constant converted to an interface: box it with its default type.
    throw new Error("constLit of interface type");
  }
  switch (v.kind) {
    case "bool":
      return v.v ? "true" : "false";
    case "string":
      return byteStringLit(v.v);
    case "int":
    case "float": {
      if (isComplex(t)) return complexLit(v, t);
      if (isInteger(t)) {
        const n = C.intBits(v) ?? 0n;
        return intLit(n);
      }
      const [f] = isFloat32(t) ? C.float32Val(v) : C.float64Val(v);
      return floatLit(f);
    }
    case "complex":
      return complexLit(v, t);
    case "unknown":
      throw new Error("unknown constant");
  }
}

function intLit(n: bigint): string {
  if (n >= -9007199254740991n && n <= 9007199254740991n) {
    const s = n.toString();
    return n < 0n ? `(${s})` : s;
  }
  return `(${n.toString()}n)`;
}

function floatLit(f: number): string {
  if (f === Infinity) return "Infinity";
  if (f === -Infinity) return "(-Infinity)";
  if (f !== f) return "NaN";
  if (Object.is(f, -0)) return "(-0)";
  const s = String(f);
  return f < 0 ? `(${s})` : s;
}

function complexLit(v: C.ConstValue, t: T.Type): string {
  const re = C.realPart(C.toComplex(v));
  const im = C.imagPart(C.toComplex(v));
  const f32 = basicKind(t) === K.Complex64;
  const r = f32 ? C.float32Val(re)[0] : C.float64Val(re)[0];
  const i = f32 ? C.float32Val(im)[0] : C.float64Val(im)[0];
  return `new $rt.Complex(${floatLit(r)}, ${floatLit(i)})`;
}

function byteStringLit(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += "\\\\";
    else if (c >= 0x20 && c < 0x7f) out += s[i];
    else out += "\\x" + c.toString(16).padStart(2, "0");
  }
  return out + '"';
}

/** The i64 helper suffix for a 64-bit integer type: "" for signed, "U" for unsigned. */
function u64(t: T.Type): string {
  return isUnsigned(t) ? "U" : "";
}

/** Wrap a JS number expression to a narrow integer type (<= 32 bits). */
export function wrapNarrow(t: T.Type, x: string): string {
  switch (basicKind(t)) {
    case K.Int32: case K.UntypedRune: return `((${x}) | 0)`;
    case K.Uint32: return `((${x}) >>> 0)`;
    case K.Int16: return `((${x}) << 16 >> 16)`;
    case K.Uint16: return `((${x}) & 65535)`;
    case K.Int8: return `((${x}) << 24 >> 24)`;
    case K.Uint8: return `((${x}) & 255)`;
    default: throw new Error("wrapNarrow of " + basicKind(t));
  }
}

const SAFE = "9007199254740991";

/**
 * An index check written inline: i when 0 <= i < n, else $rt.ck, which panics. The same test as
 * ck's without its typeof: an index that is a bigint is never in range (I64 values are bigints
 * only outside the safe integers), so it too reaches ck. n is evaluated again on the slow path
 * only (a property read or a constant). Measured: fannkuch's flip loop alone 640 -> 494 ms;
 * fannkuch 1.18 -> 1.13 s CPU (best of 7), median 1.31 -> 1.22.
 */
export function ckInline(i: string, n: string, tmp: () => string): string {
  if (/^\d+$/.test(i) && /^\d+$/.test(n) && Number(i) < Number(n)) return i; // a constant in range
  const k = /^[\w$]+$/.test(i) ? i : tmp();
  const pre = k === i ? "" : `${k} = ${i}, `;
  return `(${pre}${k} >= 0 && ${k} < ${n} ? ${k} : $rt.ck(${k}, ${n}))`;
}
const isNumLit = (s: string): boolean => /^\(?-?\d+\)?$/.test(s);

/**
 * I64 + and - with the fast path inline: plain JS arithmetic while both operands are numbers
 * and the result stays a safe integer, the int64.ts helper otherwise. Measured: 1.2–1.5x on
 * loop-heavy code (docs/PERFORMANCE.md). The typeof tests come first because mixing a bigint
 * and a number in JS arithmetic throws.
 */
function inlineAddSub(op: "+" | "-", unsigned: boolean, x: string, y: string, tmp: () => string): string {
  const a = tmp();
  const r = tmp();
  const yLit = isNumLit(y);
  const b = yLit ? y : tmp();
  // Both operands are evaluated (in order) before any test, so the slow path always has them.
  const assigns = yLit ? `${a} = ${x}` : `${a} = ${x}, ${b} = ${y}`;
  const tests = yLit ? `typeof ${a} === "number"` : `typeof ${a} === "number" && typeof ${b} === "number"`;
  // With a constant operand of known sign only one bound can be crossed: x + c (c >= 0) can only
  // exceed the top, x - c only the bottom (x is already a safe integer, and an unsigned x is
  // >= 0), so one comparison suffices. Measured on fib: 327 -> 294 ms for the arithmetic alone.
  let range = unsigned ? `${r} >= 0 && ${r} <= ${SAFE}` : `${r} <= ${SAFE} && ${r} >= -${SAFE}`;
  if (yLit) {
    const up = (op === "+") === !y.includes("-");
    range = up ? `${r} <= ${SAFE}` : unsigned ? `${r} >= 0` : `${r} >= -${SAFE}`;
  }
  const fn = `$i.${op === "+" ? "add" : "sub"}${unsigned ? "U" : ""}`;
  // A result of 0 from a - a is +0 in JS unless a is -0, which I64 values never are.
  return `((${assigns}), ${tests} && (${r} = ${a} ${op} ${b}, ${range}) ? ${r} : ${fn}(${a}, ${b}))`;
}

/** A function-local temporary; listed (the default) puts it in the stack maps of the yield
 *  points of its statement. */
type Tmp = (listed?: boolean) => string;

/** The operands of a commutative operation, a literal one last. */
function litLast(x: string, y: string): [string, string] {
  return isNumLit(x) && !isNumLit(y) ? [y, x] : [x, y];
}

/** A compiled integer literal other than 0. */
function nonZeroLit(s: string): boolean {
  const c = litValue(s);
  return c !== undefined && c !== 0;
}

/** The value of a compiled integer literal (isNumLit), or undefined. */
function litValue(s: string): number | undefined {
  return isNumLit(s) ? Number(s.replace(/[()]/g, "")) : undefined;
}

/**
 * I64 & | ^ &^ with a fast path inline: two numbers within int32 range give the exact 64-bit
 * result by JS's 32-bit operators (both are sign-extended alike, so is the result), and x & c
 * with a constant 0 <= c < 2^31 is exact for every number x (ToInt32 keeps the low 32 bits of
 * the two's complement of a safe integer, and the result is in [0, c]). Everything else (a
 * bigint, a number past int32) takes the int64.ts helper. The typeof tests come first: a bigint
 * in a JS bitwise operation with a number throws. The temporaries hold integers and are not
 * listed in stack maps (FnCtx.tmp(false)), so that the maps, and what the collector scans, are
 * those of the helper call this replaces.
 */
function inlineBitwise(op: "&" | "|" | "^" | "&^", fn: string, x: string, y: string, tmp: Tmp): string {
  const a = tmp(false);
  const c = litValue(y);
  const yLit = c !== undefined && Number.isSafeInteger(c) && (c | 0) === c;
  const b = yLit ? y : tmp(false);
  const assigns = yLit ? `${a} = ${x}` : `${a} = ${x}, ${b} = ${y}`;
  const js = op === "&^" ? `(${a} & ~${b})` : `(${a} ${op} ${b})`;
  if (yLit && op === "&" && c >= 0) return `((${assigns}), typeof ${a} === "number" ? ${js} : ${fn}(${a}, ${b}))`;
  const tests = yLit
    ? `typeof ${a} === "number" && (${a} | 0) === ${a}`
    : `typeof ${a} === "number" && typeof ${b} === "number" && (${a} | 0) === ${a} && (${b} | 0) === ${b}`;
  return `((${assigns}), ${tests} ? ${js} : ${fn}(${a}, ${b}))`;
}

/**
 * I64 * with the fast path inline, as + and - have it: the JS product of two numbers is exact
 * when it is a safe integer (a product past 2^53 rounds to at least 2^53, so the test fails
 * and the int64.ts helper computes the wrapped result), and `+ 0` turns the -0 of a zero times
 * a negative number into 0, as I64 values are never -0. The helper call it replaces is small
 * but was not inlined in large functions (V8's cumulative inlining budget), and the index
 * arithmetic of a 2-D slice (`a[i*n+k]`) multiplies in the innermost loop. Measured on a
 * 160x160 matrix multiply: 4.69G -> 4.22G instructions. Its temporaries are unlisted, as
 * inlineBitwise's are.
 */
function inlineMul(unsigned: boolean, x: string, y: string, tmp: Tmp): string {
  const a = tmp(false);
  const r = tmp(false);
  const c = litValue(y);
  const yLit = c !== undefined && Number.isSafeInteger(c);
  const b = yLit ? y : tmp(false);
  const assigns = yLit ? `${a} = ${x}` : `${a} = ${x}, ${b} = ${y}`;
  const tests = yLit ? `typeof ${a} === "number"` : `typeof ${a} === "number" && typeof ${b} === "number"`;
  // Unsigned operands are >= 0, so is their product, and neither is ever -0.
  const fast = unsigned ? `${r} <= ${SAFE}) ? ${r}` : `${r} <= ${SAFE} && ${r} >= -${SAFE}) ? ${r} + 0`;
  return `((${assigns}), ${tests} && (${r} = ${a} * ${b}, ${fast} : $i.mul${unsigned ? "U" : ""}(${a}, ${b}))`;
}

/**
 * I64 x / y and x % y with the fast path inline, for two numbers (safe integers) and y != 0:
 * the quotient is Math.trunc(x / y) (exact: below, int64.ts quo) and the remainder
 * x - q * y, both truncated as Go's are; `+ 0` turns a quotient's -0 into 0, as I64 values are
 * never -0. Not JS's %: on a number past int32 V8 computes it by a call to fmod (a Collatz loop,
 * `x % 2` and `x /= 2` on values past 2^31, took 4.46 s of CPU with it, 1.93 s without). Any other
 * case takes the int64.ts helper behind divck, which panics on a zero divisor (the bigint and
 * wrapping cases, MinInt64 / -1 among them: -2^63 is a bigint). A constant divisor is never
 * zero (Go rejects it), so it needs neither the test nor divck. The temporaries hold integers
 * and are unlisted, as inlineBitwise's are.
 */
function inlineDivRem(op: "/" | "%", unsigned: boolean, x: string, y: string, tmp: Tmp): string {
  const a = tmp(false);
  const c = litValue(y);
  const yLit = c !== undefined && c !== 0 && Number.isSafeInteger(c);
  const b = yLit ? y : tmp(false);
  const fn = `$i.${op === "/" ? "div" : "rem"}${unsigned ? "U" : ""}`;
  const js = op === "/" ? `Math.trunc(${a} / ${b}) + 0` : `${a} - Math.trunc(${a} / ${b}) * ${b}`;
  if (yLit) return `((${a} = ${x}), typeof ${a} === "number" ? ${js} : ${fn}(${a}, ${b}))`;
  const tests = `typeof ${a} === "number" && typeof ${b} === "number" && ${b} !== 0`;
  return `((${a} = ${x}, ${b} = ${y}), ${tests} ? ${js} : ${fn}(${a}, $rt.divck(${b})))`;
}

/** Binary arithmetic on two already-compiled operands of type t. tmp gives function-local
 *  temporaries for the inline fast paths (without it, helpers are called). */
export function arith(op: string, t: T.Type, x: string, y: string, tmp?: Tmp): string {
  if (isString(t)) return `$rt.concatstrings(${x}, ${y})`;
  if (isComplex(t)) {
    const f = { "+": "cadd", "-": "csub", "*": "cmul", "/": "cdiv" }[op];
    const r = `$rt.${f}(${x}, ${y})`;
    return basicKind(t) === K.Complex64 ? `$rt.c64(${r})` : r;
  }
  if (isFloat(t)) {
    const r = `(${x} ${op} ${y})`;
    return isFloat32(t) ? `Math.fround${r}` : r;
  }
  if (is64(t)) {
    const u = u64(t);
    switch (op) {
      // A literal operand of + and * goes second (it has no effects to order), where the fast
      // paths test only the other operand: `3*x + 1`.
      case "+": return tmp ? inlineAddSub("+", u === "U", ...litLast(x, y), tmp) : `$i.add${u}(${x}, ${y})`;
      case "-": return tmp ? inlineAddSub("-", u === "U", x, y, tmp) : `$i.sub${u}(${x}, ${y})`;
      case "*": return tmp ? inlineMul(u === "U", ...litLast(x, y), tmp) : `$i.mul${u}(${x}, ${y})`;
      case "/": case "%":
        return tmp ? inlineDivRem(op, u === "U", x, y, tmp) : `$i.${op === "/" ? "div" : "rem"}${u}(${x}, $rt.divck(${y}))`;
      case "&": return tmp ? inlineBitwise("&", `$i.and${u}`, x, y, tmp) : `$i.and${u}(${x}, ${y})`;
      case "|": return tmp ? inlineBitwise("|", `$i.or${u}`, x, y, tmp) : `$i.or${u}(${x}, ${y})`;
      case "^": return tmp ? inlineBitwise("^", `$i.xor${u}`, x, y, tmp) : `$i.xor${u}(${x}, ${y})`;
      case "&^": return tmp ? inlineBitwise("&^", `$i.andNot${u}`, x, y, tmp) : `$i.andNot${u}(${x}, ${y})`;
    }
    throw new Error("arith op " + op);
  }
  switch (op) {
    case "+": case "-": return wrapNarrow(t, `${x} ${op} ${y}`);
    case "*": {
      const k = basicKind(t);
      if (k === K.Int32 || k === K.UntypedRune) return `Math.imul(${x}, ${y})`;
      if (k === K.Uint32) return `(Math.imul(${x}, ${y}) >>> 0)`;
      return wrapNarrow(t, `Math.imul(${x}, ${y})`);
    }
    // A constant divisor is never zero (Go rejects it): no divck.
    case "/": return wrapNarrow(t, `$rt.tdiv(${x}, ${nonZeroLit(y) ? y : `$rt.divck(${y})`})`);
    case "%": return wrapNarrow(t, `${x} % ${nonZeroLit(y) ? y : `$rt.divck(${y})`}`);
    case "&": return isUnsigned(t) && basicKind(t) === K.Uint32 ? `((${x} & ${y}) >>> 0)` : `(${x} & ${y})`;
    case "|": return basicKind(t) === K.Uint32 ? `((${x} | ${y}) >>> 0)` : `(${x} | ${y})`;
    case "^": return basicKind(t) === K.Uint32 ? `((${x} ^ ${y}) >>> 0)` : `(${x} ^ ${y})`;
    case "&^": return wrapNarrow(t, `${x} & ~${y}`);
  }
  throw new Error("arith op " + op);
}

/** x << s or x >> s where s is a compiled shift count of integer type st. With tmp, a literal
 *  count takes constShift's inline paths. */
export function shiftOp(op: "<<" | ">>", t: T.Type, x: string, s: string, st: T.Type, tmp?: Tmp): string {
  const c = litValue(s);
  if (tmp !== undefined && c !== undefined && c >= 0) {
    const r = constShift(op, t, x, c, tmp);
    if (r !== undefined) return r;
  }
  const cnt = is64(st) ? `$rt.shcnt64(${s})` : isUnsigned(st) ? `$rt.shcntU(${s})` : `$rt.shcnt(${s})`;
  if (is64(t)) {
    const u = u64(t);
    return op === "<<" ? `$i.shl${u}(${x}, ${cnt})` : `$i.shr${u}(${x}, ${cnt})`;
  }
  const k = basicKind(t);
  if (op === "<<") return wrapNarrow(t, `$rt.shl32(${x}, ${cnt})`);
  if (k === K.Uint32 || k === K.Uint16 || k === K.Uint8) return `$rt.shrU32(${x}, ${cnt})`;
  return `$rt.shr32(${x}, ${cnt})`;
}

/**
 * x << c and x >> c for a constant count c, without the count's checks (a constant is never
 * negative) or a helper call: a bit-twiddling loop (`w[j>>6] |= 1 << (j&63)`, xorshift) shifts
 * by constants. I64: a number shifts by a power of two, x >> c as Math.floor(x / 2^c) (exact,
 * and the floor is an arithmetic shift's rounding), x << c as x * 2^c while the product is a
 * safe integer; a bigint, or a product past 2^53, takes the int64.ts helper. The 32-bit and
 * narrower types use JS's shifts for c < 32. Larger counts go to the helpers (undefined).
 */
function constShift(op: "<<" | ">>", t: T.Type, x: string, c: number, tmp: Tmp): string | undefined {
  if (is64(t)) {
    if (c >= 64) return undefined;
    if (c === 0) return x;
    const u = u64(t);
    const a = tmp(false);
    const p = String(2 ** c);
    if (op === ">>") return `((${a} = ${x}), typeof ${a} === "number" ? Math.floor(${a} / ${p}) : $i.shr${u}(${a}, ${c}))`;
    const r = tmp(false);
    const range = u === "U" ? `${r} <= ${SAFE}` : `${r} <= ${SAFE} && ${r} >= -${SAFE}`;
    return `((${a} = ${x}), typeof ${a} === "number" && (${r} = ${a} * ${p}, ${range}) ? ${r} : $i.shl${u}(${a}, ${c}))`;
  }
  if (c >= 32) return undefined;
  if (op === "<<") return wrapNarrow(t, `(${x} << ${c})`);
  const k = basicKind(t);
  return k === K.Uint32 || k === K.Uint16 || k === K.Uint8 ? `(${x} >>> ${c})` : `(${x} >> ${c})`;
}

/** Comparison x op y of two compiled operands of (identical or assignable) type t. */
export function compare(f: FuncEmitter, op: string, t: T.Type, x: string, y: string): string {
  const u = under(t);
  const neg = op === "!=";
  if (op !== "==" && op !== "!=") return `(${x} ${op} ${y})`;
  if (u.tag === "Basic") {
    if (isComplex(t)) return `${neg ? "!" : ""}$rt.ceq(${x}, ${y})`;
    if (u.kind === K.UnsafePointer) return `${neg ? "!" : ""}$rt.unsafeEqual(${x}, ${y})`;
    return `(${x} ${neg ? "!==" : "==="} ${y})`;
  }
  if (u.tag === "Interface") return `${neg ? "!" : ""}$rt.ifaceEq(${x}, ${y})`;
  if (u.tag === "Pointer") {
    if (isObjectPointer(t)) return `(${x} ${neg ? "!==" : "==="} ${y})`;
    return `${neg ? "!" : ""}$rt.ptrEq(${x}, ${y})`;
  }
  if (u.tag === "Struct" || u.tag === "Array") {
    return `${neg ? "!" : ""}${f.ctx.tt.rtype(t)}.equal(${x}, ${y})`;
  }
  return `(${x} ${neg ? "!==" : "==="} ${y})`;
}

/** Is the expression's value a fresh object that nothing else references? */
export function isFresh(fc: FnCtx, e: ast.Expr): boolean {
  e = unparen(e);
  if (e.kind === "CompositeLit") return true;
  if (e.kind === "CallExpr") {
    const tv = fc.ctx.tv(e.fun);
    return !(tv && tv.mode === "typexpr"); // a call result; a conversion may alias
  }
  return false;
}

export { isValueObject, isInterface };

/** C.name, when fun selects from the cgo pseudo-package "C". */
export function cgoCallee(f: { ctx: { objOf(id: ast.Ident): T.Obj | undefined } }, fun: ast.Expr): string | undefined {
  if (fun.kind !== "SelectorExpr" || fun.x.kind !== "Ident") return undefined;
  const o = f.ctx.objOf(fun.x);
  if (o === undefined) return fun.x.name === "C" ? fun.sel.name : undefined;
  return o.tag === "PkgName" && o.imported.path === "C" ? fun.sel.name : undefined;
}
