// The blocking analysis: which declared functions must be compiled as generators.
//
// A function is a generator when its body (not counting nested function literals, which are
// judged on their own) reaches a yield point directly — a channel operation, select, a map
// operation, a defer — or calls something that may: a func value, a generator native, a
// declared function that is itself a generator, or an interface method whose name and
// signature some method of the program that yields has (ifacecalls.ts). The last two rules are a fixed point over
// the static call graph, in which "some method N of signature S" is a node.
//
// Why: a generator call costs several times a plain call in V8 (docs/ARCHITECTURE.md has the
// measurements), and most calls in CPU-bound code (fib, small helpers) reach no yield point.
//
// Plain code still has preemption points, as Go 1.14+ code does (asynchronous preemption):
// every loop back-edge, and the entry of a plain function that is recursive (found here, as a
// strongly connected component of the plain call graph), counts down the goroutine's budget;
// when it runs out, the machine suspends the goroutine in place (Machine.suspendPlain) and
// runs the others. So no plain code can hold the machine or outrun its limits. Two kinds of
// loop still make their function a generator, because a goroutine suspended in plain code is
// not at a safe point for the collector: a loop that allocates (its garbage needs cycles) and a
// loop that never exits (it would hold off every cycle).
//
// A function that calls only the func values its parameters hold has a plain twin, used by
// the calls that pass it plain literals or functions (twins.ts); the twins are nodes of the
// same fixed point, so a function that calls sort.Search with a plain literal is plain.
//
// A function literal is judged by the same rules once the declared functions are (plainLiteral):
// its body's yield points and static callees, and its loops' allocations. A plain literal is
// still a generator to whoever calls it as one (its func value makes the generator on demand);
// compiled calls through a func value call its plain function directly (compiler/call.ts).
//
// Invariant: over-approximation is safe (a generator that never yields is only slower);
// under-approximation is a compiler bug, caught by FuncEmitter.y().

import type * as ast from "../frontend/ast.js";
import * as T from "../frontend/types.js";
import type { Ctx } from "./context.js";
import type { Decl } from "./compile.js";
import { callee, cgoCallee, unparen } from "./expr.js";
import { isCgoHelper } from "../frontend/check/cgo.js";
import { under } from "./typeutil.js";
import { inspect } from "./inspect.js";
import { Twin, twinCandidates, twinHook, type CallNode } from "./twins.js";
import { IMethod, ifaceMethod } from "./ifacecalls.js";

/**
 * Judges every declared function (FuncMeta.gen, recursive) and its twin (FuncMeta.twin,
 * twins.ts): one call graph of declared functions, twins and the func literals passed to
 * twins, closed over "calls a generator" from the nodes that block directly.
 */
export function analyzeBlocking(ctx: Ctx, decls: Decl[]): void {
  const loops = allocatingLoops(ctx, decls);
  ctx.allocFuncs = loops.allocs;
  const looping = new Set(loops.looping);
  const twins = twinCandidates(ctx, decls, looping);
  const callees = new Map<CallNode, Set<CallNode>>();
  const gen = new Set<CallNode>();
  const lits: ast.FuncLit[] = [];
  const judge = (node: CallNode, body: ast.BlockStmt, caller: Twin | undefined, blocks: boolean): void => {
    const cs = new Set<CallNode>();
    callees.set(node, cs);
    if (directlyBlocks(ctx, body, cs, twinHook(ctx, caller, cs)) || blocks) gen.add(node);
    for (const c of cs) if ("kind" in c) lits.push(c);
  };
  for (const d of decls) judge(d.obj, d.decl.body!, undefined, looping.has(d.obj));
  for (const [tw, body] of twins) judge(tw, body, tw, false);
  for (let lit = lits.pop(); lit !== undefined; lit = lits.pop()) {
    if (!callees.has(lit)) judge(lit, lit.body, undefined, literalLoopsAllocate(ctx, lit));
  }
  // An interface call's node calls every method of its name (ifacecalls.ts).
  for (const [n, ms] of ctx.ifaceCalls.edges()) callees.set(n, new Set(ms));
  for (const [f, m] of ctx.funcs) if (m.gen) gen.add(f);
  propagate(gen, callees);
  ctx.ifaceCalls.judged();
  for (const d of decls) {
    const m = ctx.funcs.get(d.obj)!;
    m.gen = gen.has(d.obj);
    if (m.twin !== undefined && (!m.gen || gen.has(m.twin))) m.twin = undefined;
  }
  for (const n of recursivePlain(gen, callees)) {
    if (n instanceof Twin) n.recursive = true;
    else if (!(n instanceof IMethod) && !("kind" in n)) ctx.funcs.get(n)!.recursive = true;
  }
}

