// Composite literals and function literals.
//
// Models the CompositeLit and FuncLit cases of go/types expr.go (Go 1.19) and indexedElts.
//
// Invariants:
//   - A literal with an elided type takes the enclosing element type (hint); an elided &T{...}
//     takes the pointer type *T, and Info.types records *T for it.
//   - A [...]T literal's array type is created once its length is known and recorded for the
//     ArrayType node.
//   - A function literal inside a function is checked at once; one in a package-level
//     initializer is checked after all package objects (its body may refer to them).

import type * as ast from "../ast.js";
import { startPos, kvColon } from "./errors.js";
import * as types from "../types.js";
import type { Checker } from "./check.js";
import { newOperand, type Operand } from "./operand.js";
import { expr, exprWithHint } from "./expr.js";
import { identical, isInterface, under, isExported } from "./predicates.js";
import { invalidType } from "./universe.js";
import { assignment } from "./assignments.js";
import { typ, varType, funcType } from "./typexpr.js";
import { index } from "./index.js";
import { constString, constEqual } from "../constant.js";
import { funcBody } from "./stmt.js";
import { deref } from "./lookup.js";

export function funcLit(c: Checker, x: Operand, e: ast.FuncLit): void {
  const sig = funcType(c, undefined, e.type, undefined);
  c.recordTypeAndValue(e.type, "typexpr", sig);
  const decl = c.ctx.decl;
  const iota = c.ctx.iota;
  const run = () => funcBody(c, decl, "<function literal>", sig, e.body, iota);
  if (c.ctx.sig) {
    const saved = c.ctx;
    run();
    c.ctx = saved;
  } else {
    c.later(run);
  }
  x.mode = "value";
  x.type = sig;
}

export function compositeLit(c: Checker, x: Operand, e: ast.CompositeLit, hint: types.Type | undefined): void {
  let t: types.Type;
  let base: types.Type;
  let openArray: types.Type | undefined;
  if (e.type) {
    if (e.type.kind === "ArrayType" && e.type.len && e.type.len.kind === "Ellipsis" && !e.type.len.elt) {
      openArray = varType(c, e.type.elt);
      t = invalidType;
      base = invalidType;
    } else {
      t = typ(c, e.type);
      base = t;
    }
  } else if (hint) {
    t = hint;
    base = deref(under(hint))[0];
  } else {
    c.error(e.pos, "invalid composite literal type: missing type");
    x.mode = "invalid";
    return;
  }
  if (openArray) {
    const n = indexedElts(c, e.elts, openArray, -1);
    t = new types.ArrayT(openArray, n);
    c.recordTypeAndValue(e.type!, "typexpr", t);
    x.mode = "value";
    x.type = t;
    return;
  }
  const u = under(base);
  switch (u.tag) {
    case "Struct":
      structLit(c, e, u, base, t);
      break;
    case "Array": {
      indexedElts(c, e.elts, u.elem, u.len);
      break;
    }
    case "Slice":
      indexedElts(c, e.elts, u.elem, -1);
      break;
    case "Map":
      mapLit(c, e, u);
      break;
    default:
      for (const el of e.elts) expr(c, newOperand(), el.kind === "KeyValueExpr" ? el.value : el);
      if (u !== invalidType) c.error(e.pos, `invalid composite literal type ${c.ts(t)}`);
      x.mode = "invalid";
      return;
  }
  x.mode = "value";
  x.type = t;
}

