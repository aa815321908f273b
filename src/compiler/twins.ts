// Plain twins: a second, plain compile of a function that is a generator only because it
// calls the func values its parameters hold (sort.Search's f, a tree walk's visit, an apply
// helper's fn), for the calls that pass it plain func literals.
//
// Why: such a function is a generator (blocking.ts: a call through a func value may yield), so
// every call of it makes a generator object and resumes it through $rt.tramp, several times
// the cost of a plain call, even when the literal it is given cannot yield. Measured: see
// docs/ARCHITECTURE.md ("plain twins of functions that call their func parameters").
//
// Terms. F's *func parameters* are its parameters of func type that nothing in its body
// assigns or takes the address of. F has a twin (FuncMeta.twin, compiled as `<js>$p`) when F
// is a generator whose body, with every call of a func parameter taken as plain, calls nothing
// else that may yield but other twins, and has no loop that allocates or never exits. A call
// of F may call the twin (twinCall) when every func parameter's argument is a plain func literal
// (blocking.ts plainLiteral) or a plain declared function, or, in a twin, one of the caller's
// own func parameters. In the twin, a call of a func parameter calls the value's plain function
// (`$p`) directly.
//
// Invariants:
// - The twin's body is F's body: the same frames, lines and panics, so a traceback or a
//   runtime.Caller inside it reads as F's. Only the way the calls are made differs.
// - A twin runs no loop that allocates without bound: a func parameter called in a loop (or
//   passed on to a twin that does: loopParams, a fixed point) takes only a literal that does
//   not allocate, since a goroutine in plain code is not at a safe point and a GC cycle could
//   not start there (blocking.ts). In a twin, a literal argument must not allocate at all (the
//   twin's loops are not tracked where it is compiled).
// - twinCall gives the analysis and the code generator the same answer: the analysis ends
//   at a fixed point over twins and loopParams, and the code generator asks with the final ones.
//
// Not done: a method value or a func variable as the argument, race, coverage and debug
// compiles (no twins at all), go and defer statements.

import type * as ast from "../frontend/ast.js";
import type * as T from "../frontend/types.js";
import type { Ctx, FuncMeta } from "./context.js";
import type { Decl } from "./compile.js";
import { allocSummary, directlyBlocks, plainLiteral } from "./blocking.js";
import { callee, unparen } from "./expr.js";
import { inspect } from "./inspect.js";
import { under } from "./typeutil.js";

/** A declared function's plain twin (FuncMeta.twin). */
export interface Twin {
  /** The twin's JS name. */
  js: string;
  /** The func parameters, by index, and their objects. */
  params: Map<T.Obj, number>;
  /** The func parameters the twin may call repeatedly in plain code (in a loop, directly or
   *  through a twin it passes them to): their literals must not allocate. */
  loopParams: Set<number>;
  /** It lies on a cycle of twin calls (a recursion): its entry checks the preemption budget,
   *  as a recursive plain function's does. */
  recursive: boolean;
}

/** Finds the twins (FuncMeta.twin) of decls; looping: the generators for a loop that
 *  allocates or never exits (analyzeBlocking). */
export function analyzeTwins(ctx: Ctx, decls: Decl[], looping: ReadonlySet<T.Func>): void {
  if (ctx.racePkgs.size > 0 || ctx.coverPkgs.size > 0 || ctx.dbgPkgs.size > 0) return;
  const bodies = new Map<FuncMeta, ast.BlockStmt>();
  for (const d of decls) {
    const m = ctx.funcs.get(d.obj)!;
    if (!m.gen || m.native !== undefined || m.unchecked === true || looping.has(d.obj)) continue;
    const params = funcParams(ctx, d);
    if (params.size === 0) continue;
    m.twin = { js: `${m.js}$p`, params, loopParams: new Set(), recursive: false };
    bodies.set(m, d.decl.body!);
  }
  // The greatest fixed point: every candidate is a twin until its body shows it cannot be
  // (a twin it calls was dropped, a literal it passes allocates where that counts).
  const calls = new Map<FuncMeta, Set<FuncMeta>>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [m, body] of bodies) {
      const tw = m.twin;
      if (tw === undefined) continue;
      const loopParams = tw.loopParams.size;
      const twins = new Set<FuncMeta>();
      const blocks = directlyBlocks(ctx, body, new Set(), (n, inLoop) => {
        const p = paramOf(ctx, n.fun, tw);
        if (p !== undefined) {
          if (inLoop) tw.loopParams.add(p);
          return false;
        }
        const o = staticCallee(ctx, n);
        const g = o === undefined ? undefined : ctx.funcs.peek(o);
        if (g === undefined || !g.gen) return undefined;
        if (!twinCall(ctx, g, n, tw, inLoop)) return true;
        twins.add(g);
        return false;
      });
      calls.set(m, twins);
      if (blocks) {
        m.twin = undefined;
        changed = true;
      } else if (tw.loopParams.size !== loopParams) changed = true;
    }
  }
  for (const m of calls.keys()) if (m.twin !== undefined) m.twin.recursive = reaches(calls, m, m);
}

