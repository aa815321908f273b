// Expressions: the central dispatch, identifiers, unary and binary operations.
//
// Models go/types expr.go (Go 1.19, types2 messages as gc prints them): rawExpr/exprInternal,
// unary, binary, shift, comparison, matchTypes, and the wrappers expr/multiExpr/exprWithHint/
// exprOrType; and ident from typexpr.go.
//
// Invariants:
//   - rawExpr records every expression: typed ones in Info.types at once, untyped ones in
//     Checker.untyped until their final type is known (see const.ts).
//   - Errors are reported at the start of the offending operand, except where go/types reports
//     at the operator (constant overflow of an operation).

import type * as ast from "../ast.js";
import { startPos } from "./errors.js";
import * as types from "../types.js";
import { BasicKind as K } from "../types.js";
import * as constant from "../constant.js";
import type { Checker } from "./check.js";
import { newOperand, isNil, assignableTo, type Operand } from "./operand.js";
import { bad } from "./operand.js";
import {
  comparable, defaultType, hasNil, identical, isBoolean, isInteger, isInterface, isNumeric,
  isOrdered, isString, isTyped, isUntyped, under, isUnsigned, isComplex,
} from "./predicates.js";
import { Typ, invalidType, universeIota } from "./universe.js";
import { convertUntyped, overflow, representable, unsignedPrec, updateExprType } from "./const.js";
import { instantiatedType, isGenericType, typ } from "./typexpr.js";
import { callExpr, selector } from "./call.js";
import { funcInst, indexExpr, sliceExpr, typeAssertion } from "./index.js";
import { genericFuncOf } from "./generic.js";
import { compositeLit, funcLit } from "./literals.js";
import { objDecl, NoType } from "./decl.js";

const invalidOp = "invalid operation: ";

/** rawExpr checks e, records it, and returns (go/types rawExpr). hint is a composite literal's
 *  element type for elided types. */
export function rawExpr(c: Checker, x: Operand, e: ast.Expr, hint: types.Type | undefined): void {
  exprInternal(c, x, e, hint);
  record(c, x);
}

function record(c: Checker, x: Operand): void {
  if (x.mode === "invalid" || !x.expr) return;
  const t = x.mode === "novalue" ? new types.Tuple([]) : x.type;
  const val = x.mode === "constant" ? x.val : undefined;
  if (isUntyped(t)) {
    c.untyped.set(x.expr, { isLhs: false, mode: x.mode as types.Mode, type: t as types.Basic, val });
  } else {
    c.recordTypeAndValue(x.expr, x.mode as types.Mode, t, val);
  }
}

function exclude(c: Checker, x: Operand, modes: ("novalue" | "builtin" | "typexpr")[]): void {
  if (!modes.includes(x.mode as "novalue")) return;
  let msg: string;
  if (x.mode === "novalue") msg = modes.includes("typexpr") ? "used as value" : "used as value or type";
  else if (x.mode === "builtin") msg = "must be called";
  else msg = "is not an expression";
  c.error(startPos(x.expr!), `${c.os(x)} ${msg}`);
  x.mode = "invalid";
}

function singleValue(c: Checker, x: Operand): void {
  if (x.mode === "value" && x.type.tag === "Tuple") {
    c.error(startPos(x.expr!), `multiple-value ${c.os(x)} in single-value context`);
    x.mode = "invalid";
  }
}

/** A generic type or function used as an operand must be instantiated first (types2
 *  nonGeneric, which rawExpr runs unless the context allows a generic operand: a call's
 *  function, an index expression's operand). */
function notGeneric(c: Checker, x: Operand): void {
  if (x.mode === "typexpr" && x.expr && isGenericType(x.type)) {
    c.error(startPos(x.expr), `cannot use generic type ${c.es(x.expr)} without instantiation`);
    x.mode = "invalid";
    x.type = invalidType;
    return;
  }
  if (x.mode !== "value" || !x.expr || (!x.partial && !genericFuncOf(c, x.expr))) return;
  c.error(startPos(x.expr), `cannot use generic function ${c.es(x.expr)} without instantiation`);
  x.mode = "invalid";
  x.partial = undefined;
}