function structLit(c: Checker, e: ast.CompositeLit, u: types.Struct, base: types.Type, t: types.Type): void {
  if (e.elts.length === 0) return;
  const fields = u.fields;
  const x = newOperand();
  if (e.elts[0]!.kind === "KeyValueExpr") {
    const visited = new Set<number>();
    for (const el of e.elts) {
      if (el.kind !== "KeyValueExpr") {
        c.error(el.pos, "mixture of field:value and value elements in struct literal");
        continue;
      }
      const key = el.key;
      if (key.kind !== "Ident") {
        expr(c, x, el.value);
        c.error(el.pos, `invalid field name ${c.es(key)} in struct literal`);
        continue;
      }
      const i = fields.findIndex((f) => f.name === key.name && (isExported(f.name) || f.pkg === c.pkg));
      if (i < 0) {
        expr(c, x, el.value);
        c.error(key.pos, `unknown field '${key.name}' in struct literal of type ${c.ts(base)}`);
        continue;
      }
      const fld = fields[i]!;
      c.recordUse(key, fld);
      exprWithHint(c, x, el.value, fld.type);
      assignment(c, x, fld.type, "struct literal");
      if (visited.has(i)) {
        c.error(kvColon(el), `duplicate field name ${key.name} in struct literal`);
        continue;
      }
      visited.add(i);
    }
    return;
  }
  for (let i = 0; i < e.elts.length; i++) {
    const el = e.elts[i]!;
    if (el.kind === "KeyValueExpr") {
      c.error(el.pos, "mixture of field:value and value elements in struct literal");
      continue;
    }
    exprWithHint(c, x, el, i < fields.length ? fields[i]!.type : undefined);
    if (i >= fields.length) {
      c.error(startPos(x.expr!), `too many values in ${c.ts(base)}{…}`);
      break;
    }
    const fld = fields[i]!;
    if (!isExported(fld.name) && fld.pkg !== c.pkg) {
      c.error(startPos(x.expr!), `implicit assignment to unexported field ${fld.name} in ${c.ts(t)} literal`);
      continue;
    }
    assignment(c, x, fld.type, "struct literal");
  }
  if (e.elts.length < fields.length) c.error(e.rbrace, `too few values in ${c.ts(base)}{…}`);
}

function mapLit(c: Checker, e: ast.CompositeLit, u: types.MapT): void {
  const keyIsInterface = isInterface(u.key);
  const seen: { val: import("../constant.js").ConstValue; t: types.Type }[] = [];
  const x = newOperand();
  for (const el of e.elts) {
    if (el.kind !== "KeyValueExpr") {
      c.error(el.pos, "missing key in map literal");
      continue;
    }
    exprWithHint(c, x, el.key, u.key);
    assignment(c, x, u.key, "map literal");
    if (x.mode === "constant") {
      const v = x.val!;
      const dup = seen.some((s) => constEqual(s.val, v) && s.val.kind === v.kind && (!keyIsInterface || identical(s.t, x.type)));
      seen.push({ val: v, t: x.type });
      if (dup && !c.inInstance) {
        c.error(startPos(x.expr!), `duplicate key ${constString(v)} in map literal`);
        continue;
      }
    }
    exprWithHint(c, x, el.value, u.elem);
    assignment(c, x, u.elem, "map literal");
  }
}

/** indexedElts checks array/slice literal elements; returns the literal's length. */
function indexedElts(c: Checker, elts: ast.Expr[], t: types.Type, length: number): number {
  const visited = new Set<number>();
  let idx = 0;
  let max = 0;
  for (const el of elts) {
    let valid = false;
    let ev = el;
    if (el.kind === "KeyValueExpr") {
      const i = index(c, el.key, length);
      if (i >= 0) {
        idx = i;
        valid = true;
      } else if (c.info.types.get(el.key)?.mode !== "constant" && c.info.types.has(el.key)) {
        c.error(kvColon(el), `index ${c.es(el.key)} must be integer constant`);
      }
      ev = el.value;
    } else if (length >= 0 && idx >= length) {
      c.error(el.pos, `index ${idx} is out of bounds (>= ${length})`);
    } else {
      valid = true;
    }
    if (valid) {
      if (visited.has(idx)) c.error(startPos(el), `duplicate index ${idx} in array or slice literal`);
      visited.add(idx);
    }
    idx++;
    if (idx > max) max = idx;
    const x = newOperand();
    exprWithHint(c, x, ev, t);
    assignment(c, x, t, "array or slice literal");
  }
  return max;
}
