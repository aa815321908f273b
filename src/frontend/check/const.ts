// Untyped values: representability, implicit conversion, and the delayed typing of untyped
// expressions.
//
// Models go/types const.go (representable, overflow) and the untyped parts of expr.go
// (implicitTypeAndValue, convertUntyped, updateExprType) of Go 1.19, types2 flavour.
//
// Invariants:
//   - An expression stays in Checker.untyped until its final type is known; then it is recorded
//     in Info.types with that type (updateExprType), or at the end of checking with its untyped
//     type if the context never fixed one (e.g. constant declarations, untyped bool conditions).
//   - Constants stored for floats are rounded to the target type (representableConst).

import type * as ast from "../ast.js";
import { startPos } from "./errors.js";
import * as types from "../types.js";
import { BasicKind as K } from "../types.js";
import * as constant from "../constant.js";
import type { Checker } from "./check.js";
import type { Operand } from "./operand.js";
import { isNil } from "./operand.js";
import {
  defaultType, hasNil, isBoolean, isComplex, isFloat, isInteger, isNumeric, isString, isTyped,
  isUntyped, under, basicSize,
} from "./predicates.js";
import { Typ } from "./universe.js";

type ConvCode = "truncated" | "overflows" | "invalid";

/** representableConst returns x rounded to typ if x is representable in typ, else undefined. */
export function representableConst(x: constant.ConstValue, typ: types.Basic): constant.ConstValue | undefined {
  if (x.kind === "unknown") return x;
  if (isInteger(typ)) {
    const v = constant.toInt(x);
    if (v.kind !== "int") return undefined;
    return intFits(v.v, typ.kind) ? v : undefined;
  }
  if (isFloat(typ)) {
    const v = constant.toFloat(x);
    if (v.kind !== "float") return undefined;
    if (typ.kind === K.Float32) return constant.roundFloat32(v);
    if (typ.kind === K.Float64) return constant.roundFloat64(v);
    return v;
  }
  if (isComplex(typ)) {
    const v = constant.toComplex(x);
    if (v.kind !== "complex") return undefined;
    if (typ.kind === K.UntypedComplex) return v;
    const round = typ.kind === K.Complex64 ? constant.roundFloat32 : constant.roundFloat64;
    const re = round(constant.realPart(v));
    const im = round(constant.imagPart(v));
    return re && im ? constant.makeComplexFrom(re, im) : undefined;
  }
  if (isString(typ)) return x.kind === "string" ? x : undefined;
  if (isBoolean(typ)) return x.kind === "bool" ? x : undefined;
  return undefined;
}

function intFits(v: bigint, k: K): boolean {
  switch (k) {
    case K.UntypedInt: case K.UntypedRune: return true;
    case K.Uint: case K.Uint64: case K.Uintptr: return v >= 0n && v < 1n << 64n;
    case K.Uint8: return v >= 0n && v < 256n;
    case K.Uint16: return v >= 0n && v < 65536n;
    case K.Uint32: return v >= 0n && v < 1n << 32n;
    case K.Int8: return v >= -128n && v < 128n;
    case K.Int16: return v >= -32768n && v < 32768n;
    case K.Int32: return v >= -(1n << 31n) && v < 1n << 31n;
    case K.Int: case K.Int64: return v >= -(1n << 63n) && v < 1n << 63n;
    default: return false;
  }
}

/** representation returns x's value in typ, or the failure code (go/types representation). */
export function representation(x: Operand, typ: types.Basic): { val?: constant.ConstValue; code?: ConvCode } {
  const v = representableConst(x.val!, typ);
  if (v) return { val: v };
  if (isNumeric(x.type) && isNumeric(typ)) {
    return { code: !isInteger(x.type) && isInteger(typ) ? "truncated" : "overflows" };
  }
  return { code: "invalid" };
}

/** invalidConversion reports x as not representable in target. */
function invalidConversion(c: Checker, code: ConvCode, x: Operand, target: types.Type): void {
  let msg = `cannot convert ${c.os(x)} to ${c.ts(target)}`; // types2's (an explicit conversion says "to type": conversions.ts)
  if (code === "truncated") msg = `${c.os(x)} truncated to ${c.ts(target)}`;
  if (code === "overflows") msg = `${c.os(x)} overflows ${c.ts(target)}`;
  c.error(startPos(x.expr!), msg);
}

/** representable checks that constant x fits typ, rounding it; x becomes invalid otherwise. */
export function representable(c: Checker, x: Operand, typ: types.Basic): void {
  const r = representation(x, typ);
  if (r.code) {
    invalidConversion(c, r.code, x, typ);
    x.mode = "invalid";
    return;
  }
  x.val = r.val!;
}

export interface Implicit {
  type?: types.Type;
  val?: constant.ConstValue;
  code?: ConvCode;
}

