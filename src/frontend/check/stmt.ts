// Statements and function bodies.
//
// Models go/types stmt.go (Go 1.19): funcBody (with missing-return and unused-variable checks),
// usage, stmt for every statement kind, switch/type switch/select/for/range handling, and the
// statement-context flags for break, continue and fallthrough.
//
// Invariants:
//   - Each block, if/for/switch/select statement and case/comm clause gets its own scope,
//     recorded in Info.scopes; the function's outermost block shares the signature's scope.
//   - A type switch's per-clause variable is recorded in Info.implicits under its CaseClause.

import type * as ast from "../ast.js";
import { startPos } from "./errors.js";
import * as types from "../types.js";
import { BasicKind as K } from "../types.js";
import * as constant from "../constant.js";
import type { Checker, DeclInfo } from "./check.js";
import { newOperand, isNil, type Operand } from "./operand.js";
import { bad } from "./operand.js";
import { binary, comparison, expr, rawExpr } from "./expr.js";
import { comparable, hasNil, identical, isBoolean, isInterface, isNumeric, isString, under } from "./predicates.js";
import { Typ, invalidType, newVar, universeRune } from "./universe.js";
import { assignVar, assignVars, assignment, initVar, initVars, shortVarDecl, useLHS } from "./assignments.js";
import { convertUntyped } from "./const.js";
import { declStmt } from "./decl.js";
import { varType } from "./typexpr.js";
import { checkAssertable } from "./index.js";
import { isTerminating } from "./return.js";
import { checkLabels } from "./labels.js";
import { posString } from "./check.js";

interface Flags {
  breakOk: boolean;
  continueOk: boolean;
  fallthroughOk: boolean;
  finalSwitchCase: boolean;
  inTypeSwitch: boolean;
}

const none: Flags = { breakOk: false, continueOk: false, fallthroughOk: false, finalSwitchCase: false, inTypeSwitch: false };

export function funcBody(
  c: Checker,
  decl: DeclInfo | undefined,
  name: string,
  sig: types.Signature,
  body: ast.BlockStmt,
  iota: constant.ConstValue | undefined,
): void {
  const scope = c.sigScopes.get(sig)!;
  const saved = c.ctx;
  c.ctx = { decl, scope, iota, sig, hasLabel: false, hasCallOrRecv: false };
  stmtList(c, none, body.list);
  if (c.ctx.hasLabel) checkLabels(c, body);
  if (sig.results.vars.length > 0 && !isTerminating(c, body, "")) c.error(body.rbrace, "missing return");
  usage(c, scope);
  c.ctx = saved;
  void name;
}

function usage(c: Checker, scope: types.Scope): void {
  const unused: types.Var[] = [];
  for (const o of scope.elems.values()) if (o.tag === "Var" && !o.used && !o.isParam) unused.push(o);
  unused.sort((a, b) => (a.pos!.line - b.pos!.line) || (a.pos!.col - b.pos!.col));
  for (const v of unused) c.softError(v.pos!, `${v.name} declared but not used`);
  for (const ch of scope.children) if (!c.funcScopes.has(ch)) usage(c, ch);
}

function openScope(c: Checker, n: ast.Node, comment: string): types.Scope {
  const s = new types.Scope(c.ctx.scope, comment, true);
  c.recordScope(n, s);
  c.ctx.scope = s;
  return s;
}

function closeScope(c: Checker): void {
  c.ctx.scope = c.ctx.scope.parent!;
}

function stmtList(c: Checker, f: Flags, list: ast.Stmt[]): void {
  const inner = { ...f, fallthroughOk: false, finalSwitchCase: false };
  let n = list.length;
  while (n > 0 && list[n - 1]!.kind === "EmptyStmt") n--;
  list.forEach((s, i) => {
    const fl = f.fallthroughOk && i + 1 === n ? { ...inner, fallthroughOk: true } : f.finalSwitchCase && i + 1 === n ? { ...inner, finalSwitchCase: true } : inner;
    stmt(c, fl, s);
  });
}

function simpleStmt(c: Checker, s: ast.Stmt | undefined): void {
  if (s) stmt(c, none, s);
}

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === "ParenExpr") e = e.x;
  return e;
}

const exprBuiltins = new Set([
  "append", "cap", "complex", "imag", "len", "make", "new", "real",
  "Add", "Alignof", "Offsetof", "Sizeof", "Slice", // package unsafe's
]);

