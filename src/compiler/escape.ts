// Escape analysis, in a few simple rules: which allocations of a function stay on its stack.
//
// Go's escape analysis (cmd/compile/internal/escape) follows every value through the whole
// program. gort keeps its decisive case, the one that changes what the heap sees in ordinary
// code: a local variable initialized by an allocation and used only in place.
//
// Rules. An allocation stays on the stack when
//   1. it is `new(T)`, `&T{...}`, `make([]T, n[, m])` with constant sizes, `make(map[K]V[, n])`,
//      a slice or map literal, or `[]byte(s)` or `[]rune(s)` of a string, and it is the initializer of
//      a local variable v (`v := E` or `var v = E`);
//   2. every use of v is in place: a field selection (v.f), a dereference (*v), an index
//      (v[i], as a value or assigned to), len/cap/copy/delete, `v = append(v, ...)` (or
//      `_ = append(v, ...)`), a range
//      over v, a comparison with ==/!=, a conversion to a string, or being assigned to;
//   3. no function literal refers to v (a closure could outlive the frame).
//   4. (struct and array variables) `&v` escapes only when returned, sent, stored outside a
//      local, put in a literal, or converted to an interface (addressEscapes below).
// An allocation that is only the operand of len or cap stays on the stack too, and so does a
// map literal indexed where it stands; a string(b) that Go reads in place is no allocation at
// all (strtmp.ts).
// Anything else escapes: returning v, storing it anywhere, passing it to any call (Go would
// look into the callee), converting it to an interface, taking a method value or calling a
// method on it. A slice of v (sliceInPlace) is in place when discarded, stored back into v,
// used in place itself, or defining a new variable whose uses are then judged as v's. Size limits (64 KiB, Go's maxImplicitStackVarSize) are checked when
// the program runs (newobject.ts), since gort's compiler does not lay out types.
//
// Function literals: one called on the spot (`func(){...}()`) allocates nothing; one deferred
// (`defer func(){...}()`) lives in the frame (Go 1.13+ stack-allocates its closure); any other
// one, including `go func(){...}()`, is a heap closure when it captures variables.

import type * as ast from "../frontend/ast.js";
import type * as T from "../frontend/types.js";
import type { Ctx } from "./context.js";
import { unparen } from "./expr.js";
import { BasicKind as K } from "../frontend/types.js";
import { basicKind, isString, under } from "./typeutil.js";
import { inspect } from "./inspect.js";
import { inPlaceStrings } from "./strtmp.js";

export interface EscapeInfo {
  /** Allocation expressions that stay on the stack. */
  stack: Set<ast.Node>;
  /** Struct and array variables whose address escapes (`return &v`, `&v` stored, sent, or
   *  converted to an interface): Go moves them to the heap. */
  heapVars: Set<T.Var>;
  /** Function literals called on the spot ("call"), deferred ("defer"), or the callee of a
   *  go statement ("go", a heap closure like any other). */
  funcLits: Map<ast.FuncLit, "call" | "defer" | "go">;
}

/**
 * The analysis of a whole declaration: the top-level function's body with the function
 * literals nested in it, each variable judged within the function that declares it (one walk
 * whatever the nesting depth; compiler/context.ts FnTree shares the result).
 */
export function analyzeEscape(ctx: Ctx, body: ast.BlockStmt): EscapeInfo {
  const cands = new Map<T.Var, Cand>();
  const funcLits: EscapeInfo["funcLits"] = new Map();
  const measured: ast.Node[] = [];
  findCandidates(ctx, body, cands, funcLits, measured);
  const escaped = new Set<T.Var>();
  if (cands.size > 0) findEscapes(ctx, body, cands, escaped);
  // An allocation stays when none of the variables holding it (its own and its slices') escapes.
  const gone = new Set<ast.Node>();
  for (const [v, c] of cands) if (escaped.has(v)) gone.add(c.alloc);
  const stack = new Set<ast.Node>(measured);
  for (const c of cands.values()) if (!gone.has(c.alloc)) stack.add(c.alloc);
  for (const e of inPlaceStrings(ctx, body)) stack.add(e);
  return { stack, funcLits, heapVars: addressEscapes(ctx, body) };
}

