// Plain twins: a second, plain compile of a function that is a generator only because it
// calls the func values its parameters hold (sort.Search's f, a tree walk's visit, an apply
// helper's fn), for the calls that pass it plain func values.
//
// Why: such a function is a generator (blocking.ts: a call through a func value may yield), so
// every call of it made a generator object and resumed it through $rt.tramp, several times
// the cost of a plain call, even when the literal it was given cannot yield; and so was every
// function that called it. Measured: docs/ARCHITECTURE.md ("plain twins of functions that call
// their func parameters").
//
// Terms. F's *func parameters* are its parameters of func type that nothing in its body
// assigns or takes the address of. F's twin (FuncMeta.twin, compiled as `<js>$p`) is F's body
// with every call of a func parameter calling the value's plain function (`f.$p(x)`). A call
// of F may call the twin when every func parameter's argument is a plain func literal
// (blocking.ts plainLiteral), a variable that holds one for good, a plain declared function
// (whose func value carries `$p`), or, in a twin, one of the caller's own func parameters
// (twinArgs). The blocking analysis judges
// the twins with everything else (analyzeBlocking): a twin is a node of its call graph, and a
// call that may use one depends on the twin and on the arguments' functions and literals, not
// on F, so that a function that calls sort.Search with a plain literal is plain itself.
//
// Invariants:
// - The twin's body is F's body: the same FuncInfo, frames, lines and panics, so a traceback
//   or a runtime.Caller inside it reads as F's. Only the way calls are made differs.
// - A twin runs no loop that allocates without bound: a func parameter it calls in a loop (or
//   passes on in a loop, or to a twin parameter that is: loopParams, a fixed point over the
//   syntax) takes only a value that does not allocate, since a goroutine in plain code is not
//   at a safe point and a GC cycle could not start there (blocking.ts). A twin passes no
//   allocating literal or function at all (its loops are not tracked where it is compiled).
// - The analysis and the code generator agree: a call the analysis let a plain caller make
//   through a twin is one twinOf makes so (the same twinArgs, with the final judgements).
//
// Not done: a method value or a func variable assigned more than once as the argument, a func
// field of a struct parameter (sort.Slice's lessSwap), race, coverage and debug
// compiles (no twins at all), go and defer statements.

import type * as ast from "../frontend/ast.js";
import type * as T from "../frontend/types.js";
import type { Ctx, FuncMeta } from "./context.js";
import type { Decl } from "./compile.js";
import { allocSummary, plainLiteral } from "./blocking.js";
import { callee, unparen } from "./expr.js";
import { inspect } from "./inspect.js";
import { under } from "./typeutil.js";
import type { IMethod } from "./ifacecalls.js";

/** A declared function's plain twin (FuncMeta.twin), and a node of the blocking analysis. */
export class Twin {
  /** The func parameters the twin may call repeatedly in plain code: their values must not
   *  allocate. */
  readonly loopParams = new Set<number>();
  /** It lies on a cycle of plain calls (a recursion): its entry checks the preemption budget,
   *  as a recursive plain function's does. */
  recursive = false;
  constructor(
    /** The twin's JS name. */
    readonly js: string,
    /** The func parameters, by object, and their indexes. */
    readonly params: ReadonlyMap<T.Obj, number>,
  ) {}
}

/** What a call graph node of the blocking analysis is: a declared function, a twin, a func
 *  literal passed to a twin, or the methods of one name an interface call may reach. */
export type CallNode = T.Func | Twin | ast.FuncLit | IMethod;

/**
 * The functions of decls that may have a twin (FuncMeta.twin, until the blocking analysis
 * drops the ones that cannot), with their bodies, and their loopParams. looping: the functions
 * with a loop that allocates or never exits, which no twin may be.
 */
export function twinCandidates(ctx: Ctx, decls: Decl[], looping: ReadonlySet<T.Func>): Map<Twin, ast.BlockStmt> {
  const out = new Map<Twin, ast.BlockStmt>();
  if (ctx.racePkgs.size > 0 || ctx.coverPkgs.size > 0 || ctx.dbgPkgs.size > 0) return out;
  findLocalLiterals(ctx, decls);
  for (const d of decls) {
    const m = ctx.funcs.get(d.obj)!;
    if (m.native !== undefined || m.unchecked === true || looping.has(d.obj)) continue;
    const params = funcParams(ctx, d);
    if (params.size === 0) continue;
    m.twin = new Twin(`${m.js}$p`, params);
    out.set(m.twin, d.decl.body!);
  }
  // loopParams, a least fixed point: a parameter called or passed on in a loop, or passed to a
  // twin's parameter that is one.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [tw, body] of out) {
      const n = tw.loopParams.size;
      paramUses(ctx, body, tw, (p, inLoop, to) => {
        if (inLoop || (to !== undefined && to.tw.loopParams.has(to.i))) tw.loopParams.add(p);
      });
      if (tw.loopParams.size !== n) changed = true;
    }
  }
  return out;
}

