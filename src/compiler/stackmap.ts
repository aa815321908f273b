// Stack maps: which locals of a frame may still be used at a yield point.
//
// Go's compiler emits a stack map at every safe point (cmd/compile/internal/liveness): the
// pointer slots that are live there, so the collector does not keep dead locals' objects
// alive. gort's frames are JS closures, so the compiler emits, at each yield point of a
// generator, a scan closure listing the live locals (FuncEmitter.stackMap); the marker
// (runtime/mgcmark.ts) calls it.
//
// Liveness, in source order rather than over a control-flow graph: a variable is live at a
// point p when
//   - some use of it comes after p in the function's text, or
//   - p lies in a loop (for, range) whose body or header uses it (the next iteration may), or
//   - a function literal refers to it, or it is a result (returned at the end), or
//   - the function contains a goto (backward jumps make text order meaningless).
// This over-approximates Go's liveness (a use in the other arm of an if is "later"), never
// under-approximates it. Two refinements follow Go: at the yield of a call of a Go function,
// the uses inside that call's own arguments are over (the callee's frame holds what they
// passed, and its own stack maps say how long); and taking a variable's address does not make
// it live: a struct or array is its own object, which the pointers to it keep alive (Go 1.12's
// stack objects: live while a live pointer reaches them), and a scalar is boxed, its box
// always listed (func.ts).

import type * as ast from "../frontend/ast.js";
import type * as T from "../frontend/types.js";
import type { Ctx } from "./context.js";
import { isString, under } from "./typeutil.js";
import { inspect } from "./inspect.js";

type Span = [number, number];

export class Liveness {
  /** Reads of each variable (a plain assignment's left side is not one). */
  private readonly uses = new Map<T.Var, number[]>();
  /** Plain assignments `v = ...` that are statements of the function body itself (no branch
   *  or loop can skip them): [start, end] of the statement. */
  private readonly kills = new Map<T.Var, Span[]>();
  private readonly always = new Set<T.Var>();
  private readonly loops: Span[] = [];
  private readonly writes = new Set<ast.Ident>();
  private allLive = false;

  /** The function has a goto: text order says nothing, and bindings may repeat per jump. */
  get hasGoto(): boolean {
    return this.allLive;
  }

  /** captures: what each function literal uses of its enclosing functions (closures.ts). */
  constructor(ctx: Ctx, body: ast.BlockStmt, results: readonly T.Var[], captures: ReadonlyMap<ast.FuncLit, ReadonlySet<T.Var>>) {
    for (const r of results) this.always.add(r);
    for (const st of body.list) this.topLevelWrite(ctx, st);
    this.collect(ctx, body, captures);
  }

  /** Is v possibly used at or after position p? Uses inside skip (a yielding call's arguments,
   *  callArgsSpan) are over, unless a loop around p repeats them. */
  liveAt(v: T.Var, p: ast.Pos | undefined, skip?: readonly [number, number]): boolean {
    if (this.allLive || p === undefined || this.always.has(v)) return true;
    const us = this.uses.get(v);
    if (us === undefined) return false;
    const at = key(p);
    for (const [a, b] of this.loops) {
      if (at < a || at > b) continue;
      for (const u of us) if (u >= a && u <= b) return true;
    }
    let next = Infinity;
    for (const u of us) if (u >= at && u < next && (skip === undefined || u < skip[0] || u > skip[1])) next = u;
    if (next === Infinity) return false;
    // Dead if an assignment that must run first overwrites v before that read (Go's
    // liveness: the value held now is never read again).
    for (const [a, b] of this.kills.get(v) ?? []) if (a >= at && b < next) return false;
    return true;
  }

  /** `v = expr` (or `v1, v2 = ...`) at the top level of the body: a kill of each v. */
  private topLevelWrite(ctx: Ctx, st: ast.Stmt): void {
    if (st.kind !== "AssignStmt" || st.tok !== "=") return;
    for (const l of st.lhs) {
      if (l.kind !== "Ident") continue;
      const o = ctx.info.uses.get(l);
      if (!o || o.tag !== "Var") continue;
      let ks = this.kills.get(o);
      if (!ks) this.kills.set(o, (ks = []));
      ks.push([key(st.pos), lastKey(st)]);
    }
  }

  /** One pass over the body: reads (not plain assignments' left sides), address-taken and
   *  captured variables, and the span of every loop (its last position is the largest seen
   *  when it is left). A function literal is not entered: what it captures is live
   *  throughout, and it ends at its closing brace. */
  private collect(ctx: Ctx, body: ast.BlockStmt, captures: ReadonlyMap<ast.FuncLit, ReadonlySet<T.Var>>): void {
    let last = 0;
    const loopStarts: number[] = [];
    inspect(
      body,
      (n) => {
        if (n.pos && typeof n.pos.line === "number") last = Math.max(last, key(n.pos));
        switch (n.kind) {
          case "FuncLit":
            for (const o of captures.get(n) ?? []) this.always.add(o);
            last = Math.max(last, key(n.body.rbrace));
            return false;
          case "Ident":
            this.ident(ctx, n);
            break;
          case "BranchStmt":
            if (n.tok === "goto") this.allLive = true;
            break;
          case "AssignStmt":
            // The left side of a plain assignment is written, not read (x.f = and x[i] = read x).
            if (n.tok === "=") for (const l of n.lhs) if (l.kind === "Ident") this.writes.add(l);
            break;
          case "ForStmt":
          case "RangeStmt":
            loopStarts.push(key(n.pos));
            break;
        }
        return true;
      },
      (n) => {
        if (n.kind !== "ForStmt" && n.kind !== "RangeStmt") return;
        const start = loopStarts.pop()!;
        this.loops.push([start, last]);
      },
    );
  }

  /** A read of a variable at its position. */
  private ident(ctx: Ctx, n: ast.Ident): void {
    const o = ctx.info.uses.get(n);
    if (this.writes.has(n) || !o || o.tag !== "Var") return; // assigned, not read
    let us = this.uses.get(o);
    if (!us) this.uses.set(o, (us = []));
    us.push(key(n.pos));
  }
}

/** The span of a call's arguments, between its parentheses, as keys (liveAt's skip). */
export function callArgsSpan(e: ast.CallExpr): [number, number] {
  return [key(e.lparen), key(e.rparen)];
}

/** Positions as one comparable number (lines are far below 2^20 columns apart). */
function key(p: ast.Pos): number {
  return p.line * 1048576 + p.col;
}

/** The largest position inside a node, as a key (a function literal ends at its brace). */
function lastKey(n: ast.Node): number {
  let last = 0;
  inspect(n, (x) => {
    if (x.pos && typeof x.pos.line === "number") last = Math.max(last, key(x.pos));
    if (x.kind !== "FuncLit") return true;
    last = Math.max(last, key(x.body.rbrace));
    return false;
  });
  return last;
}

/** May a value of type t hold a reference the marker must follow (a pointer or a string)? */
export function hasPointers(t: T.Type): boolean {
  const u = under(t);
  switch (u.tag) {
    case "Basic":
      return isString(u);
    case "Struct":
      return u.fields.some((f) => hasPointers(f.type));
    case "Array":
      return u.len > 0 && hasPointers(u.elem);
  }
  return true;
}