/**
 * Rule 4: a struct or array variable v moves to the heap when `&v` (or `&v.f`, `&v[i]`) is
 * returned, sent, put in a composite literal, stored anywhere but a local variable, or passed
 * as an interface. Passing `&v` as a pointer argument does not count (Go usually proves the
 * callee does not keep it: runtime.ReadMemStats(&m) leaves m on the stack).
 */
function addressEscapes(ctx: Ctx, body: ast.BlockStmt): Set<T.Var> {
  const out = new Set<T.Var>();
  inspect(body, (n, parents) => {
    if (n.kind !== "UnaryExpr" || n.op !== "&") return;
    const v = addressedVar(ctx, n.x);
    if (v !== undefined && !out.has(v) && addressEscapesAt(ctx, n, parents)) out.add(v);
  });
  return out;
}

/** The local struct or array variable whose storage &x points into, if any. */
function addressedVar(ctx: Ctx, x: ast.Expr): T.Var | undefined {
  let e = unparen(x);
  while (e.kind === "SelectorExpr" || e.kind === "IndexExpr") {
    if (e.kind === "SelectorExpr" && ctx.info.selections.get(e)?.indirect) return undefined;
    const t = under(ctx.typeOf(e.x));
    if (e.kind === "IndexExpr" && t.tag !== "Array") return undefined;
    e = unparen(e.x);
  }
  if (e.kind !== "Ident") return undefined;
  const o = ctx.info.uses.get(e);
  if (!o || o.tag !== "Var" || o.isField) return undefined;
  const u = under(o.type);
  return u.tag === "Struct" || u.tag === "Array" ? o : undefined;
}

function addressEscapesAt(ctx: Ctx, amp: ast.Expr, parents: readonly any[]): boolean {
  let child: any = amp;
  let i = parents.length - 1;
  while (i >= 0 && parents[i].kind === "ParenExpr") child = parents[i--];
  const p = parents[i];
  if (p === undefined) return false;
  switch (p.kind) {
    case "ReturnStmt": case "SendStmt": case "CompositeLit": case "KeyValueExpr": case "GoStmt":
      return true;
    case "AssignStmt": {
      const j = p.rhs.indexOf(child);
      if (j < 0) return false;
      const l = p.lhs.length === p.rhs.length ? unparen(p.lhs[j]) : undefined;
      if (l === undefined || l.kind !== "Ident") return true;
      const o = ctx.objOf(l);
      return !(o && o.tag === "Var" && !ctx.pkgVars.has(o) && !isIface(ctx, o.type));
    }
    case "ValueSpec":
      return p.type !== undefined && isIface(ctx, ctx.typeOf(p.type));
    case "CallExpr": {
      const j = p.args.indexOf(child);
      if (j < 0) return false;
      const ft = under(ctx.typeOf(p.fun));
      if (ft.tag !== "Signature") return false; // a conversion or builtin
      const ps = ft.params.vars;
      const pt = j >= ps.length - 1 && ft.variadic ? (under(ps[ps.length - 1]!.type) as T.Slice).elem : ps[j]?.type;
      return pt !== undefined && isIface(ctx, pt);
    }
  }
  return false;
}

function isIface(_ctx: Ctx, t: T.Type): boolean {
  return under(t).tag === "Interface";
}

/** Is e an allocation rule 1 covers? */
function isStackCandidate(ctx: Ctx, e: ast.Expr): boolean {
  if (e.kind === "UnaryExpr") return e.op === "&" && unparen(e.x).kind === "CompositeLit";
  if (e.kind === "CompositeLit") {
    const t = under(ctx.typeOf(e));
    return t.tag === "Slice" || t.tag === "Map";
  }
  if (e.kind !== "CallExpr") return false;
  if (isStringToSlice(ctx, e)) return true;
  const f = unparen(e.fun);
  if (f.kind !== "Ident") return false;
  const o = ctx.objOf(f);
  if (!o || o.tag !== "Builtin") return false;
  if (f.name === "new") return true;
  if (f.name !== "make") return false;
  const t = under(ctx.tv(e.args[0]!)!.type);
  if (t.tag === "Map") return true;
  if (t.tag !== "Slice") return false;
  return e.args.slice(1).every((a) => ctx.tv(a)?.mode === "constant");
}