/**
 * The plain functions that lie on a cycle of static calls between plain functions (Tarjan's
 * strongly connected components). A loop-free plain function runs for a time bounded by its
 * size unless it recurses; these are the ones that must check the budget at entry.
 */
function recursivePlain<N>(gen: Set<N>, callees: Map<N, Set<N>>): N[] {
  const index = new Map<N, number>();
  const low = new Map<N, number>();
  const stack: N[] = [];
  const onStack = new Set<N>();
  const out: N[] = [];
  const plainCallees = (f: N): N[] => [...(callees.get(f) ?? [])].filter((c) => !gen.has(c) && callees.has(c));
  for (const root of callees.keys()) {
    if (gen.has(root) || index.has(root)) continue;
    // An explicit DFS (a deep call chain must not overflow the compiler's own stack).
    const work: { f: N; next: N[]; i: number }[] = [];
    const visit = (f: N): void => {
      index.set(f, index.size);
      low.set(f, index.get(f)!);
      stack.push(f);
      onStack.add(f);
      work.push({ f, next: plainCallees(f), i: 0 });
    };
    visit(root);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      if (top.i < top.next.length) {
        const c = top.next[top.i++]!;
        if (!index.has(c)) visit(c);
        else if (onStack.has(c)) low.set(top.f, Math.min(low.get(top.f)!, index.get(c)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]!.f;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.f)!));
      }
      if (low.get(top.f) !== index.get(top.f)) continue;
      const scc: N[] = [];
      for (;;) {
        const x = stack.pop()!;
        onStack.delete(x);
        scc.push(x);
        if (x === top.f) break;
      }
      if (scc.length > 1 || top.next.includes(top.f)) out.push(...scc);
    }
  }
  return out;
}

/** Close set over the static call graph: a function that calls a member becomes one (a fixed
 *  point, for "is a generator" and "allocates" alike). */
function propagate<N>(set: Set<N>, callees: Map<N, Set<N>>): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const [f, cs] of callees) {
      if (set.has(f)) continue;
      for (const c of cs) {
        if (set.has(c)) {
          set.add(f);
          changed = true;
          break;
        }
      }
    }
  }
}

/**
 * Does body reach a yield point of its own, or call something that may? Its static callees go
 * to callees. hook (twins.ts twinHook) judges the calls that may use a twin: whether one
 * blocks, or undefined for these rules.
 */
function directlyBlocks(
  ctx: Ctx, body: ast.BlockStmt, callees: Set<CallNode>, hook: (n: ast.CallExpr) => boolean | undefined,
): boolean {
  let blocks = false;
  const labeled = new Set<ast.ForStmt>();
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
      case "LabeledStmt":
        if (n.stmt.kind === "ForStmt") {
          labeled.add(n.stmt);
          if (loopNeverExits(n.stmt, n.label.name)) blocks = true;
        }
        break;
      case "ForStmt":
        if ((!labeled.has(n) && loopNeverExits(n, undefined)) || loopWaits(ctx, n)) blocks = true;
        break;
      case "GoStmt":
        // The go statement's callee runs in the new goroutine; its arguments and the callee
        // expression (a method value's receiver, `m[k]`, `<-c`, `g()`) run here.
        visit(n.call.args);
        if (unparen(n.call.fun).kind !== "FuncLit") visit(n.call.fun);
        return;
      case "CallExpr":
        if (hook(n) ?? callBlocks(ctx, n, callees)) blocks = true;
        break;
    }
    for (const k in n) {
      if (k === "pos") continue;
      const v = n[k];
      if (v && typeof v === "object") visit(v);
    }
  };
  visit(body);
  return blocks;
}

/**
 * Functions with a loop that allocates (directly, or by calling a declared function that
 * allocates) are generators too: their back-edges are then safe points, where a GC cycle that
 * an allocation triggered can start (runtime/mgc.ts). A plain function's loop could allocate
 * without bound and never let the collector run. Natives are taken not to allocate here.
 */