/** expr checks a single-valued expression. */
export function expr(c: Checker, x: Operand, e: ast.Expr): void {
  rawExpr(c, x, e, undefined);
  notGeneric(c, x);
  exclude(c, x, ["novalue", "builtin", "typexpr"]);
  singleValue(c, x);
}

/** multiExpr checks an expression that may be a multi-value call; returns the values. */
export function multiExpr(c: Checker, e: ast.Expr): Operand[] {
  const x = newOperand();
  rawExpr(c, x, e, undefined);
  notGeneric(c, x);
  exclude(c, x, ["novalue", "builtin", "typexpr"]);
  if (x.mode !== "invalid" && x.type.tag === "Tuple") {
    return x.type.vars.map((v) => ({ mode: "value", expr: e, type: v.type }));
  }
  return [x];
}

export function exprWithHint(c: Checker, x: Operand, e: ast.Expr, hint: types.Type | undefined): void {
  rawExpr(c, x, e, hint);
  notGeneric(c, x);
  exclude(c, x, ["novalue", "builtin", "typexpr"]);
  singleValue(c, x);
}

/** allowGeneric: the context takes a generic operand (a call's function, an index's operand). */
export function exprOrType(c: Checker, x: Operand, e: ast.Expr, allowGeneric = false): void {
  rawExpr(c, x, e, undefined);
  if (!allowGeneric) notGeneric(c, x);
  exclude(c, x, ["novalue"]);
  singleValue(c, x);
}

function exprInternal(c: Checker, x: Operand, e: ast.Expr, hint: types.Type | undefined): void {
  exprInternal0(c, x, e, hint);
  x.expr = e;
}

function exprInternal0(c: Checker, x: Operand, e: ast.Expr, hint: types.Type | undefined): void {
  x.mode = "invalid";
  x.type = invalidType;
  x.val = undefined;
  x.expr = e;
  switch (e.kind) {
    case "BadExpr":
      return;
    case "Ident":
      identExpr(c, x, e, false);
      return;
    case "Ellipsis":
      c.error(e.pos, "invalid use of ...");
      return;
    case "BasicLit":
      basicLit(c, x, e);
      return;
    case "FuncLit":
      funcLit(c, x, e);
      return;
    case "CompositeLit":
      compositeLit(c, x, e, hint);
      return;
    case "ParenExpr":
      rawExpr(c, x, e.x, undefined);
      x.expr = e;
      return;
    case "SelectorExpr":
      selector(c, x, e, false);
      return;
    case "IndexExpr":
      indexExpr(c, x, e);
      return;
    case "IndexListExpr": {
      exprOrType(c, x, e.x, true);
      if (x.mode === "invalid") return;
      if (x.mode === "typexpr") {
        const t = instantiatedType(c, e);
        x.mode = t === invalidType ? "invalid" : "typexpr";
        x.type = t;
        return;
      }
      const gf = x.mode === "value" ? genericFuncOf(c, e.x) : undefined;
      if (gf) funcInst(c, x, e, gf);
      else {
        c.error(e.pos, `invalid operation: cannot index ${c.os(x)}`);
        x.mode = "invalid";
      }
      return;
    }
    case "SliceExpr":
      sliceExpr(c, x, e);
      return;
    case "TypeAssertExpr":
      typeAssertion(c, x, e);
      return;
    case "CallExpr":
      callExpr(c, x, e);
      return;
    case "StarExpr":
      starExpr(c, x, e);
      return;
    case "UnaryExpr":
      unary(c, x, e);
      return;
    case "BinaryExpr":
      binary(c, x, e, e.x, e.y, e.op, e.opPos);
      return;
    case "KeyValueExpr":
      c.error(e.pos, "no key:value expected");
      return;
    default:
      x.mode = "typexpr";
      x.type = typ(c, e);
      x.expr = e;
      if (x.type === invalidType) x.mode = "invalid";
      return;
  }
}