/** []byte(s) or []rune(s) of a string: Go's stack buffer when it does not escape. */
export function isStringToSlice(ctx: Ctx, e: ast.CallExpr): boolean {
  if (ctx.tv(e.fun)?.mode !== "typexpr" || e.args.length !== 1) return false;
  const to = under(ctx.tv(e.fun)!.type);
  const from = ctx.tv(e.args[0]!)?.type;
  if (to.tag !== "Slice" || from === undefined) return false;
  return isString(from) && (basicKind(to.elem) === K.Uint8 || basicKind(to.elem) === K.Int32);
}

/** A variable holding an allocation that may stay on the stack: the allocation, and the
 *  function literal that declares the variable (undefined for the top-level function). */
interface Cand {
  alloc: ast.Node;
  fn: ast.FuncLit | undefined;
}

/** Rule 1's candidates, the function literals' kinds, and measured: the allocations that are
 *  only the operand of len or cap (cap([]byte(s))), and the map literals indexed where they
 *  stand, which stay on the stack. */
function findCandidates(ctx: Ctx, body: ast.BlockStmt, cands: Map<T.Var, Cand>, lits: EscapeInfo["funcLits"], measured: ast.Node[]): void {
  const fns: ast.FuncLit[] = [];
  // Statements come before their calls in the walk, so go and defer mark their literals first.
  const define = (id: ast.Expr, e: ast.Expr | undefined): void => {
    if (e === undefined || id.kind !== "Ident") return;
    const x = unparen(e);
    const fn = fns[fns.length - 1];
    const o = ctx.info.defs.get(id);
    if (!o || o.tag !== "Var") return;
    if (isStackCandidate(ctx, x)) cands.set(o, { alloc: x, fn });
    // w := v[i:j] of a candidate v in the same function: w aliases v's allocation, which stays
    // only if w's uses are in place too (Go's flow of v into w).
    const base = x.kind === "SliceExpr" ? unparen(x.x) : undefined;
    const from = base?.kind === "Ident" ? ctx.info.uses.get(base) : undefined;
    const c = from?.tag === "Var" ? cands.get(from) : undefined;
    if (c !== undefined && c.fn === fn) cands.set(o, { alloc: c.alloc, fn });
  };
  inspect(body, (n) => {
    switch (n.kind) {
      case "FuncLit":
        fns.push(n);
        break;
      case "AssignStmt":
        if (n.tok === ":=" && n.lhs.length === n.rhs.length) n.lhs.forEach((l: ast.Expr, i: number) => define(l, n.rhs[i]));
        break;
      case "ValueSpec":
        if (n.names.length === n.values.length) n.names.forEach((id: ast.Ident, i: number) => define(id, n.values[i]));
        break;
      case "CallExpr": {
        const f = unparen(n.fun);
        if (f.kind === "FuncLit" && !lits.has(f)) lits.set(f, "call");
        if (f.kind === "Ident" && (f.name === "len" || f.name === "cap") && n.args.length === 1 && ctx.objOf(f)?.tag === "Builtin") {
          const x = unparen(n.args[0]!);
          if (isStackCandidate(ctx, x)) measured.push(x);
        }
        break;
      }
      case "IndexExpr": {
        // A map literal indexed on the spot (a lookup table): used in place. (Ranged over on
        // the spot, it escapes in Go 1.19: two allocations, measured.)
        const x = unparen(n.x);
        if (x.kind === "CompositeLit" && under(ctx.typeOf(x)).tag === "Map") measured.push(x);
        break;
      }
      case "DeferStmt": {
        const f = unparen(n.call.fun);
        if (f.kind === "FuncLit") lits.set(f, "defer");
        break;
      }
      case "GoStmt": {
        // Not called on the spot: the new goroutine's closure is a heap object.
        const f = unparen(n.call.fun);
        if (f.kind === "FuncLit") lits.set(f, "go");
        break;
      }
    }
    return true;
  }, (n) => {
    if (n.kind === "FuncLit") fns.pop();
  });
}