/** implicitTypeAndValue returns the type an untyped x takes in the context of target. */
export function implicitTypeAndValue(_c: Checker, x: Operand, target: types.Type): Implicit {
  if (x.mode === "invalid" || isTyped(x.type) || (target.tag === "Basic" && target.kind === K.Invalid)) {
    return { type: x.type };
  }
  if (isUntyped(target)) {
    const xk = (x.type as types.Basic).kind;
    const tk = (target as types.Basic).kind;
    if (isNumeric(x.type) && isNumeric(target)) return { type: xk < tk ? target : x.type };
    if (xk !== tk) return { code: "invalid" };
    return { type: x.type };
  }
  const u = under(target);
  switch (u.tag) {
    case "Basic": {
      if (x.mode === "constant") {
        const r = representation(x, u);
        if (r.code) return { code: r.code };
        return { type: target, val: r.val };
      }
      const xk = (x.type as types.Basic).kind;
      if (xk === K.UntypedBool && !isBoolean(target)) return { code: "invalid" };
      if ((xk === K.UntypedInt || xk === K.UntypedRune || xk === K.UntypedFloat || xk === K.UntypedComplex) && !isNumeric(target)) {
        return { code: "invalid" };
      }
      if (xk === K.UntypedString && !isString(target)) return { code: "invalid" };
      if (xk === K.UntypedNil && !hasNil(target)) return { code: "invalid" };
      return { type: target };
    }
    case "Interface":
      if (isNil(x)) return { type: target };
      if ((u.allMethods ?? []).length > 0) return { code: "invalid" };
      return { type: defaultType(x.type) };
    case "Pointer": case "Signature": case "Slice": case "Map": case "Chan":
      if (!isNil(x)) return { code: "invalid" };
      // Keep nil untyped (go/types): comparisons must still see it as nil.
      return { type: x.type };
    default:
      return { code: "invalid" };
  }
}

/** convertUntyped converts an untyped x to target's type (or reports why not). */
export function convertUntyped(c: Checker, x: Operand, target: types.Type): void {
  const r = implicitTypeAndValue(c, x, target);
  if (r.code) {
    const t = target.tag === "Named" ? under(target) : target;
    invalidConversion(c, r.code, x, t);
    x.mode = "invalid";
    return;
  }
  if (r.val) {
    x.val = r.val;
    updateExprVal(c, x.expr, r.val);
  }
  if (r.type !== x.type) {
    x.type = r.type!;
    updateExprType(c, x.expr, r.type!, false);
  }
}

function updateExprVal(c: Checker, e: ast.Expr | undefined, val: constant.ConstValue): void {
  if (!e) return;
  const u = c.untyped.get(e);
  if (u) u.val = val;
}

/** updateExprType records the final type of an untyped expression tree (go/types updateExprType). */
export function updateExprType(c: Checker, e: ast.Expr | undefined, t: types.Type, final: boolean): void {
  if (!e) return;
  const old = c.untyped.get(e);
  if (!old) return;
  switch (e.kind) {
    case "ParenExpr":
      updateExprType(c, e.x, t, final);
      break;
    case "UnaryExpr":
      if (old.val === undefined) updateExprType(c, e.x, t, final);
      break;
    case "BinaryExpr":
      if (old.val !== undefined) break;
      if (["==", "!=", "<", "<=", ">", ">="].includes(e.op)) break;
      if (e.op === "<<" || e.op === ">>") {
        updateExprType(c, e.x, t, final);
      } else {
        updateExprType(c, e.x, t, final);
        updateExprType(c, e.y, t, final);
      }
      break;
    default:
      break;
  }
  if (!final && isUntyped(t)) {
    old.type = under(t) as types.Basic;
    return;
  }
  c.untyped.delete(e);
  if (old.isLhs && !isInteger(t)) {
    c.error(e.pos, `invalid operation: shifted operand ${c.es(e)} (type ${c.ts(t)}) must be integer`);
    return;
  }
  if (old.val !== undefined) {
    const x: Operand = { mode: old.mode as Operand["mode"], expr: e, type: old.type, val: old.val };
    convertUntyped(c, x, t);
    if (x.mode === "invalid") return;
  }
  c.recordTypeAndValue(e, old.mode, t, old.val);
}

/** overflow checks a constant result (go/types check.overflow). */
export function overflow(c: Checker, x: Operand, opPos: ast.Pos): void {
  if (x.val!.kind === "unknown") {
    c.error(opPos, "constant result is not representable");
    return;
  }
  if (isTyped(x.type)) {
    representable(c, x, under(x.type) as types.Basic);
    return;
  }
  if (x.val!.kind === "int" && constant.bitLen(x.val!.v) > 512) {
    const op = opName(x.expr);
    c.error(opPos, `constant ${op ? op + " " : ""}overflow`);
    x.val = constant.unknown;
  }
}

function opName(e: ast.Expr | undefined): string {
  if (!e) return "";
  if (e.kind === "BinaryExpr") {
    const names: Record<string, string> = {
      "+": "addition", "-": "subtraction", "^": "bitwise XOR", "*": "multiplication", "<<": "shift",
    };
    return names[e.op] ?? "";
  }
  if (e.kind === "UnaryExpr") {
    const names: Record<string, string> = { "+": "unary plus", "-": "negation", "^": "bitwise complement" };
    return names[e.op] ?? "";
  }
  return "";
}

/** The precision in bits for ^x on an unsigned typed constant, else 0. */
export function unsignedPrec(t: types.Type): number {
  const u = under(t);
  if (u.tag === "Basic" && isInteger(u) && (u.info & types.BasicInfo.IsUnsigned) !== 0) return basicSize(u.kind) * 8;
  return 0;
}

export { Typ };
