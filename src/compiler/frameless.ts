// Frameless leaves: the declared functions whose frame nothing can ever read.
//
// Every compiled function pushes a frame on its goroutine's frame stack ($g.push) and pops it
// when it returns; each statement stores its line there ($f.l = N). The frame is read only at
// an observation point: a traceback (a panic, a goroutine dump, runtime.Caller), a preemption
// (a loop's back-edge or a recursive entry, and the profile sample taken there), a yield, a
// collection that starts in plain code (an allocation), the debugger's line hooks and the race
// detector's instrumentation. A function that reaches none of them runs from its call to its
// return with its frame unseen, so it needs none: no push, no pop, no line stores. A call of
// a small helper (an abs, a dot product, a field getter, spectral norm's eval_A) then costs what
// a JS call costs, and V8 inlines it; the push and pop were about a third of such a call.
//
// A function is a frameless leaf when its body (leafStmt) is made only of:
//   - blocks, ifs, returns, assignments and increments of variables or of a struct variable's
//     fields, var declarations, and calls as statements: no loop (a preemption point), no
//     switch, goto, defer, go, select or send;
//   - expressions that cannot panic, allocate, yield or read the frame (leafExpr): constants,
//     variables, a struct value's fields, arithmetic and comparisons on numbers and bools (no
//     integer division or remainder but by a non-zero constant, no shift by a signed count;
//     strings only compared, never concatenated), numeric conversions, len and cap of strings
//     and slices, struct literals, and calls of other frameless leaves (by name, or as methods
//     of a struct value) and of package math's natives (pure float functions, which never
//     panic);
// and it is plain and not recursive (blocking.ts), so a chain of frameless calls ends.
// Not in a debug compile, a -race build or with coverage counters (compile.ts): each reads
// lines. Go does no less: it inlines such a function, or, as a leaf with a small frame, runs it
// without a stack check (NOSPLIT), and neither shows in a traceback that cannot happen in it.
//
// Invariant: a frameless function's code never mentions $g or $f (compileFuncBody asserts it).
// Simplification: judged on the syntax and types only; a function that would need a wider rule
// (a loop, an index that cannot fail) keeps its frame, which is only slower.

import type * as ast from "../frontend/ast.js";
import * as T from "../frontend/types.js";
import type { Ctx } from "./context.js";
import type { Decl } from "./compile.js";
import { callee, unparen } from "./expr.js";
import { isBoolean, isComplex, isFloat, isInteger, isString, isUnsigned, under } from "./typeutil.js";

/** Mark the frameless leaves among decls (FuncMeta.frameless), after the blocking analysis. */
export function analyzeFrameless(ctx: Ctx, decls: Decl[]): void {
  const callees = new Map<T.Func, Set<T.Func>>();
  for (const d of decls) {
    const m = ctx.funcs.get(d.obj);
    if (m === undefined || m.gen || m.recursive || m.native !== undefined || m.unchecked) continue;
    if (d.decl.name.name === "init" && d.decl.recv === undefined) continue;
    const cs = new Set<T.Func>();
    if (leafBody(ctx, d.decl, cs)) callees.set(d.obj, cs);
  }
  // A leaf that calls a function with a frame needs its own (the callee's traceback shows it):
  // drop such leaves until none is left.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [f, cs] of callees) {
      for (const c of cs) {
        if (callees.has(c)) continue;
        callees.delete(f);
        changed = true;
        break;
      }
    }
  }
  for (const f of callees.keys()) ctx.funcs.get(f)!.frameless = true;
}

function leafBody(ctx: Ctx, d: ast.FuncDecl, cs: Set<T.Func>): boolean {
  if (d.body === undefined) return false;
  // A pointer receiver is a pointer the body would dereference; a variadic parameter a slice.
  if (d.recv !== undefined && unparen(d.recv.type).kind === "StarExpr") return false;
  if (d.type.params.some((p) => p.type.kind === "Ellipsis")) return false;
  return d.body.list.every((s) => leafStmt(ctx, s, cs));
}

function leafStmt(ctx: Ctx, s: ast.Stmt, cs: Set<T.Func>): boolean {
  switch (s.kind) {
    case "BlockStmt":
      return s.list.every((x) => leafStmt(ctx, x, cs));
    case "EmptyStmt":
      return true;
    case "ReturnStmt":
      return s.results.every((e) => leafExpr(ctx, e, cs));
    case "IfStmt":
      return (s.init === undefined || leafStmt(ctx, s.init, cs)) && leafExpr(ctx, s.cond, cs) &&
        leafStmt(ctx, s.body, cs) && (s.else === undefined || leafStmt(ctx, s.else, cs));
    case "ExprStmt": {
      const x = unparen(s.x);
      return x.kind === "CallExpr" && leafExpr(ctx, x, cs);
    }
    case "IncDecStmt":
      return leafTarget(ctx, s.x) && numeric(ctx.typeOf(s.x));
    case "AssignStmt": {
      if (!s.lhs.every((x) => leafTarget(ctx, x)) || !s.rhs.every((e) => leafExpr(ctx, e, cs))) return false;
      if (s.tok === "=" || s.tok === ":=") return true;
      const op = s.tok.slice(0, -1) as ast.BinaryOp;
      return binaryOK(ctx, op, ctx.typeOf(s.lhs[0]!), s.rhs[0]!);
    }
    case "DeclStmt": {
      const g = s.decl;
      if (g.tok === "const") return true;
      if (g.tok !== "var") return false;
      return g.specs.every((sp) => sp.kind === "ValueSpec" && sp.values.every((e) => leafExpr(ctx, e, cs)));
    }
    default:
      return false;
  }
}