/** F's func parameters: of func type, named, never assigned and never addressed. */
function funcParams(ctx: Ctx, d: Decl): Map<T.Obj, number> {
  const params = new Map<T.Obj, number>();
  d.obj.type.params.vars.forEach((v, i) => {
    if (under(v.type).tag === "Signature" && v.name !== "_" && v.name !== "") params.set(v, i);
  });
  if (params.size === 0) return params;
  inspect(d.decl.body, (n) => {
    const written: (ast.Expr | undefined)[] =
      n.kind === "AssignStmt" ? n.lhs : n.kind === "UnaryExpr" && n.op === "&" ? [n.x] : n.kind === "RangeStmt" ? [n.key, n.value] : [];
    for (const x of written) {
      const u = x === undefined ? undefined : unparen(x);
      if (u?.kind === "Ident") params.delete(ctx.objOf(u)!);
    }
    return true;
  });
  return params;
}

/** Each use of a func parameter of tw in body (literals included): called or passed on, in a
 *  loop or not, and to which twin's parameter when it is an argument of a call of one. */
function paramUses(
  ctx: Ctx, body: ast.BlockStmt, tw: Twin, use: (p: number, inLoop: boolean, to: { tw: Twin; i: number } | undefined) => void,
): void {
  let loops = 0;
  const isLoop = (n: { kind: string }): boolean => n.kind === "ForStmt" || n.kind === "RangeStmt" || n.kind === "FuncLit";
  inspect(body, (n) => {
    if (isLoop(n)) loops++;
    if (n.kind === "CallExpr") {
      const g = calleeMeta(ctx, n)?.twin;
      n.args.forEach((a: ast.Expr, i: number) => {
        const p = paramOf(ctx, a, tw);
        if (p !== undefined) use(p, loops > 0, g?.params.size && [...g.params.values()].includes(i) ? { tw: g, i } : undefined);
      });
    }
    if (n.kind === "Ident") {
      const p = tw.params.get(ctx.objOf(n)!);
      if (p !== undefined && loops > 0) use(p, true, undefined);
    }
    return true;
  }, (n) => {
    if (isLoop(n)) loops--;
  });
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

function calleeMeta(ctx: Ctx, n: ast.CallExpr): FuncMeta | undefined {
  const o = staticCallee(ctx, n);
  return o === undefined ? undefined : ctx.funcs.peek(o);
}

/**
 * The functions and literals a call of g's twin would call through its func parameters, if
 * call n may call the twin as far as its arguments go; caller: the twin n is in, if any. Each
 * must be plain for the call to be made (the analysis's edges; twinOf's check).
 */
function twinArgs(ctx: Ctx, tw: Twin, n: ast.CallExpr, caller: Twin | undefined): (T.Func | ast.FuncLit)[] | undefined {
  if (n.hasEllipsis) return undefined;
  const deps: (T.Func | ast.FuncLit)[] = [];
  for (const i of tw.params.values()) {
    const a = n.args[i];
    if (a === undefined) return undefined;
    const u = unparen(a);
    // Where the twin calls it repeatedly, or anywhere in a twin's call, it must not allocate.
    const once = caller === undefined && !tw.loopParams.has(i);
    if (u.kind === "FuncLit") {
      if (!once && literalAllocates(ctx, u)) return undefined;
      deps.push(u);
    } else if (caller !== undefined && paramOf(ctx, u, caller) !== undefined) {
      // The caller's own: what its callers pass is judged there (loopParams).
    } else if (u.kind === "Ident" && localLiterals.get(ctx)?.get(ctx.objOf(u)!)) {
      // A variable that holds one literal for good: the literal, as if written here.
      const lit = localLiterals.get(ctx)!.get(ctx.objOf(u)!)!;
      if (!once && literalAllocates(ctx, lit)) return undefined;
      deps.push(lit);
    } else {
      const f = declaredFunc(ctx, u);
      if (f === undefined || (!once && ctx.allocFuncs.has(f))) return undefined;
      deps.push(f);
    }
  }
  return deps;
}

/** Per compilation, the local variables that hold one func literal for good (`less :=
 *  func...`, `var f = func...`, never assigned again nor addressed), and the literal; null for
 *  the other variables that are assigned. */
const localLiterals = new WeakMap<Ctx, Map<T.Obj, ast.FuncLit | null>>();

function findLocalLiterals(ctx: Ctx, decls: Decl[]): void {
  const out = new Map<T.Obj, ast.FuncLit | null>();
  localLiterals.set(ctx, out);
  const assign = (x: ast.Expr | undefined, value: ast.Expr | undefined, define: boolean): void => {
    const u = x === undefined ? undefined : unparen(x);
    const o = u?.kind === "Ident" ? ctx.objOf(u) : undefined;
    if (o === undefined || o.tag !== "Var") return;
    const v = value === undefined ? undefined : unparen(value);
    out.set(o, define && !out.has(o) && v?.kind === "FuncLit" ? v : null);
  };
  for (const d of decls) {
    inspect(d.decl.body, (n) => {
      if (n.kind === "AssignStmt") {
        n.lhs.forEach((x: ast.Expr, i: number) => {
          const u = unparen(x);
          const define = n.tok === ":=" && u.kind === "Ident" && ctx.info.defs.get(u) !== undefined;
          assign(x, n.lhs.length === n.rhs.length ? n.rhs[i] : undefined, define);
        });
      } else if (n.kind === "ValueSpec") {
        n.names.forEach((x: ast.Ident, i: number) => assign(x, n.values[i], true));
      } else if (n.kind === "UnaryExpr" && n.op === "&") assign(n.x, undefined, false);
      else if (n.kind === "IncDecStmt") assign(n.x, undefined, false);
      else if (n.kind === "RangeStmt") {
        assign(n.key, undefined, false);
        assign(n.value, undefined, false);
      }
      return true;
    });
  }
}

/** The declared function e names (`f`, `pkg.F`), not a generic one's instance. */
function declaredFunc(ctx: Ctx, e: ast.Expr): T.Func | undefined {
  const id = e.kind === "Ident" ? e : e.kind === "SelectorExpr" && !ctx.info.selections.has(e) ? e.sel : undefined;
  const o = id === undefined ? undefined : ctx.objOf(id);
  if (o === undefined || o.tag !== "Func" || ctx.info.instExprs.has(e)) return undefined;
  const m = ctx.funcs.peek(o);
  return m !== undefined && m.unchecked !== true ? o : undefined;
}

/** Does a literal allocate, itself or through the declared functions it calls? */
function literalAllocates(ctx: Ctx, lit: ast.FuncLit): boolean {
  const r = allocSummary(ctx, lit.body);
  return r.allocs || [...r.calls].some((c) => ctx.allocFuncs.has(c));
}

/**
 * The hook by which the blocking analysis (blocking.ts directlyBlocks) judges a call that may
 * use a twin: during the analysis (edges given), the call does not block but depends on the
 * twin and on twinArgs's functions and literals, its edges; afterwards (no edges: a literal's
 * judgement, blocking.ts plainLiteral), it does not block when twinOf would make it plain.
 * In a twin (caller), a call of its func parameter does not block.
 */
export function twinHook(ctx: Ctx, caller: Twin | undefined, edges?: Set<CallNode>): (n: ast.CallExpr) => boolean | undefined {
  return (n) => {
    if (caller !== undefined && paramOf(ctx, n.fun, caller) !== undefined) return false;
    const g = calleeMeta(ctx, n);
    if (g?.twin === undefined) return undefined;
    const deps = twinArgs(ctx, g.twin, n, caller);
    if (deps === undefined) return undefined;
    if (edges === undefined) return g.gen && deps.every((d) => plainDep(ctx, d)) ? false : undefined;
    edges.add(g.twin);
    for (const d of deps) edges.add(d);
    return false;
  };
}

function plainDep(ctx: Ctx, d: T.Func | ast.FuncLit): boolean {
  return "kind" in d ? plainLiteral(ctx, d) : ctx.funcs.peek(d)?.gen === false;
}

/** The JS name of the twin call n makes instead of calling its callee (a generator), if it
 *  may; the twin is then compiled too. caller: the twin being compiled, if it is one. */
export function twinOf(ctx: Ctx, n: ast.CallExpr, caller: Twin | undefined): string | undefined {
  const o = staticCallee(ctx, n);
  const g = o === undefined ? undefined : ctx.funcs.peek(o);
  if (g === undefined || !g.gen || g.twin === undefined) return undefined;
  const deps = twinArgs(ctx, g.twin, n, caller);
  if (deps === undefined || !deps.every((d) => plainDep(ctx, d))) return undefined;
  ctx.onTwinUse?.(o!);
  return g.twin.js;
}
