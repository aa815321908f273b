// Index, slice and type-assertion expressions.
//
// Models go/types index.go (indexExpr, sliceExpr, index, isValidIndex) and the assertion parts
// of expr.go (typeAssertion) of Go 1.19, without generic instantiation.
//
// Invariants: a constant index is converted to int and checked against a statically known
// length (arrays, pointers to arrays, constant strings).

import type * as ast from "../ast.js";
import { startPos } from "./errors.js";
import * as types from "../types.js";
import { BasicKind as K } from "../types.js";
import * as constant from "../constant.js";
import type { Checker } from "./check.js";
import { newOperand, type Operand } from "./operand.js";
import { bad } from "./operand.js";
import { expr, exprOrType } from "./expr.js";
import { isInteger, isString, isUntyped, under } from "./predicates.js";
import { Typ, invalidType, universeByte } from "./universe.js";
import { convertUntyped, representableConst } from "./const.js";
import { assignment } from "./assignments.js";
import { varType } from "./typexpr.js";
import { assertableTo } from "./lookup.js";
import { missingReason } from "./operand.js";
import { genericFuncOf, inferFromConstraints, instantiate, recordInstance, templateString } from "./generic.js";
import { instantiatedType } from "./typexpr.js";

const invalidOp = "invalid operation: ";

/** F[int] or F[int, string]: a generic function given type arguments (types2 funcInst). With
 *  all of them it is the instance; with fewer, the call infers the rest (Operand.partial). */
export function funcInst(c: Checker, x: Operand, e: ast.IndexExpr | ast.IndexListExpr, gf: types.Func): void {
  const g = gf.generic!;
  const list = e.kind === "IndexExpr" ? [e.index] : e.indices;
  const targs = list.map((a) => varType(c, a));
  x.expr = e;
  if (targs.length > g.tparams.length) {
    c.error(list[targs.length - 1]!.pos, `got ${targs.length} type arguments but want ${g.tparams.length}`);
    x.mode = "invalid";
    return;
  }
  const all = targs.length < g.tparams.length ? inferFromConstraints(gf, targs) : targs;
  if (all === undefined) {
    x.partial = { fn: gf, targs };
    return;
  }
  const inst = instantiate(c, templateString(c, gf.name, g), g, all, e.pos, (i) => list[i]?.pos ?? e.pos);
  if (!inst || inst.tag !== "Func") {
    x.mode = "invalid";
    return;
  }
  recordInstance(c, e, inst);
  x.mode = "value";
  x.type = inst.type;
}
const invalidArg = "invalid argument: ";

export function indexExpr(c: Checker, x: Operand, e: ast.IndexExpr): void {
  exprOrType(c, x, e.x, true);
  if (x.mode === "invalid") {
    const y = newOperand();
    expr(c, y, e.index);
    return;
  }
  if (x.mode === "typexpr") {
    // A generic type's instance, as a conversion's or a literal's type (List[int]{}).
    const t = instantiatedType(c, e);
    x.mode = t === invalidType ? "invalid" : "typexpr";
    x.type = t;
    return;
  }
  const gf = x.mode === "value" ? genericFuncOf(c, e.x) : undefined;
  if (gf) {
    funcInst(c, x, e, gf);
    return;
  }
  let valid = false;
  let length = -1;
  const u = under(x.type);
  switch (u.tag) {
    case "Basic":
      if (isString(u)) {
        valid = true;
        if (x.mode === "constant" && x.val!.kind === "string") length = x.val!.v.length;
        x.mode = "value";
        x.type = universeByte;
      }
      break;
    case "Array":
      valid = true;
      length = u.len;
      if (x.mode !== "variable") x.mode = "value";
      x.type = u.elem;
      break;
    case "Pointer": {
      const a = under(u.elem);
      if (a.tag === "Array") {
        valid = true;
        length = a.len;
        x.mode = "variable";
        x.type = a.elem;
      }
      break;
    }
    case "Slice":
      valid = true;
      x.mode = "variable";
      x.type = u.elem;
      break;
    case "Map": {
      const key = newOperand();
      expr(c, key, e.index);
      assignment(c, key, u.key, "map index");
      x.mode = "mapindex";
      x.type = u.elem;
      x.expr = e;
      return;
    }
    default:
      break;
  }
  if (!valid) {
    c.error(startPos(x.expr!), `${invalidOp}cannot index ${c.os(x)}`);
    x.mode = "invalid";
    return;
  }
  index(c, e.index, length);
}

/** index checks an index expression against max (if >= 0); returns the constant value or -1. */
export function index(c: Checker, e: ast.Expr, max: number): number {
  const x = newOperand();
  expr(c, x, e);
  if (!isValidIndex(c, x, "index", false)) return -1;
  if (x.mode !== "constant") return -1;
  if (x.val!.kind !== "int") return -1;
  const v = Number(x.val!.v);
  if (max >= 0 && v >= max) {
    c.error(startPos(x.expr!), `${invalidArg}index ${constant.constString(x.val!)} out of bounds [0:${max}]`);
    return -1;
  }
  return v;
}