/** An assignment's target that a store cannot make panic: a variable (or _), or a field of a
 *  struct variable held by value. */
function leafTarget(ctx: Ctx, x: ast.Expr): boolean {
  x = unparen(x);
  if (x.kind === "Ident") return x.name === "_" || ctx.objOf(x)?.tag === "Var";
  return x.kind === "SelectorExpr" && directField(ctx, x) && leafTarget(ctx, x.x);
}

/** x.f is a field of the struct x itself, not through a pointer or an embedded one. */
function directField(ctx: Ctx, x: ast.SelectorExpr): boolean {
  const sel = ctx.info.selections.get(x);
  return sel !== undefined && sel.kind === "FieldVal" && sel.index.length === 1 &&
    under(ctx.typeOf(x.x)).tag === "Struct";
}

function leafExpr(ctx: Ctx, e: ast.Expr, cs: Set<T.Func>): boolean {
  const tv = ctx.tv(e);
  if (tv !== undefined && tv.mode === "constant" && tv.value !== undefined) return !isComplex(tv.type);
  switch (e.kind) {
    case "ParenExpr":
      return leafExpr(ctx, e.x, cs);
    case "Ident": {
      const o = ctx.objOf(e);
      return o !== undefined && (o.tag === "Var" || o.tag === "Nil");
    }
    case "SelectorExpr": {
      if (ctx.info.selections.get(e) === undefined) return ctx.objOf(e.sel)?.tag === "Var"; // pkg.V
      return directField(ctx, e) && leafExpr(ctx, e.x, cs);
    }
    case "UnaryExpr":
      return (e.op === "-" || e.op === "+" || e.op === "^" || e.op === "!") && simple(ctx.typeOf(e)) && leafExpr(ctx, e.x, cs);
    case "BinaryExpr":
      return leafExpr(ctx, e.x, cs) && leafExpr(ctx, e.y, cs) && binaryOK(ctx, e.op, ctx.typeOf(e.x), e.y);
    case "CompositeLit":
      return under(ctx.typeOf(e)).tag === "Struct" &&
        e.elts.every((x) => leafExpr(ctx, x.kind === "KeyValueExpr" ? x.value : x, cs));
    case "CallExpr":
      return leafCall(ctx, e, cs);
    default:
      return false;
  }
}

/** Numbers and bools, whose operations are JS arithmetic or the int64 helpers. */
function simple(t: T.Type): boolean {
  return numeric(t) || isBoolean(t);
}

function numeric(t: T.Type): boolean {
  return (isInteger(t) || isFloat(t)) && !isComplex(t);
}

/** x op y cannot panic or allocate, for x of type xt (y is judged by the caller). */
function binaryOK(ctx: Ctx, op: ast.BinaryOp, xt: T.Type, y: ast.Expr): boolean {
  switch (op) {
    case "==": case "!=": case "<": case "<=": case ">": case ">=":
      return simple(xt) || isString(xt);
    case "&&": case "||":
      return isBoolean(xt);
    case "+": case "-": case "*":
      return numeric(xt);
    case "&": case "|": case "^": case "&^":
      return isInteger(xt);
    case "/": case "%": {
      if (isFloat(xt) && op === "/") return !isComplex(xt);
      const tv = ctx.tv(y);
      return isInteger(xt) && tv?.mode === "constant" && tv.value?.kind === "int" && tv.value.v !== 0n;
    }
    case "<<": case ">>": {
      const tv = ctx.tv(y);
      return isInteger(xt) && (tv?.mode === "constant" || isUnsigned(ctx.typeOf(y)));
    }
    default:
      return false;
  }
}

/** A numeric conversion, len or cap of a string or slice, or a call of a frameless leaf
 *  (collected in cs; analyzeFrameless checks them) or of one of math's natives. */
function leafCall(ctx: Ctx, e: ast.CallExpr, cs: Set<T.Func>): boolean {
  if (e.hasEllipsis || !e.args.every((a) => leafExpr(ctx, a, cs))) return false;
  const ftv = ctx.tv(e.fun);
  if (ftv !== undefined && ftv.mode === "typexpr") {
    return e.args.length === 1 && numeric(ctx.typeOf(e)) && numeric(ctx.typeOf(e.args[0]!));
  }
  const fun = callee(ctx, e.fun);
  const id = fun.kind === "Ident" ? fun : fun.kind === "SelectorExpr" ? fun.sel : undefined;
  const o = id !== undefined ? ctx.objOf(id) : undefined;
  if (o === undefined) return false;
  if (o.tag === "Builtin") {
    if (o.name !== "len" && o.name !== "cap") return false;
    const u = under(ctx.typeOf(e.args[0]!));
    return u.tag === "Slice" || (u.tag === "Basic" && isString(u));
  }
  if (o.tag !== "Func" || o.type.variadic) return false;
  if (fun.kind === "SelectorExpr") {
    const sel = ctx.info.selections.get(fun);
    if (sel !== undefined) {
      // A method called on a value (not a pointer or an interface): nothing to follow or to
      // dispatch on. A pointer receiver's method is no leaf (leafBody).
      if (sel.kind !== "MethodVal" || sel.index.length !== 1 || sel.indirect) return false;
      const u = under(ctx.typeOf(fun.x)).tag;
      if (u === "Pointer" || u === "Interface" || !leafExpr(ctx, fun.x, cs)) return false;
    }
  }
  const m = ctx.funcs.get(o);
  if (m === undefined || m.gen) return false;
  if (m.native !== undefined) return m.pkgPath === "math" && o.type.results.vars.every((v) => simple(v.type));
  cs.add(o);
  return true;
}