/** exprKind classifies a checked expression as go/types' rawExpr result does. */
function exprKind(c: Checker, e: ast.Expr): "statement" | "expression" | "conversion" {
  const u = unparen(e);
  if (u.kind === "CallExpr") {
    const tv = c.info.types.get(u.fun);
    if (tv?.mode === "typexpr") return "conversion";
    if (tv?.mode === "builtin") {
      let f = unparen(u.fun);
      const name = f.kind === "Ident" ? f.name : f.kind === "SelectorExpr" ? f.sel.name : "";
      return exprBuiltins.has(name) ? "expression" : "statement";
    }
    return "statement";
  }
  if (u.kind === "UnaryExpr" && u.op === "<-") return "statement";
  return "expression";
}

function stmt(c: Checker, f: Flags, s: ast.Stmt): void {
  const inner = { ...f, fallthroughOk: false, finalSwitchCase: false, inTypeSwitch: false };
  switch (s.kind) {
    case "BadStmt": case "EmptyStmt": return;
    case "DeclStmt": declStmt(c, s.decl); return;
    case "LabeledStmt":
      c.ctx.hasLabel = true;
      stmt(c, f, s.stmt);
      return;
    case "ExprStmt": exprStmt(c, s); return;
    case "SendStmt": sendStmt(c, s); return;
    case "IncDecStmt": {
      const x = newOperand();
      expr(c, x, s.x);
      if (x.mode === "invalid") return;
      if (!isNumeric(x.type)) {
        c.error(s.x.pos, `invalid operation: ${c.es(s.x)}${s.tok} (non-numeric type ${c.ts(x.type)})`);
        return;
      }
      assignVar(c, s.x, x);
      return;
    }
    case "AssignStmt": assignStmt(c, s); return;
    case "GoStmt": case "DeferStmt": {
      const kw = s.kind === "GoStmt" ? "go" : "defer";
      const x = newOperand();
      rawExpr(c, x, s.call, undefined);
      const k = exprKind(c, s.call);
      if (x.mode === "invalid" || k === "statement") return;
      const msg = k === "conversion" ? "requires function call, not conversion" : "discards result of";
      c.error(s.call.pos, `${kw} ${msg} ${c.os(x)}`);
      return;
    }
    case "ReturnStmt": returnStmt(c, s); return;
    case "BranchStmt": branchStmt(c, f, s); return;
    case "BlockStmt":
      openScope(c, s, "block");
      stmtList(c, inner, s.list);
      closeScope(c);
      return;
    case "IfStmt": {
      openScope(c, s, "if");
      simpleStmt(c, s.init);
      const x = newOperand();
      expr(c, x, s.cond);
      if (x.mode !== "invalid" && !isBoolean(x.type)) c.error(s.cond.pos, "non-boolean condition in if statement");
      stmt(c, inner, s.body);
      if (s.else) stmt(c, inner, s.else);
      closeScope(c);
      return;
    }
    case "SwitchStmt": {
      openScope(c, s, "switch");
      simpleStmt(c, s.init);
      switchStmt(c, { ...inner, breakOk: true }, s);
      closeScope(c);
      return;
    }
    case "TypeSwitchStmt": {
      openScope(c, s, "type switch");
      simpleStmt(c, s.init);
      typeSwitchStmt(c, { ...inner, breakOk: true, inTypeSwitch: true }, s);
      closeScope(c);
      return;
    }
    case "SelectStmt": selectStmt(c, { ...inner, breakOk: true }, s); return;
    case "ForStmt": forStmt(c, { ...inner, breakOk: true, continueOk: true }, s); return;
    case "RangeStmt": rangeStmt(c, { ...inner, breakOk: true, continueOk: true }, s); return;
    case "CaseClause": case "CommClause":
      c.error(s.pos, "invalid statement");
      return;
  }
}

function exprStmt(c: Checker, s: ast.ExprStmt): void {
  const x = newOperand();
  rawExpr(c, x, s.x, undefined);
  let msg: string;
  switch (x.mode) {
    case "invalid": return;
    case "builtin": msg = "must be called"; break;
    case "typexpr": msg = "is not an expression"; break;
    default:
      if (exprKind(c, s.x) === "statement") return;
      msg = "is not used";
  }
  c.error(s.x.pos, `${c.os(x)} ${msg}`);
}