export function isValidIndex(c: Checker, x: Operand, what: string, allowNegative: boolean): boolean {
  if (x.mode === "invalid") return false;
  convertUntyped(c, x, Typ[K.Int]!);
  if (bad(x)) return false;
  if (!isInteger(x.type)) {
    c.error(startPos(x.expr!), `${invalidArg}${what} ${c.os(x)} must be integer`);
    return false;
  }
  if (x.mode === "constant") {
    if (!allowNegative && constant.sign(x.val!) < 0) {
      c.error(startPos(x.expr!), `${invalidArg}${what} ${c.os(x)} must not be negative`);
      return false;
    }
    const v = representableConst(x.val!, Typ[K.Int]!);
    if (!v) {
      c.error(startPos(x.expr!), `${invalidArg}${what} ${c.os(x)} overflows int`);
      return false;
    }
    x.val = v;
  }
  return true;
}

export function sliceExpr(c: Checker, x: Operand, e: ast.SliceExpr): void {
  expr(c, x, e.x);
  if (x.mode === "invalid") {
    for (const i of [e.low, e.high, e.max]) if (i) expr(c, newOperand(), i);
    return;
  }
  let valid = false;
  let length = -1;
  const u = under(x.type);
  if (u.tag === "Basic" && isString(u)) {
    if (e.slice3) {
      c.error((e.max ?? e).pos, `${invalidOp}3-index slice of string`);
      x.mode = "invalid";
      return;
    }
    valid = true;
    if (x.mode === "constant" && x.val!.kind === "string") length = x.val!.v.length;
    if (isUntyped(x.type)) x.type = Typ[K.String]!;
  } else if (u.tag === "Array") {
    valid = true;
    length = u.len;
    if (x.mode !== "variable") {
      c.error(startPos(x.expr!), `${invalidOp}${c.os(x)} (slice of unaddressable value)`);
      x.mode = "invalid";
      return;
    }
    x.type = new types.Slice(u.elem);
  } else if (u.tag === "Pointer" && under(u.elem).tag === "Array") {
    const a = under(u.elem) as types.ArrayT;
    valid = true;
    length = a.len;
    x.type = new types.Slice(a.elem);
  } else if (u.tag === "Slice") {
    valid = true;
  }
  if (!valid) {
    c.error(startPos(x.expr!), `cannot slice ${c.os(x)}`);
    x.mode = "invalid";
    return;
  }
  x.mode = "value";
  if (e.slice3 && (!e.high || !e.max)) {
    c.error(e.pos, "middle/final index required in 3-index slice");
    x.mode = "invalid";
    return;
  }
  const idx = [e.low, e.high, e.slice3 ? e.max : undefined];
  const ind: number[] = [];
  idx.forEach((ie, i) => {
    let v = -1;
    if (ie) {
      const max = length >= 0 ? length + 1 : -1;
      const r = index(c, ie, max);
      if (r >= 0) v = r;
    } else if (i === 0) v = 0;
    else if (length >= 0) v = length;
    ind.push(v);
  });
  for (let i = 0; i < ind.length - 1; i++) {
    const a = ind[i]!;
    if (a <= 0) continue;
    for (let j = i + 1; j < ind.length; j++) {
      const b = ind[j]!;
      if (b >= 0 && b < a && idx[j]) {
        c.error(idx[j]!.pos, `invalid slice indices: ${b} < ${a}`);
        return;
      }
    }
  }
}

export function typeAssertion(c: Checker, x: Operand, e: ast.TypeAssertExpr): void {
  expr(c, x, e.x);
  if (x.mode === "invalid") return;
  if (!e.type) {
    c.error(e.pos, "use of .(type) outside type switch");
    x.mode = "invalid";
    return;
  }
  const xu = under(x.type);
  if (xu.tag !== "Interface") {
    c.error(startPos(x.expr!), `${invalidOp}${c.os(x)} is not an interface`);
    x.mode = "invalid";
    return;
  }
  const T = varType(c, e.type);
  if (T === invalidType) {
    x.mode = "invalid";
    return;
  }
  checkAssertable(c, e, x, T, false);
  x.mode = "commaok";
  x.type = T;
}

/** checkAssertable reports an impossible assertion x.(T) (go/types typeAssertion). */
export function checkAssertable(c: Checker, e: ast.Expr, x: Operand, T: types.Type, typeSwitch: boolean): void {
  const m = assertableTo(under(x.type) as types.Interface, T);
  // In an instance the types may come from type parameters, which Go checks at run time.
  if (!m || c.inInstance) return;
  const cause = missingReason(c, T, m);
  if (typeSwitch) {
    c.error(e.pos, `impossible type switch case: ${c.es(e)}\n\t${c.os(x)} cannot have dynamic type ${c.ts(T)} ${cause}`);
    return;
  }
  c.error(e.pos, `impossible type assertion: ${c.es(e)}\n\t${c.ts(T)} does not implement ${c.ts(x.type)} ${cause}`);
}
