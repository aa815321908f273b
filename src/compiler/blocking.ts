// The blocking analysis: which declared functions must be compiled as generators.
//
// A function is a generator when its body (not counting nested function literals, which are
// always generators) reaches a yield point directly — a channel operation, select, a map
// operation, a defer — or calls something that may: a func value, an interface method, a
// generator native, or a declared function that is itself a generator. The last rule is a fixed
// point over the static call graph.
//
// Why: a generator call costs several times a plain call in V8 (docs/ARCHITECTURE.md has the
// measurements), and most calls in CPU-bound code (fib, small helpers) reach no yield point.
//
// Invariant: over-approximation is safe (a generator that never yields is only slower);
// under-approximation is a compiler bug, caught by FuncEmitter.y().

import type * as ast from "../frontend/ast.js";
import * as T from "../frontend/types.js";
import type { Ctx } from "./context.js";
import type { Decl } from "./compile.js";
import { unparen } from "./expr.js";
import { cgoCallee } from "./call.js";
import { under } from "./typeutil.js";

export function analyzeBlocking(ctx: Ctx, decls: Decl[]): void {
  const callees = new Map<T.Func, Set<T.Func>>();
  const gen = new Set<T.Func>();
  for (const d of decls) {
    const cs = new Set<T.Func>();
    callees.set(d.obj, cs);
    if (directlyBlocks(ctx, d.decl.body!, cs)) gen.add(d.obj);
  }
  for (const [f, m] of ctx.funcs) if (m.gen) gen.add(f);
  let changed = true;
  while (changed) {
    changed = false;
    for (const [f, cs] of callees) {
      if (gen.has(f)) continue;
      for (const c of cs) {
        if (gen.has(c)) {
          gen.add(f);
          changed = true;
          break;
        }
      }
    }
  }
  for (const d of decls) ctx.funcs.get(d.obj)!.gen = gen.has(d.obj);
}

function directlyBlocks(ctx: Ctx, body: ast.BlockStmt, callees: Set<T.Func>): boolean {
  let blocks = false;
  const visit = (n: any): void => {
    if (blocks || n === null || typeof n !== "object") return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    switch (n.kind) {
      case "FuncLit":
        return; // a literal is its own generator
      case "SendStmt":
      case "SelectStmt":
      case "DeferStmt":
        blocks = true;
        return;
      case "UnaryExpr":
        if (n.op === "<-") blocks = true;
        break;
      case "RangeStmt": {
        const t = under(ctx.typeOf(n.x));
        if (t.tag === "Map" || t.tag === "Chan") blocks = true;
        break;
      }
      case "IndexExpr": {
        const tv = ctx.tv(n.x);
        if (tv && under(tv.type).tag === "Map") blocks = true;
        break;
      }
      case "CompositeLit": {
        const tv = ctx.tv(n);
        if (tv && under(tv.type).tag === "Map" && n.elts.length > 0) blocks = true;
        break;
      }
      case "GoStmt":
        // The go statement's callee runs in the new goroutine; only its arguments run here.
        visit(n.call.args);
        if (n.call.fun.kind !== "FuncLit") visitCallee(n.call.fun);
        return;
      case "CallExpr":
        if (callBlocks(ctx, n, callees)) blocks = true;
        break;
    }
    for (const k in n) {
      if (k === "pos") continue;
      const v = n[k];
      if (v && typeof v === "object") visit(v);
    }
  };
  // The callee expression of a go statement is evaluated here (e.g. a method value's receiver).
  const visitCallee = (e: ast.Expr): void => {
    const u = unparen(e);
    if (u.kind === "SelectorExpr") visit(u.x);
  };
  visit(body);
  return blocks;
}

function callBlocks(ctx: Ctx, e: ast.CallExpr, callees: Set<T.Func>): boolean {
  const ftv = ctx.tv(e.fun);
  if (ftv && ftv.mode === "typexpr") return false; // a conversion
  const fun = unparen(e.fun);
  const cname = cgoCallee({ ctx }, fun);
  if (cname !== undefined) return cname !== "CString" && cname !== "GoString" && cname !== "free";
  const id = fun.kind === "Ident" ? fun : fun.kind === "SelectorExpr" ? fun.sel : undefined;
  if (id) {
    const o = ctx.objOf(id);
    if (o && o.tag === "Builtin") return o.name === "delete";
    if (o && o.tag === "Func") {
      const sel = fun.kind === "SelectorExpr" ? ctx.info.selections.get(fun) : undefined;
      if (sel && sel.kind === "MethodVal") {
        if (under(sel.recv).tag === "Interface" || !ctx.funcs.has(o)) return true;
        // A promoted method through an embedded interface is dynamic too.
        if (sel.index.length > 1 && embeddedIface(sel)) return true;
      }
      if (sel && sel.kind === "MethodExpr") return true;
      const m = ctx.funcs.get(o);
      if (!m) return true;
      if (m.gen) return true;
      callees.add(o);
      return false;
    }
  }
  return true; // a func value
}

function embeddedIface(sel: T.Selection): boolean {
  let t = sel.recv;
  for (let i = 0; i < sel.index.length - 1; i++) {
    let u = under(t);
    if (u.tag === "Pointer") u = under(u.elem);
    if (u.tag !== "Struct") return false;
    t = u.fields[sel.index[i]!]!.type;
  }
  return under(t).tag === "Interface";
}