function sendStmt(c: Checker, s: ast.SendStmt): void {
  const ch = newOperand();
  const val = newOperand();
  expr(c, ch, s.chan);
  expr(c, val, s.value);
  if (ch.mode === "invalid" || val.mode === "invalid") return;
  const u = under(ch.type);
  if (u.tag !== "Chan") {
    c.error(s.pos, `invalid operation: cannot send to non-channel ${c.os(ch)}`);
    return;
  }
  if (u.dir === "recv") {
    c.error(s.pos, `invalid operation: cannot send to receive-only channel ${c.os(ch)}`);
    return;
  }
  assignment(c, val, u.elem, "send");
  c.ctx.hasCallOrRecv = true;
}

function assignStmt(c: Checker, s: ast.AssignStmt): void {
  if (s.tok === "=") {
    assignVars(c, s.lhs, s.rhs);
    return;
  }
  if (s.tok === ":=") {
    shortVarDecl(c, s);
    return;
  }
  const op = s.tok.slice(0, -1);
  if (s.lhs.length !== 1 || s.rhs.length !== 1) {
    c.error(s.pos, `assignment operation ${s.tok} requires single-valued expressions`);
    return;
  }
  const x = newOperand();
  binary(c, x, undefined, s.lhs[0]!, s.rhs[0]!, op, s.tokPos);
  assignVar(c, s.lhs[0]!, x);
}

function returnStmt(c: Checker, s: ast.ReturnStmt): void {
  const res = c.ctx.sig!.results;
  if (s.results.length === 0 && res.vars.length > 0 && res.vars[0]!.name !== "") {
    for (const v of res.vars) {
      const alt = c.ctx.scope.lookupParent(v.name);
      if (alt && alt !== v) {
        c.error(s.pos, `result parameter ${v.name} not in scope at return\n\t${posString(alt.pos!)}: inner declaration of ${v.name}`);
      }
    }
    return;
  }
  if (s.results.length > 0 || res.vars.length > 0) {
    // Result variables are checked as if assigned; keep their "used" state unchanged.
    const copies = res.vars.map((v) => newVar(v.name, v.type, v.pos, v.pkg));
    initVars(c, copies, s.results, s);
  }
}

function branchStmt(c: Checker, f: Flags, s: ast.BranchStmt): void {
  if (s.label) {
    c.ctx.hasLabel = true;
    return;
  }
  switch (s.tok) {
    case "break":
      if (!f.breakOk) c.error(s.pos, "break is not in a loop, switch, or select");
      return;
    case "continue":
      if (!f.continueOk) c.error(s.pos, "continue is not in a loop");
      return;
    case "fallthrough":
      if (!f.fallthroughOk) {
        let msg = "fallthrough statement out of place";
        if (f.finalSwitchCase) msg = "cannot fallthrough final case in switch";
        else if (f.inTypeSwitch) msg = "cannot fallthrough in type switch";
        c.error(s.pos, msg);
      }
      return;
    case "goto":
      return;
  }
}

function multipleDefaults(c: Checker, clauses: { pos: ast.Pos; isDefault: boolean }[], what: string): void {
  let first: ast.Pos | undefined;
  for (const cl of clauses) {
    if (!cl.isDefault) continue;
    if (first) c.error(cl.pos, `multiple defaults in ${what} (first at ${posString(first)})`);
    else first = cl.pos;
  }
}

function switchStmt(c: Checker, f: Flags, s: ast.SwitchStmt): void {
  const x = newOperand();
  if (s.tag) {
    expr(c, x, s.tag);
    assignment(c, x, undefined, "switch expression");
    if (x.mode !== "invalid" && !comparable(x.type) && !hasNil(x.type)) {
      c.error(startPos(x.expr!), `cannot switch on ${c.os(x)} (${c.ts(x.type)} is not comparable)`);
      x.mode = "invalid";
    }
  } else {
    x.mode = "constant";
    x.type = Typ[K.Bool]!;
    x.val = constant.makeBool(true);
    const pos = s.body.length > 0 ? s.body[0]!.pos : s.pos;
    x.expr = { kind: "Ident", pos, name: "true" };
  }
  multipleDefaults(c, s.body.map((cl) => ({ pos: cl.pos, isDefault: cl.list.length === 0 })), "switch");
  const seen: { val: constant.ConstValue; type: types.Type; pos: ast.Pos }[] = [];
  s.body.forEach((cl, i) => {
    const last = i + 1 === s.body.length;
    const fl = { ...f, fallthroughOk: !last, finalSwitchCase: last };
    caseValues(c, x, cl.list, seen);
    openScope(c, cl, "case");
    stmtList(c, fl, cl.body);
    closeScope(c);
  });
}