function allocatingLoops(ctx: Ctx, decls: Decl[]): { looping: T.Func[]; allocs: Set<T.Func> } {
  const info = new Map<T.Func, AllocSummary>();
  for (const d of decls) info.set(d.obj, allocSummary(ctx, d.decl.body!));
  const allocs = new Set<T.Func>();
  for (const [f, r] of info) if (r.allocs) allocs.add(f);
  propagate(allocs, new Map([...info].map(([f, r]) => [f, r.calls])));
  const looping: T.Func[] = [];
  for (const [f, r] of info) if (r.loopAllocs || [...r.loopCalls].some((c) => allocs.has(c))) looping.push(f);
  return { looping, allocs };
}

/** What a body (not its nested literals) allocates: anywhere, in a loop, and the declared
 *  functions it calls, anywhere and in a loop. */
interface AllocSummary {
  allocs: boolean;
  loopAllocs: boolean;
  calls: Set<T.Func>;
  loopCalls: Set<T.Func>;
}

export function allocSummary(ctx: Ctx, body: ast.BlockStmt): AllocSummary {
  const r: AllocSummary = { allocs: false, loopAllocs: false, calls: new Set(), loopCalls: new Set() };
  let loops = 0;
  // A return statement runs once per call, in a loop or not: what it allocates and calls is
  // not the loop's (uitoa's `for { ...; if v == 0 { return string(b[i:]) } }`).
  const outer: number[] = [];
  const isLoop = (n: any): boolean => n.kind === "ForStmt" || n.kind === "RangeStmt";
  const enter = (n: any): boolean => {
    if (n.kind === "FuncLit") return false;
    if (isLoop(n)) loops++;
    if (n.kind === "ReturnStmt") {
      outer.push(loops);
      loops = 0;
    }
    if (isAllocation(ctx, n)) {
      r.allocs = true;
      if (loops > 0) r.loopAllocs = true;
    }
    if (n.kind === "CallExpr") {
      const fun = callee(ctx, n.fun);
      const id = fun.kind === "Ident" ? fun : fun.kind === "SelectorExpr" ? fun.sel : undefined;
      const o = id ? ctx.objOf(id) : undefined;
      const im = ifaceMethod(ctx, fun);
      // An interface method call may call any method of its name (ifacecalls.ts).
      const fs = im !== undefined ? ctx.ifaceCalls.methodsFor(im) : o?.tag === "Func" ? [o] : [];
      for (const f of fs) {
        if (!ctx.funcs.has(f) || ctx.funcs.peek(f)!.native !== undefined) continue;
        r.calls.add(f);
        if (loops > 0) r.loopCalls.add(f);
      }
    }
    return true;
  };
  inspect(body, enter, (n) => {
    if (isLoop(n)) loops--;
    if (n.kind === "ReturnStmt") loops = outer.pop()!;
  });
  return r;
}

/**
 * Can a function literal be a plain function? The rules a declared function's body is judged
 * by (analyzeBlocking), applied to the literal's body once every declared function is judged:
 * no yield point of its own, no call that may yield (a func value, an interface method, a
 * generator, unless it may call a twin: twins.ts twinHook), no loop that allocates or never
 * ends. A literal needs no entry check: only a func value reaches it, and a cycle of plain
 * calls through one (a literal passed to a twin) has a declared function or a twin on it,
 * whose entry checks.
 */
export function plainLiteral(ctx: Ctx, lit: ast.FuncLit): boolean {
  return !directlyBlocks(ctx, lit.body, new Set(), twinHook(ctx, undefined)) && !literalLoopsAllocate(ctx, lit);
}

/** Has a literal a loop that allocates, itself or through a declared function it calls? */
function literalLoopsAllocate(ctx: Ctx, lit: ast.FuncLit): boolean {
  const r = allocSummary(ctx, lit.body);
  return r.loopAllocs || [...r.loopCalls].some((c) => ctx.allocFuncs.has(c));
}