function basicLit(c: Checker, x: Operand, e: ast.BasicLit): void {
  const kinds = { INT: K.UntypedInt, FLOAT: K.UntypedFloat, IMAG: K.UntypedComplex, CHAR: K.UntypedRune, STRING: K.UntypedString };
  const v = constant.makeFromLiteral(e.value, e.tok);
  if (v.kind === "unknown") {
    c.error(e.pos, `malformed constant: ${e.value}`);
    return;
  }
  if (v.kind === "int" && constant.bitLen(v.v) > 512) {
    c.error(e.pos, `excessively large constant: ${e.value}`);
    return;
  }
  x.mode = "constant";
  x.type = Typ[kinds[e.tok]]!;
  x.val = v;
}

function starExpr(c: Checker, x: Operand, e: ast.StarExpr): void {
  exprOrType(c, x, e.x);
  x.expr = e;
  switch (x.mode) {
    case "invalid":
      return;
    case "typexpr":
      x.type = new types.Pointer(x.type);
      return;
    default: {
      if (isNil(x)) {
        c.error(e.x.pos, `${invalidOp}cannot indirect nil`);
        x.mode = "invalid";
        return;
      }
      const u = under(x.type);
      if (u.tag !== "Pointer") {
        x.expr = e.x;
        c.error(e.x.pos, `${invalidOp}cannot indirect ${c.os(x)}`);
        x.mode = "invalid";
        return;
      }
      x.expr = e;
      x.mode = "variable";
      x.type = u.elem;
    }
  }
}

/** identExpr resolves an identifier (go/types ident). wantType: a type is expected. */
export function identExpr(c: Checker, x: Operand, e: ast.Ident, wantType: boolean): void {
  x.mode = "invalid";
  x.expr = e;
  x.type = invalidType;
  const obj = c.ctx.scope.lookupParent(e.name);
  if (!obj) {
    if (e.name === "_") c.error(e.pos, "cannot use _ as value");
    else c.error(e.pos, `undefined: ${e.name}`);
    return;
  }
  c.recordUse(e, obj);
  if (obj.type === NoType || (obj.tag === "TypeName" && wantType) || (obj.tag === "Func" && c.funcPending.has(obj))) {
    objDecl(c, obj);
  }
  const dot = c.dotImports.get(obj);
  if (dot) dot.used = true;
  const t = obj.type;
  switch (obj.tag) {
    case "PkgName":
      c.error(e.pos, `use of package ${obj.name} not in selector`);
      return;
    case "Const":
      c.addDep(obj);
      if (t === invalidType || t === NoType) return;
      if (obj === universeIota) {
        if (!c.ctx.iota) {
          c.error(e.pos, "cannot use iota outside constant declaration");
          return;
        }
        x.val = c.ctx.iota;
      } else {
        x.val = obj.val;
      }
      x.mode = "constant";
      break;
    case "TypeName":
      if (c.brokenAliases.has(obj)) {
        c.error(e.pos, `invalid use of type alias ${obj.name} in recursive type (see issue #50729)`);
        return;
      }
      x.mode = "typexpr";
      if (t === invalidType || t === NoType) {
        x.mode = "invalid";
        return;
      }
      break;
    case "Var":
      if (obj.pkg === c.pkg) obj.used = true;
      c.addDep(obj);
      if (t === invalidType || t === NoType) return;
      x.mode = "variable";
      break;
    case "Func":
      c.addDep(obj);
      x.mode = "value";
      break;
    case "Builtin":
      x.mode = "builtin";
      x.builtinName = obj.name;
      break;
    case "Nil":
      x.mode = "value";
      break;
    default:
      return;
  }
  x.type = t;
}

// ---- Unary ----