function caseValues(c: Checker, x: Operand, values: ast.Expr[], seen: { val: constant.ConstValue; type: types.Type; pos: ast.Pos }[]): void {
  for (const e of values) {
    const v = newOperand();
    expr(c, v, e);
    if (x.mode === "invalid" || v.mode === "invalid") continue;
    convertUntyped(c, v, x.type);
    if (bad(v)) continue;
    const res: Operand = { ...v };
    comparison(c, res, { ...x }, "==", true);
    if (res.mode === "invalid") continue;
    if (v.mode !== "constant") continue;
    const k = v.val!.kind;
    if (k !== "int" && k !== "float" && k !== "string") continue;
    const dup = seen.find((p) => constant.constEqual(p.val, v.val!) && identical(p.type, v.type));
    if (dup && !c.inInstance) {
      c.error(startPos(v.expr!), `duplicate case ${c.os(v)} in expression switch\n\t${posString(dup.pos)}: previous case`);
      continue;
    }
    seen.push({ val: v.val!, type: v.type, pos: startPos(v.expr!) });
  }
}

function typeSwitchStmt(c: Checker, f: Flags, s: ast.TypeSwitchStmt): void {
  let lhs: ast.Ident | undefined;
  let guard: ast.Expr;
  if (s.assign.kind === "AssignStmt") {
    const l = s.assign.lhs[0]!;
    lhs = l.kind === "Ident" ? l : undefined;
    guard = s.assign.rhs[0]!;
    if (lhs && lhs.name === "_") {
      c.softError(lhs.pos, "no new variable on left side of :=");
      lhs = undefined;
    } else if (lhs) {
      c.recordDef(lhs, undefined);
    }
  } else {
    guard = s.assign.x;
  }
  const ta = unparen(guard);
  const x = newOperand();
  if (ta.kind !== "TypeAssertExpr") {
    c.error(guard.pos, "invalid type switch guard");
    return;
  }
  expr(c, x, ta.x);
  if (x.mode === "invalid") return;
  let sx: Operand | undefined;
  if (isInterface(x.type)) sx = x;
  else c.error(startPos(x.expr!), `${c.os(x)} is not an interface`);
  multipleDefaults(c, s.body.map((cl) => ({ pos: cl.pos, isDefault: cl.list.length === 0 })), "switch");
  const lhsVars: types.Var[] = [];
  const seen: { t: types.Type | undefined; e: ast.Expr }[] = [];
  for (const cl of s.body) {
    let T = caseTypes(c, sx, cl.list, seen);
    openScope(c, cl, "case");
    if (lhs) {
      if (cl.list.length !== 1 || !T) T = x.type;
      const obj = newVar(lhs.name, T, lhs.pos, c.pkg);
      c.ctx.scope.elems.set(obj.name, obj);
      c.recordImplicit(cl, obj);
      lhsVars.push(obj);
    }
    stmtList(c, f, cl.body);
    closeScope(c);
  }
  if (lhs) {
    let used = false;
    for (const v of lhsVars) {
      if (v.used) used = true;
      v.used = true;
    }
    if (!used) c.softError(lhs.pos, `${lhs.name} declared but not used`);
  }
}

function caseTypes(c: Checker, x: Operand | undefined, list: ast.Expr[], seen: { t: types.Type | undefined; e: ast.Expr }[]): types.Type | undefined {
  let T: types.Type | undefined;
  for (const e of list) {
    const u = unparen(e);
    const isNilExpr = u.kind === "Ident" && c.ctx.scope.lookupParent("nil")?.tag === "Nil" && u.name === "nil";
    if (isNilExpr) {
      T = undefined;
      expr(c, newOperand(), e);
    } else {
      T = varType(c, e);
      if (T === invalidType) continue;
    }
    const other = seen.find((p) => (T === undefined && p.t === undefined) || (T && p.t && identical(T, p.t)));
    // In an instance, cases that name a type parameter may coincide (case int: case T:).
    if (other && !c.inInstance) {
      c.error(e.pos, `duplicate case ${T ? c.ts(T) : "nil"} in type switch\n\t${posString(other.e.pos)}: previous case`);
      continue;
    }
    seen.push({ t: T, e });
    if (x && T) checkAssertable(c, e, x, T, true);
  }
  return T;
}