/** Does a chain of twin calls lead from `from` to `to`? */
function reaches(calls: Map<FuncMeta, Set<FuncMeta>>, from: FuncMeta, to: FuncMeta): boolean {
  const seen = new Set<FuncMeta>();
  const work = [...(calls.get(from) ?? [])];
  for (let m = work.pop(); m !== undefined; m = work.pop()) {
    if (m === to) return true;
    if (seen.has(m)) continue;
    seen.add(m);
    work.push(...(calls.get(m) ?? []));
  }
  return false;
}

/** F's func parameters: of func type, named, never assigned and never addressed. */
function funcParams(ctx: Ctx, d: Decl): Map<T.Obj, number> {
  const params = new Map<T.Obj, number>();
  d.obj.type.params.vars.forEach((v, i) => {
    if (under(v.type).tag === "Signature" && v.name !== "_" && v.name !== "") params.set(v, i);
  });
  if (params.size === 0) return params;
  inspect(d.decl.body, (n) => {
    const written: ast.Expr[] =
      n.kind === "AssignStmt" ? n.lhs : n.kind === "UnaryExpr" && n.op === "&" ? [n.x] : n.kind === "RangeStmt" ? [n.key, n.value].filter((x) => x) : [];
    for (const x of written) {
      const u = unparen(x);
      if (u.kind === "Ident") params.delete(ctx.objOf(u)!);
    }
    return true;
  });
  return params;
}

/** The index of the twin's func parameter that e names, if it names one. */
export function paramOf(ctx: Ctx, e: ast.Expr, tw: Twin): number | undefined {
  const u = unparen(e);
  const o = u.kind === "Ident" ? ctx.objOf(u) : undefined;
  return o === undefined ? undefined : tw.params.get(o);
}

/** The declared function or method a call calls statically (not through an interface). */
function staticCallee(ctx: Ctx, n: ast.CallExpr): T.Func | undefined {
  const ftv = ctx.tv(n.fun);
  if (ftv && ftv.mode !== "value") return undefined;
  const fun = callee(ctx, n.fun);
  const id = fun.kind === "Ident" ? fun : fun.kind === "SelectorExpr" ? fun.sel : undefined;
  if (id === undefined) return undefined;
  const o = ctx.objOf(id);
  if (o === undefined || o.tag !== "Func") return undefined;
  if (fun.kind === "SelectorExpr") {
    const sel = ctx.info.selections.get(fun);
    // A method value of a concrete type, not promoted through an embedded field (which could
    // be an interface); a package-qualified function has no selection.
    if (sel !== undefined && (sel.kind !== "MethodVal" || sel.index.length > 1 || under(sel.recv).tag === "Interface")) return undefined;
  }
  return o;
}

/**
 * May call n of g (a generator) call g's twin instead? In caller, a twin, its own func
 * parameters are plain func values too: passing one where g calls it in a loop (or the call is
 * in caller's loop, inLoop) makes it one of caller's loopParams (the analysis's fixed point;
 * afterwards it is one already).
 */
function twinCall(ctx: Ctx, g: FuncMeta, n: ast.CallExpr, caller: Twin | undefined, inLoop = false): boolean {
  const tw = g.twin;
  if (tw === undefined || n.hasEllipsis) return false;
  for (const i of tw.params.values()) {
    const a = n.args[i];
    if (a === undefined) return false;
    const u = unparen(a);
    if (u.kind === "FuncLit") {
      if (!plainLiteral(ctx, u)) return false;
      if ((caller !== undefined || tw.loopParams.has(i)) && literalAllocates(ctx, u)) return false;
      continue;
    }
    const f = plainFunc(ctx, u);
    if (f !== undefined) {
      if ((caller !== undefined || tw.loopParams.has(i)) && ctx.allocFuncs.has(f)) return false;
      continue;
    }
    const p = caller !== undefined ? paramOf(ctx, u, caller) : undefined;
    if (p === undefined) return false;
    if (tw.loopParams.has(i) || inLoop) caller!.loopParams.add(p);
  }
  return true;
}

/** The JS name of the twin call n may call instead of its callee (a generator), if any; the
 *  twin is then compiled too. caller: the twin being compiled, if it is one. */
export function twinOf(ctx: Ctx, n: ast.CallExpr, caller: Twin | undefined): string | undefined {
  const o = staticCallee(ctx, n);
  const g = o === undefined ? undefined : ctx.funcs.peek(o);
  if (g === undefined || !g.gen || !twinCall(ctx, g, n, caller)) return undefined;
  ctx.onTwinUse?.(o!);
  return g.twin!.js;
}

/** The plain declared function e names (`f`, `pkg.F`), whose func value has its plain
 *  function (`$rt.genOf`, a plain native's nativeValue). */
function plainFunc(ctx: Ctx, e: ast.Expr): T.Func | undefined {
  const id = e.kind === "Ident" ? e : e.kind === "SelectorExpr" && !ctx.info.selections.has(e) ? e.sel : undefined;
  const o = id === undefined ? undefined : ctx.objOf(id);
  if (o === undefined || o.tag !== "Func") return undefined;
  const m = ctx.funcs.peek(o);
  return m !== undefined && !m.gen && m.unchecked !== true ? o : undefined;
}

/** Does a plain literal allocate, itself or through the declared functions it calls? */
function literalAllocates(ctx: Ctx, lit: ast.FuncLit): boolean {
  const r = allocSummary(ctx, lit.body);
  return r.allocs || [...r.calls].some((c) => ctx.allocFuncs.has(c));
}