/** A candidate escapes when a use is not in place, or is in another function (a closure). */
function findEscapes(ctx: Ctx, body: ast.BlockStmt, cands: Map<T.Var, Cand>, escaped: Set<T.Var>): void {
  const fns: ast.FuncLit[] = [];
  inspect(
    body,
    (n, parents) => {
      if (n.kind === "FuncLit") fns.push(n);
      if (n.kind !== "Ident") return;
      const o = ctx.info.uses.get(n);
      const c = o && o.tag === "Var" ? cands.get(o) : undefined;
      if (c && (fns[fns.length - 1] !== c.fn || !inPlace(ctx, n, parents, o as T.Var))) escaped.add(o as T.Var);
    },
    (n) => {
      if (n.kind === "FuncLit") fns.pop();
    },
  );
}

/** Rule 2: is this use of v one that leaves the allocation where it is? */
function inPlace(ctx: Ctx, id: ast.Ident, parents: readonly any[], v: T.Var): boolean {
  let i = parents.length - 1;
  let p = parents[i];
  let child: any = id;
  while (p.kind === "ParenExpr") {
    child = p;
    p = parents[--i];
  }
  // &v.f, &v[i], &*v: the address of a part of the allocation leaves with it.
  if ((p.kind === "SelectorExpr" || p.kind === "IndexExpr" || p.kind === "StarExpr") && parents[i - 1]?.kind === "UnaryExpr" && parents[i - 1].op === "&") {
    return false;
  }
  switch (p.kind) {
    case "SelectorExpr":
      return p.x === child && ctx.info.selections.get(p)?.kind === "FieldVal";
    case "StarExpr":
      return true;
    case "IndexExpr":
      return p.x === child;
    case "RangeStmt":
      return (p as ast.RangeStmt).x === child;
    case "SliceExpr":
      return p.x === child && sliceInPlace(ctx, p, parents.slice(0, i), v);
    case "BinaryExpr":
      return p.op === "==" || p.op === "!=";
    case "AssignStmt":
      return p.lhs.includes(child as ast.Expr);
    case "CallExpr":
      return inPlaceCall(ctx, p, child, parents[i - 1], v);
  }
  return false;
}

/**
 * v[i:j] leaves v's allocation where it is when the slice is discarded (`_ = v[i:j]`), goes back
 * into v (`v = v[1:]`), defines a variable that aliases v (findCandidates: its own uses are
 * judged), or is itself used in place (indexed, ranged over, len/cap/copy, converted to a string).
 */
function sliceInPlace(ctx: Ctx, e: ast.SliceExpr, parents: Parameters<typeof inPlace>[2], v: T.Var): boolean {
  let i = parents.length - 1;
  let child: ast.Node = e;
  let p = parents[i];
  while (p?.kind === "ParenExpr") {
    child = p;
    p = parents[--i];
  }
  if (p?.kind === "AssignStmt") {
    const k = (p as ast.AssignStmt).rhs.indexOf(child as ast.Expr);
    const lhs = k >= 0 && p.lhs.length === p.rhs.length ? unparen(p.lhs[k]!) : undefined;
    if (lhs?.kind !== "Ident") return false;
    if (lhs.name === "_") return true;
    // A new variable: findCandidates made it an alias of v's allocation.
    if (p.tok === ":=" && ctx.info.defs.get(lhs) !== undefined) return true;
    return ctx.objOf(lhs) === v;
  }
  return p !== undefined && inPlace(ctx, child as ast.Ident, parents.slice(0, i + 1), v);
}

function inPlaceCall(ctx: Ctx, call: ast.CallExpr, child: unknown, outer: any, v: T.Var): boolean {
  // string(v) copies v's bytes or runes: v stays where it is.
  if (ctx.tv(call.fun)?.mode === "typexpr") return isString(ctx.tv(call.fun)!.type);
  const f = unparen(call.fun);
  if (f.kind !== "Ident" || ctx.objOf(f)?.tag !== "Builtin") return false;
  switch (f.name) {
    case "len": case "cap": case "copy": case "delete":
      return true;
    case "append": {
      // v = append(v, ...): the result goes back into v itself (or is discarded: _ = ...).
      if (call.args[0] !== child || outer?.kind !== "AssignStmt") return false;
      const a = outer as ast.AssignStmt;
      const lhs = a.lhs.length === 1 ? unparen(a.lhs[0]!) : undefined;
      return lhs?.kind === "Ident" && (lhs.name === "_" || ctx.objOf(lhs) === v) && a.rhs[0] === call;
    }
  }
  return false;
}