/** Does evaluating n itself allocate (newobject.ts's entry points)? */
function isAllocation(ctx: Ctx, n: any): boolean {
  switch (n.kind) {
    case "CompositeLit": {
      const u = under(ctx.typeOf(n));
      return u.tag === "Slice" || u.tag === "Map" || u.tag === "Pointer";
    }
    case "UnaryExpr":
      return n.op === "&" && unparen(n.x).kind === "CompositeLit";
    case "BinaryExpr":
      return n.op === "+" && ctx.tv(n)?.mode !== "constant" && isStringType(ctx.typeOf(n));
    case "AssignStmt":
      return n.tok === "+=" && isStringType(ctx.typeOf(n.lhs[0]));
    case "CallExpr": {
      const ftv = ctx.tv(n.fun);
      if (ftv && ftv.mode === "typexpr") {
        // Conversions between strings and byte or rune slices.
        const to = under(ftv.type);
        const from = n.args[0] ? under(ctx.typeOf(n.args[0])) : undefined;
        return (to.tag === "Slice" && from !== undefined && isStringType(from)) || (isStringType(to) && from?.tag === "Slice");
      }
      const fun = unparen(n.fun);
      if (fun.kind !== "Ident") return false;
      const o = ctx.objOf(fun);
      return o?.tag === "Builtin" && (o.name === "new" || o.name === "make" || o.name === "append");
    }
  }
  return false;
}

function isStringType(t: T.Type): boolean {
  const u = under(t);
  return u.tag === "Basic" && (u.info & T.BasicInfo.IsString) !== 0;
}

/**
 * A `for` without a condition that no break, return or goto leaves: it spins until the
 * goroutine dies. Its function is a generator, so that the spin is a safe point: a spinning
 * plain function would hold off every GC cycle (a cycle cannot start while a goroutine is
 * suspended in plain code, see Machine.suspendPlain). A spinning function never returns, so
 * the price of a generator call is paid once.
 */
function loopNeverExits(loop: ast.ForStmt, label: string | undefined): boolean {
  if (loop.cond) return false;
  let exits = false;
  // depth counts the statements between loop and n that an unlabeled break would leave.
  const visit = (n: any, depth: number): void => {
    if (exits || n === null || typeof n !== "object") return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x, depth);
      return;
    }
    switch (n.kind) {
      case "FuncLit":
        return;
      case "ReturnStmt":
        exits = true;
        return;
      case "BranchStmt":
        if (n.tok === "goto" || (n.tok === "break" && (n.label ? n.label.name === label : depth === 0))) exits = true;
        return;
      case "ForStmt":
      case "RangeStmt":
      case "SwitchStmt":
      case "TypeSwitchStmt":
      case "SelectStmt":
        for (const k in n) if (k !== "pos") visit(n[k], depth + 1);
        return;
    }
    for (const k in n) if (k !== "pos" && typeof n[k] === "object") visit(n[k], depth);
  };
  visit(loop.body, 0);
  return !exits;
}

/**
 * A loop that cannot bring itself closer to its end: it calls nothing, and assigns none of the
 * variables its exits test (its condition, and every if and switch condition in its body). It
 * ends only when another goroutine writes them (`for !done {}`, `for { if flag { break } }`),
 * so it is a generator: suspended in plain code, it could wait on a goroutine that itself
 * waits, suspended further out, to be resumed (Machine.suspendPlain resumes the innermost
 * first). A loop that calls a function is taken to make progress.
 */
function loopWaits(ctx: Ctx, loop: ast.ForStmt): boolean {
  const sum = loopSummary(ctx, loop);
  if (sum.progress) return false;
  const tested = new Set(sum.tested);
  readVars(ctx, loop.cond, tested);
  for (const o of tested) if (sum.assigned.has(o)) return false;
  return true;
}

/** What a loop's body and post statement do, for loopWaits: whether they call a function or
 *  take an address (progress), the variables they assign, and the variables their if and
 *  switch conditions read (func literals excluded). */
interface LoopSummary {
  progress: boolean;
  assigned: Set<T.Obj>;
  tested: Set<T.Obj>;
}

/** Summaries are computed once per loop, bottom-up: an inner loop's summary is merged into its
 *  outer loop's, so nested loops cost linear time (3,000 nested loops took minutes when each
 *  level walked its whole body). */
const summaries = new WeakMap<Ctx, Map<ast.ForStmt, LoopSummary>>();