function unary(c: Checker, x: Operand, e: ast.UnaryExpr): void {
  expr(c, x, e.x);
  if (x.mode === "invalid") return;
  if (e.op === "&") {
    let inner = e.x;
    while (inner.kind === "ParenExpr") inner = inner.x;
    if (inner.kind !== "CompositeLit" && x.mode !== "variable") {
      c.error(startPos(x.expr!), `${invalidOp}cannot take address of ${c.os(x)}`);
      x.mode = "invalid";
      return;
    }
    x.mode = "value";
    x.type = new types.Pointer(x.type);
    x.expr = e;
    return;
  }
  if (e.op === "<-") {
    const u = under(x.type);
    if (u.tag !== "Chan") {
      c.error(startPos(x.expr!), `${invalidOp}cannot receive from non-channel ${c.os(x)}`);
      x.mode = "invalid";
      return;
    }
    if (u.dir === "send") {
      c.error(startPos(x.expr!), `${invalidOp}cannot receive from send-only channel ${c.os(x)}`);
      x.mode = "invalid";
      return;
    }
    x.mode = "commaok";
    x.type = u.elem;
    x.expr = e;
    c.ctx.hasCallOrRecv = true;
    return;
  }
  const ok = e.op === "!" ? isBoolean(x.type) : e.op === "^" ? isInteger(x.type) : isNumeric(x.type);
  if (!ok) {
    c.error(startPos(x.expr!), `${invalidOp}operator ${e.op} not defined on ${c.os(x)}`);
    x.mode = "invalid";
    return;
  }
  if (x.mode === "constant") {
    if (x.val!.kind === "unknown") return;
    const prec = isUnsigned(x.type) ? unsignedPrec(x.type) : 0;
    x.val = constant.unaryOp(e.op as "+" | "-" | "^" | "!", x.val!, prec);
    x.expr = e;
    overflow(c, x, e.pos);
    return;
  }
  x.mode = "value";
  x.expr = e;
}

// ---- Binary ----

function isComparison(op: string): boolean {
  return op === "==" || op === "!=" || op === "<" || op === "<=" || op === ">" || op === ">=";
}

function mayConvert(x: Operand, y: Operand): boolean {
  if (isTyped(x.type) && isTyped(y.type)) return false;
  if (isNumeric(x.type) !== isNumeric(y.type)) return false;
  if (isInterface(x.type) || isInterface(y.type)) return true;
  if (isBoolean(x.type) !== isBoolean(y.type)) return false;
  if (isString(x.type) !== isString(y.type)) return false;
  if (isNil(x)) return hasNil(y.type);
  if (isNil(y)) return hasNil(x.type);
  if (under(x.type).tag === "Pointer" || under(y.type).tag === "Pointer") return false;
  return true;
}

function matchTypes(c: Checker, x: Operand, y: Operand): void {
  if (mayConvert(x, y)) {
    convertUntyped(c, x, y.type);
    if (x.mode === "invalid") return;
    convertUntyped(c, y, x.type);
    if (y.mode === "invalid") x.mode = "invalid";
  }
}

const binaryPred: Record<string, (t: types.Type) => boolean> = {
  "+": (t) => isNumeric(t) || isString(t),
  "-": isNumeric, "*": isNumeric, "/": isNumeric,
  "%": isInteger, "&": isInteger, "|": isInteger, "^": isInteger, "&^": isInteger,
  "&&": isBoolean, "||": isBoolean,
};

