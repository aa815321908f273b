// Assignments: the assignability check with types2's messages, variable initialization,
// assignment statements, short variable declarations and return values.
//
// Models go/types assignments.go (Go 1.19, CompilerErrorMessages mode as gc uses it).
//
// Invariants:
//   - A comma-ok expression assigned to two variables gets the tuple (T, bool) recorded as its
//     type in Info.types, as go/types' recordCommaOkTypes does.
//   - Assigning to a variable is not a use of it; a failed initialization marks the variables used
//     to avoid follow-on "declared but not used" errors.

import type * as ast from "../ast.js";
import { startPos } from "./errors.js";
import * as types from "../types.js";
import { BasicKind as K } from "../types.js";
import type { Checker } from "./check.js";
import { assignableTo, newOperand, type Operand, type Reason } from "./operand.js";
import { bad } from "./operand.js";
import { expr, multiExpr, rawExpr } from "./expr.js";
import { defaultType, isInterface, isNumeric, isUntyped, isUntypedNil } from "./predicates.js";
import { Typ, errorType, invalidType, newVar } from "./universe.js";
import { cgoVoidType, isCgoHelper, isCgoPackage } from "./cgo.js";
import { implicitTypeAndValue, updateExprType } from "./const.js";
import { NoType } from "./decl.js";

/** assignment checks that x can be assigned to a variable of type T (undefined: blank). */
export function assignment(c: Checker, x: Operand, T: types.Type | undefined, context: string): void {
  if (x.mode === "invalid") return;
  if (!["constant", "variable", "mapindex", "value", "commaok"].includes(x.mode)) {
    c.error(startPos(x.expr!), `cannot assign ${c.os(x)} to ${T ? c.ts(T) : "_"} in ${context}`);
    x.mode = "invalid";
    return;
  }
  if (isUntyped(x.type)) {
    let target = T;
    if (!T || isInterface(T)) {
      if (!T && isUntypedNil(x.type)) {
        c.error(startPos(x.expr!), `use of untyped nil in ${context}`);
        x.mode = "invalid";
        return;
      }
      target = T && isUntypedNil(x.type) ? T : defaultType(x.type);
    }
    const r = implicitTypeAndValue(c, x, target!);
    if (r.code) {
      let msg = `cannot use ${c.os(x)} as ${c.ts(target!)} value in ${context}`;
      if (r.code === "truncated") msg += " (truncated)";
      if (r.code === "overflows") msg += " (overflows)";
      c.error(startPos(x.expr!), msg);
      x.mode = "invalid";
      return;
    }
    if (r.val) {
      x.val = r.val;
      const u = x.expr ? c.untyped.get(x.expr) : undefined;
      if (u) u.val = r.val;
    }
    if (r.type !== x.type) {
      x.type = r.type!;
      updateExprType(c, x.expr, r.type!, false);
    }
  }
  if (!T) return;
  const reason: Reason = { msg: "" };
  if (!assignableTo(c, x, T, reason)) {
    const base = `cannot use ${c.os(x)} as type ${c.ts(T)} in ${context}`;
    c.error(startPos(x.expr!), reason.msg ? `${base}:\n\t${reason.msg}` : base);
    x.mode = "invalid";
  }
}

export function initVar(c: Checker, lhs: types.Var, x: Operand, context: string): types.Type | undefined {
  if (x.mode === "invalid" || x.type === invalidType || lhs.type === invalidType) {
    if (lhs.type === NoType) lhs.type = invalidType;
    lhs.used = true;
    return undefined;
  }
  if (lhs.type === NoType) {
    let t = x.type;
    if (isUntyped(t)) {
      if (isUntypedNil(t)) {
        c.error(startPos(x.expr!), `use of untyped nil in ${context}`);
        lhs.type = invalidType;
        lhs.used = true;
        return undefined;
      }
      t = defaultType(t);
    }
    lhs.type = t;
  }
  assignment(c, x, lhs.type, context);
  if (bad(x)) {
    lhs.used = true;
    return undefined;
  }
  return x.type;
}