function loopSummary(ctx: Ctx, loop: ast.ForStmt): LoopSummary {
  // Per compilation: the standard library's syntax trees are shared between compilations
  // (api.ts, stdParses), its type-checked objects are not.
  let memo = summaries.get(ctx);
  if (memo === undefined) summaries.set(ctx, (memo = new Map()));
  const have = memo.get(loop);
  if (have !== undefined) return have;
  const sum: LoopSummary = { progress: false, assigned: new Set(), tested: new Set() };
  const assign = (e: ast.Expr): void => {
    let x = unparen(e);
    // An element or field assignment writes the variable it is reached from.
    while (x.kind === "SelectorExpr" || x.kind === "IndexExpr" || x.kind === "StarExpr" || x.kind === "ParenExpr") x = x.x;
    if (x.kind === "Ident") {
      const o = ctx.objOf(x);
      if (o) sum.assigned.add(o);
    }
  };
  inspect([loop.body, loop.post], (n) => {
    switch (n.kind) {
      case "FuncLit":
        return false;
      case "ForStmt": {
        const inner = loopSummary(ctx, n);
        if (inner.progress) sum.progress = true;
        for (const o of inner.assigned) sum.assigned.add(o);
        for (const o of inner.tested) sum.tested.add(o);
        // The inner loop's own condition, init and post belong to this loop's body too.
        inspectLoopHead(ctx, n, sum, assign);
        return false;
      }
      case "IfStmt":
        readVars(ctx, n.cond, sum.tested);
        break;
      case "SwitchStmt":
        readVars(ctx, n.tag, sum.tested);
        for (const c of n.body) for (const e of c.list) readVars(ctx, e, sum.tested);
        break;
      case "CallExpr":
        if (!isPureCall(ctx, n)) sum.progress = true;
        break;
      case "AssignStmt":
        n.lhs.forEach(assign);
        break;
      case "IncDecStmt":
        assign(n.x);
        break;
      case "RangeStmt":
        if (n.key) assign(n.key);
        if (n.value) assign(n.value);
        break;
      case "UnaryExpr":
        if (n.op === "&") sum.progress = true; // written through a pointer
        break;
    }
    return true;
  });
  memo.set(loop, sum);
  return sum;
}

/** The parts of a nested loop outside its body (init, condition, post) as the enclosing loop's
 *  summary sees them: calls, address-taking and assignments in them count. */
function inspectLoopHead(ctx: Ctx, loop: ast.ForStmt, sum: LoopSummary, assign: (e: ast.Expr) => void): void {
  inspect([loop.init, loop.cond, loop.post], (n) => {
    if (n.kind === "FuncLit") return false;
    if (n.kind === "CallExpr" && !isPureCall(ctx, n)) sum.progress = true;
    if (n.kind === "AssignStmt") n.lhs.forEach(assign);
    if (n.kind === "IncDecStmt") assign(n.x);
    if (n.kind === "UnaryExpr" && n.op === "&") sum.progress = true;
    return true;
  });
}

/** Adds the variables e reads to out (func literals excluded). */
function readVars(ctx: Ctx, e: ast.Node | undefined, out: Set<T.Obj>): void {
  inspect(e, (n) => {
    if (n.kind === "FuncLit") return false;
    if (n.kind === "Ident") {
      const o = ctx.objOf(n);
      if (o && o.tag === "Var") out.add(o);
    }
    return true;
  });
}

/** A conversion or a builtin that changes nothing (len, cap, complex parts): not progress. */
function isPureCall(ctx: Ctx, e: ast.CallExpr): boolean {
  const ftv = ctx.tv(e.fun);
  if (ftv && ftv.mode === "typexpr") return true;
  const fun = unparen(e.fun);
  if (fun.kind !== "Ident") return false;
  const o = ctx.objOf(fun);
  return o?.tag === "Builtin" && ["len", "cap", "real", "imag", "complex", "min", "max"].includes(o.name);
}

function callBlocks(ctx: Ctx, e: ast.CallExpr, callees: Set<CallNode>): boolean {
  const ftv = ctx.tv(e.fun);
  if (ftv && ftv.mode === "typexpr") return false; // a conversion
  const fun = callee(ctx, e.fun);
  const cname = cgoCallee({ ctx }, fun);
  if (cname !== undefined) return !isCgoHelper(cname);
  const id = fun.kind === "Ident" ? fun : fun.kind === "SelectorExpr" ? fun.sel : undefined;
  if (id) {
    const o = ctx.objOf(id);
    if (o && o.tag === "Builtin") return o.name === "delete" || o.name === "close";
    if (o && o.tag === "Func") {
      // A method of an interface (or promoted from an embedded one): dynamic, ifacecalls.ts.
      const im = ifaceMethod(ctx, fun);
      if (im !== undefined) return ctx.ifaceCalls.blocks(im, callees);
      const sel = fun.kind === "SelectorExpr" ? ctx.info.selections.get(fun) : undefined;
      if (sel && sel.kind === "MethodVal" && !ctx.funcs.has(o)) return true;
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