/** binary checks x op y; e is undefined for assignment operations (x op= y). */
export function binary(
  c: Checker,
  x: Operand,
  e: ast.Expr | undefined,
  lhs: ast.Expr,
  rhs: ast.Expr,
  op: string,
  opPos: ast.Pos,
): void {
  const y = newOperand();
  expr(c, x, lhs);
  expr(c, y, rhs);
  if (x.mode === "invalid") return;
  if (y.mode === "invalid") {
    x.mode = "invalid";
    x.expr = y.expr;
    return;
  }
  if (op === "<<" || op === ">>") {
    shift(c, x, y, e, op, opPos);
    return;
  }
  matchTypes(c, x, y);
  if (bad(x)) return;
  if (isComparison(op)) {
    comparison(c, x, y, op, false);
    if (e) x.expr = e;
    return;
  }
  if (!identical(x.type, y.type)) {
    if (x.type !== invalidType && y.type !== invalidType) {
      const what = e ? c.es(e) : `${c.es(lhs)} ${op}= ${c.es(rhs)}`;
      c.error(startPos(x.expr!), `${invalidOp}${what} (mismatched types ${c.ts(x.type)} and ${c.ts(y.type)})`);
    }
    x.mode = "invalid";
    return;
  }
  if (!binaryPred[op]!(x.type)) {
    c.error(startPos(x.expr!), `${invalidOp}operator ${op} not defined on ${c.os(x)}`);
    x.mode = "invalid";
    return;
  }
  if (op === "/" || op === "%") {
    if ((x.mode === "constant" || isInteger(x.type)) && y.mode === "constant" && constant.sign(y.val!) === 0) {
      c.error(startPos(y.expr!), `${invalidOp}division by zero`);
      x.mode = "invalid";
      return;
    }
    if (x.mode === "constant" && y.mode === "constant" && isComplex(x.type)) {
      const re = constant.realPart(y.val!);
      const im = constant.imagPart(y.val!);
      if (constant.sign(re) === 0 && constant.sign(im) === 0) {
        c.error(startPos(y.expr!), `${invalidOp}division by zero`);
        x.mode = "invalid";
        return;
      }
    }
  }
  if (x.mode === "constant" && y.mode === "constant") {
    if (x.val!.kind === "unknown" || y.val!.kind === "unknown") {
      x.val = constant.unknown;
      return;
    }
    x.val = constant.binaryOp(x.val!, op as constant.ConstBinOp, y.val!, op === "/" && isInteger(x.type));
    x.expr = e ?? x.expr;
    overflow(c, x, opPos);
    return;
  }
  x.mode = "value";
  if (e) x.expr = e;
}

function kindString(c: Checker, t: types.Type): string {
  const u = under(t);
  switch (u.tag) {
    case "Array": return "array";
    case "Slice": return "slice";
    case "Struct": return "struct";
    case "Pointer": return "pointer";
    case "Signature": return "func";
    case "Interface": return "interface";
    case "Map": return "map";
    case "Chan": return "chan";
    default: return c.ts(t);
  }
}

function incomparableCause(c: Checker, t: types.Type): string {
  const u = under(t);
  if (u.tag === "Slice" || u.tag === "Signature" || u.tag === "Map") return `${kindString(c, t)} can only be compared to nil`;
  if (u.tag === "Struct") {
    for (const f of u.fields) {
      if (!comparable(f.type)) return `struct containing ${c.ts(f.type)} cannot be compared`;
    }
  }
  if (u.tag === "Array") return `${c.ts(t)} cannot be compared`;
  return "";
}