/** exprListCommaOk evaluates rhs; with allowCommaOk a single comma-ok expression yields two values. */
function exprListCommaOk(c: Checker, rhs: ast.Expr[], allowCommaOk: boolean): { ops: Operand[]; commaOk: boolean } {
  const cname = rhs.length === 1 && allowCommaOk ? cgoCallee(c, rhs[0]!) : undefined;
  if (cname === "malloc") {
    // cgo's C.malloc is its _CMalloc helper, which has no errno.
    c.error(rhs[0]!.pos, "no two-result form for C.malloc");
    const invalid = (): Operand => ({ mode: "invalid", expr: rhs[0], type: invalidType });
    return { ops: [invalid(), invalid()], commaOk: false };
  }
  if (cname !== undefined && isCFunction(c, cname)) {
    // cgo's `r, err := C.f()`: C's errno as an error (nil when it is 0), also for a void
    // function, whose result is a _Ctype_void.
    const x = newOperand();
    rawExpr(c, x, rhs[0]!, undefined);
    if (x.mode === "invalid") return { ops: [x], commaOk: false };
    if (x.mode === "novalue") {
      x.mode = "value";
      x.type = cgoVoidType(c);
    }
    const y: Operand = { mode: "value", expr: x.expr, type: errorType };
    c.conf.cgoErrnoUsed?.();
    return { ops: [x, y], commaOk: true };
  }
  if (rhs.length === 1) {
    const ops = multiExpr(c, rhs[0]!);
    const x = ops[0]!;
    if (ops.length === 1 && allowCommaOk && (x.mode === "mapindex" || x.mode === "commaok")) {
      const y: Operand = { mode: "value", expr: x.expr, type: Typ[K.UntypedBool]! };
      return { ops: [x, y], commaOk: true };
    }
    return { ops, commaOk: false };
  }
  return {
    ops: rhs.map((e) => {
      const x = newOperand();
      expr(c, x, e);
      return x;
    }),
    commaOk: false,
  };
}

/** The name e calls through cgo's C (C.f(...), a function or a helper), if it is such a call. */
function cgoCallee(c: Checker, e: ast.Expr): string | undefined {
  const call = unparen(e);
  if (call.kind !== "CallExpr") return undefined;
  const fun = unparen(call.fun);
  return fun.kind === "SelectorExpr" && fun.x.kind === "Ident" && isCgoPackage(c, fun.x) ? fun.sel.name : undefined;
}

/** Is C.name a C function (not a cgo helper, a constant or a type)? */
function isCFunction(c: Checker, name: string): boolean {
  if (isCgoHelper(name)) return false;
  const d = c.conf.cgoDecls?.find((x) => x.name === name);
  return d !== undefined && d.value === undefined && d.unsupported === undefined;
}

function recordCommaOkTypes(c: Checker, e: ast.Expr, a: (types.Type | undefined)[]): void {
  if (!a[0] || !a[1]) return;
  for (;;) {
    const tv = c.info.types.get(e);
    if (tv) {
      tv.type = new types.Tuple([newVar("", a[0]), newVar("", a[1])]);
    }
    if (e.kind !== "ParenExpr") break;
    e = e.x;
  }
}

function measure(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

function assignError(c: Checker, rhs: ast.Expr[], nvars: number, nvals: number): void {
  const vars = measure(nvars, "variable");
  const vals = measure(nvals, "value");
  let r0 = rhs[0]!;
  if (rhs.length === 1) {
    while (r0.kind === "ParenExpr") r0 = r0.x;
    if (r0.kind === "CallExpr") {
      c.error(rhs[0]!.pos, `assignment mismatch: ${vars} but ${c.es(r0.fun)} returns ${vals}`);
      return;
    }
  }
  c.error(rhs[0]!.pos, `assignment mismatch: ${vars} but ${vals}`);
}

function typesSummary(c: Checker, list: types.Type[]): string {
  return "(" + list.map((t) => (t === invalidType ? "unknown type" : isUntyped(t) ? (isNumeric(t) ? "number" : (t as types.Basic).name.replace("untyped ", "")) : c.ts(t))).join(", ") + ")";
}

export function initVars(c: Checker, lhs: types.Var[], rhs: ast.Expr[], returnStmt: ast.ReturnStmt | undefined): void {
  const { ops, commaOk } = exprListCommaOk(c, rhs, lhs.length === 2 && !returnStmt);
  if (lhs.length !== ops.length) {
    for (const v of lhs) {
      v.used = true;
      if (v.type === NoType) v.type = invalidType;
    }
    if (ops.some((x) => x.mode === "invalid")) return;
    if (returnStmt) {
      let at = returnStmt.pos;
      let q = "not enough";
      if (ops.length > lhs.length) {
        at = startPos(ops[lhs.length]!.expr!);
        q = "too many";
      } else if (ops.length > 0) {
        at = startPos(ops[ops.length - 1]!.expr!);
      }
      const have = typesSummary(c, ops.map((x) => x.type));
      const want = typesSummary(c, lhs.map((v) => v.type));
      c.error(at, `${q} return values\n\thave ${have}\n\twant ${want}`);
      return;
    }
    assignError(c, rhs, lhs.length, ops.length);
    return;
  }
  const context = returnStmt ? "return statement" : "assignment";
  if (commaOk) {
    const a = [initVar(c, lhs[0]!, ops[0]!, context), initVar(c, lhs[1]!, ops[1]!, context)];
    recordCommaOkTypes(c, rhs[0]!, a);
    return;
  }
  let ok = true;
  lhs.forEach((v, i) => {
    if (!initVar(c, v, ops[i]!, context)) ok = false;
  });
  if (!ok) for (const v of lhs) v.used = true;
}

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === "ParenExpr") e = e.x;
  return e;
}