function selectStmt(c: Checker, f: Flags, s: ast.SelectStmt): void {
  multipleDefaults(c, s.body.map((cl) => ({ pos: cl.pos, isDefault: !cl.comm })), "select");
  for (const cl of s.body) {
    let valid = false;
    let rhs: ast.Expr | undefined;
    const comm = cl.comm;
    if (!comm || comm.kind === "SendStmt") valid = true;
    else if (comm.kind === "AssignStmt" && comm.rhs.length === 1) rhs = comm.rhs[0];
    else if (comm.kind === "ExprStmt") rhs = comm.x;
    if (rhs) {
      const u = unparen(rhs);
      if (u.kind === "UnaryExpr" && u.op === "<-") valid = true;
    }
    if (!valid) {
      c.error(comm!.pos, "select case must be receive, send or assign recv");
      continue;
    }
    openScope(c, cl, "case");
    if (comm) stmt(c, f, comm);
    stmtList(c, f, cl.body);
    closeScope(c);
  }
}

function forStmt(c: Checker, f: Flags, s: ast.ForStmt): void {
  openScope(c, s, "for");
  simpleStmt(c, s.init);
  if (s.cond) {
    const x = newOperand();
    expr(c, x, s.cond);
    if (x.mode !== "invalid" && !isBoolean(x.type)) c.error(s.cond.pos, "non-boolean condition in for statement");
  }
  simpleStmt(c, s.post);
  stmt(c, f, s.body);
  closeScope(c);
}

function rangeKeyVal(t: types.Type): [types.Type | undefined, types.Type | undefined] {
  let u = under(t);
  if (u.tag === "Pointer" && under(u.elem).tag === "Array") u = under(u.elem);
  switch (u.tag) {
    case "Basic": return isString(u) ? [Typ[K.Int]!, universeRune] : [undefined, undefined];
    case "Array": case "Slice": return [Typ[K.Int]!, u.elem];
    case "Map": return [u.key, u.elem];
    case "Chan": return [u.elem, invalidType];
    default: return [undefined, undefined];
  }
}

function rangeStmt(c: Checker, f: Flags, s: ast.RangeStmt): void {
  if (s.extra !== undefined) c.error(s.extra.pos, "range clause permits at most two iteration variables");
  const x = newOperand();
  expr(c, x, s.x);
  let key: types.Type | undefined;
  let val: types.Type | undefined;
  if (x.mode !== "invalid") {
    let cause = "";
    const u = under(x.type);
    if (u.tag === "Chan") {
      if (s.value) c.softError(s.value.pos, `range over ${c.os(x)} permits only one iteration variable`);
      if (u.dir === "send") cause = "receive from send-only channel";
    }
    [key, val] = rangeKeyVal(x.type);
    if (!key || cause) {
      c.softError(startPos(x.expr!), cause ? `cannot range over ${c.os(x)} (${cause})` : `cannot range over ${c.os(x)}`);
    }
  }
  openScope(c, s, "range");
  const lhs = [s.key, s.value];
  const rhs = [key, val];
  if (s.tok === ":=") {
    const vars: types.Var[] = [];
    lhs.forEach((l, i) => {
      if (!l) return;
      let obj: types.Var;
      if (l.kind === "Ident") {
        obj = newVar(l.name, invalidType, l.pos, c.pkg);
        c.recordDef(l, obj);
        if (l.name !== "_") vars.push(obj);
      } else {
        c.error(l.pos, `cannot declare ${c.es(l)}`);
        obj = newVar("_", invalidType, l.pos, c.pkg);
      }
      const t = rhs[i];
      if (t) {
        obj.type = NoTypeMarker;
        initVar(c, obj, { mode: "value", expr: l, type: t }, "range clause");
      } else {
        obj.type = invalidType;
        obj.used = true;
      }
    });
    if (vars.length > 0) for (const v of vars) c.ctx.scope.elems.set(v.name, v);
    else c.error(s.pos, "no new variables on left side of :=");
  } else if (s.tok === "=") {
    lhs.forEach((l, i) => {
      const t = rhs[i];
      if (l && t) assignVar(c, l, { mode: "value", expr: l, type: t });
    });
  }
  stmt(c, f, s.body);
  closeScope(c);
}

import { NoType as NoTypeMarker } from "./decl.js";
export { useLHS, isNil };