/** comparison checks x op y for a comparison operator (go/types comparison). */
export function comparison(c: Checker, x: Operand, y: Operand, op: string, switchCase: boolean): void {
  if (x.type === invalidType || y.type === invalidType) {
    x.mode = "invalid";
    return;
  }
  if (switchCase) op = "==";
  let errOp = x;
  let cause = "";
  let ok = assignableTo(c, x, y.type) || assignableTo(c, y, x.type);
  if (!ok) {
    errOp = y;
    cause = `mismatched types ${c.ts(x.type)} and ${c.ts(y.type)}`;
  } else if (op === "==" || op === "!=") {
    if (isNil(x) || isNil(y)) {
      const t = isNil(x) ? y.type : x.type;
      if (!hasNil(t)) {
        errOp = y;
        ok = false;
      }
    } else if (!comparable(x.type)) {
      errOp = x;
      cause = incomparableCause(c, x.type);
      ok = false;
    } else if (!comparable(y.type)) {
      errOp = y;
      cause = incomparableCause(c, y.type);
      ok = false;
    }
  } else if (!isOrdered(x.type)) {
    errOp = x;
    ok = false;
  } else if (!isOrdered(y.type)) {
    errOp = y;
    ok = false;
  }
  if (!ok) {
    if (cause === "") cause = `operator ${op} not defined on ${kindString(c, errOp.type)}`;
    if (switchCase) {
      c.error(startPos(x.expr!), `invalid case ${c.es(x.expr!)} in switch on ${c.es(y.expr!)} (${cause})`);
    } else {
      c.error(startPos(errOp.expr!), `${invalidOp}${c.es(x.expr!)} ${op} ${c.es(y.expr!)} (${cause})`);
    }
    x.mode = "invalid";
    return;
  }
  if (x.mode === "constant" && y.mode === "constant") {
    x.val = constant.makeBool(constant.compare(x.val!, op as constant.CmpOp, y.val!));
  } else {
    x.mode = "value";
    x.val = undefined;
    updateExprType(c, x.expr, defaultType(x.type), true);
    updateExprType(c, y.expr, defaultType(y.type), true);
  }
  x.type = Typ[K.UntypedBool]!;
}

function shift(c: Checker, x: Operand, y: Operand, e: ast.Expr | undefined, op: "<<" | ">>", opPos: ast.Pos): void {
  let xval: constant.ConstValue | undefined;
  if (x.mode === "constant") xval = constant.toInt(x.val!);
  if (!(isInteger(x.type) || (isUntyped(x.type) && xval && xval.kind === "int"))) {
    c.error(startPos(x.expr!), `${invalidOp}shifted operand ${c.os(x)} must be integer`);
    x.mode = "invalid";
    return;
  }
  let yval: constant.ConstValue | undefined;
  if (y.mode === "constant") {
    yval = constant.toInt(y.val!);
    if (yval.kind === "int" && yval.v < 0n) {
      c.error(startPos(y.expr!), `${invalidOp}negative shift count ${c.os(y)}`);
      x.mode = "invalid";
      return;
    }
    if (isUntyped(y.type)) {
      representable(c, y, Typ[K.Uint]!);
      if (bad(y)) {
        x.mode = "invalid";
        return;
      }
    }
  } else if (isInteger(y.type)) {
    // ok
  } else if (isUntyped(y.type)) {
    convertUntyped(c, y, Typ[K.Uint]!);
    if (y.mode === "invalid") {
      x.mode = "invalid";
      return;
    }
  } else {
    c.error(startPos(y.expr!), `${invalidOp}shift count ${c.os(y)} must be integer`);
    x.mode = "invalid";
    return;
  }
  if (x.mode === "constant") {
    if (y.mode === "constant") {
      if (x.val!.kind === "unknown" || y.val!.kind === "unknown") {
        x.val = constant.unknown;
        if (!isInteger(x.type)) x.type = Typ[K.UntypedInt]!;
        return;
      }
      const s = yval && yval.kind === "int" ? yval.v : -1n;
      if (s < 0n || s > 1023n - 1n + 52n) {
        c.error(startPos(y.expr!), `${invalidOp}invalid shift count ${c.os(y)}`);
        x.mode = "invalid";
        return;
      }
      if (!isInteger(x.type)) x.type = Typ[K.UntypedInt]!;
      x.val = constant.shift(xval!, op, Number(s));
      if (e) x.expr = e;
      overflow(c, x, opPos);
      return;
    }
    if (isUntyped(x.type)) {
      const info = c.untyped.get(x.expr!);
      if (info) info.isLhs = true;
      x.mode = "value";
      if (e) x.expr = e;
      return;
    }
  }
  if (!isInteger(x.type)) {
    c.error(startPos(x.expr!), `${invalidOp}shifted operand ${c.os(x)} must be integer`);
    x.mode = "invalid";
    return;
  }
  x.mode = "value";
  if (e) x.expr = e;
}