/** useLHS evaluates lhs expressions without marking plain variables as used. */
export function useLHS(c: Checker, lhs: ast.Expr[]): void {
  for (const e of lhs) {
    const u = unparen(e);
    if (u.kind === "Ident") {
      if (u.name === "_") continue;
      const obj = c.ctx.scope.lookupParent(u.name);
      if (obj && obj.tag === "Var" && obj.pkg === c.pkg) {
        const used = obj.used;
        expr(c, newOperand(), e);
        obj.used = used;
        continue;
      }
    }
    expr(c, newOperand(), e);
  }
}

export function assignVar(c: Checker, lhs: ast.Expr, x: Operand): types.Type | undefined {
  if (x.mode === "invalid" || x.type === invalidType) {
    useLHS(c, [lhs]);
    return undefined;
  }
  const ident = unparen(lhs);
  if (ident.kind === "Ident" && ident.name === "_") {
    c.recordDef(ident, undefined);
    assignment(c, x, undefined, "assignment to _ identifier");
    return bad(x) ? undefined : x.type;
  }
  let v: types.Var | undefined;
  let vUsed = false;
  if (ident.kind === "Ident") {
    const obj = c.ctx.scope.lookupParent(ident.name);
    if (obj && obj.tag === "Var" && obj.pkg === c.pkg) {
      v = obj;
      vUsed = obj.used;
    }
  }
  const z = newOperand();
  expr(c, z, lhs);
  if (v) v.used = vUsed;
  if (z.mode === "invalid" || z.type === invalidType) return undefined;
  if (z.mode !== "variable" && z.mode !== "mapindex") {
    if (z.mode === "value" && isUntypedNil(z.type)) {
      c.error(startPos(z.expr!), "cannot assign to nil");
      return undefined;
    }
    const ze = unparen(z.expr!);
    if (ze.kind === "SelectorExpr" && c.info.types.get(ze.x)?.mode === "mapindex") {
      c.error(startPos(z.expr!), `cannot assign to struct field ${c.es(z.expr!)} in map`);
      return undefined;
    }
    c.error(startPos(z.expr!), `cannot assign to ${c.os(z)}`);
    return undefined;
  }
  assignment(c, x, z.type, "assignment");
  return bad(x) ? undefined : x.type;
}

export function assignVars(c: Checker, lhs: ast.Expr[], rhs: ast.Expr[]): void {
  const { ops, commaOk } = exprListCommaOk(c, rhs, lhs.length === 2);
  if (lhs.length !== ops.length) {
    useLHS(c, lhs);
    if (ops.some((x) => x.mode === "invalid")) return;
    assignError(c, rhs, lhs.length, ops.length);
    return;
  }
  if (commaOk) {
    const a = [assignVar(c, lhs[0]!, ops[0]!), assignVar(c, lhs[1]!, ops[1]!)];
    recordCommaOkTypes(c, rhs[0]!, a);
    return;
  }
  lhs.forEach((l, i) => assignVar(c, l, ops[i]!));
}

export function shortVarDecl(c: Checker, s: ast.AssignStmt): void {
  const scope = c.ctx.scope;
  const seen = new Set<string>();
  const lhsVars: (types.Var | undefined)[] = [];
  const newVars: types.Var[] = [];
  let hasErr = false;
  for (const l of s.lhs) {
    if (l.kind !== "Ident") {
      useLHS(c, [l]);
      c.error(l.pos, `non-name ${c.es(l)} on left side of :=`);
      hasErr = true;
      lhsVars.push(undefined);
      continue;
    }
    const name = l.name;
    if (name !== "_") {
      if (seen.has(name)) {
        c.error(l.pos, `${name} repeated on left side of :=`);
        hasErr = true;
        lhsVars.push(undefined);
        continue;
      }
      seen.add(name);
    }
    const alt = scope.lookup(name);
    if (alt) {
      c.recordUse(l, alt);
      if (alt.tag === "Var") lhsVars.push(alt);
      else {
        c.error(l.pos, `cannot assign to ${c.es(l)}`);
        hasErr = true;
        lhsVars.push(undefined);
      }
      continue;
    }
    const obj = newVar(name, NoType, l.pos, c.pkg);
    lhsVars.push(obj);
    if (name !== "_") newVars.push(obj);
    c.recordDef(l, obj);
  }
  const vars = lhsVars.map((v, i) => v ?? newVar("_", NoType, s.lhs[i]!.pos, c.pkg));
  initVars(c, vars, s.rhs, undefined);
  for (const v of vars) if (v.type === NoType) v.type = invalidType;
  if (newVars.length === 0 && !hasErr) {
    c.softError(s.tokPos, "no new variables on left side of :=");
    return;
  }
  for (const v of newVars) scope.elems.set(v.name, v);
}
