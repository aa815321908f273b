// Compile a preamble's functions: which may yield, and their plain or generator entry points.
//
// Not a model of a Go file. The "may yield" analysis is the C counterpart of the Go compiler's
// choice of generator functions (runtime/value.ts, "Calls"): a C function is blocking when it
// calls, directly or through other preamble functions, a libc function that sleeps or does I/O.
//
// Terms: FnRef.blocking is the fixpoint of that relation over the call graph (recursion
// included: a cycle is blocking only if some member calls a blocking function).
//
// Invariants: a blocking function has only `gen`, a non-blocking one only `plain`; a frame has
// nslots slots, all 0 on entry except the arguments.

import type { CExpr, CFunc, CStmt } from "./ast.js";
import { exprBlocks } from "./ccall.js";
import { CompileError, Cx, type FnRef, type ProgCx } from "./ccx.js";
import { cbody } from "./cstmt.js";
import { enter, Frame, leave, type CallState, type CFunction, type Gen } from "./interp.js";
import type { V } from "./ops.js";

function stmtBlocks(p: ProgCx, s: CStmt): boolean {
  const e = (x: CExpr | undefined): boolean => x !== undefined && exprBlocks(p, x);
  switch (s.k) {
    case "expr": return e(s.x);
    case "decl": return s.vars.some((v) => e(v.init));
    case "if": return e(s.c) || stmtBlocks(p, s.then) || (s.else !== undefined && stmtBlocks(p, s.else));
    case "for":
      return (s.init !== undefined && stmtBlocks(p, s.init)) || e(s.c) || e(s.post) || stmtBlocks(p, s.body);
    case "while": case "do": return e(s.c) || stmtBlocks(p, s.body);
    case "return": return e(s.x);
    case "block": return s.body.some((b) => stmtBlocks(p, b));
    case "break": case "continue": case "empty": return false;
  }
}

/** Settle FnRef.blocking for every defined function. */
export function markBlocking(p: ProgCx, defs: CFunc[]): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of defs) {
      const ref = p.funcs.get(f.name)!;
      if (!ref.blocking && stmtBlocks(p, f.body!)) {
        ref.blocking = true;
        changed = true;
      }
    }
  }
}

/** Compile one function definition; errors go to `errors`. */
export function compileFunc(p: ProgCx, fn: CFunc, errors: CompileError[]): CFunction | undefined {
  const ref: FnRef = p.funcs.get(fn.name)!;
  const cx = new Cx(p);
  cx.blocking = ref.blocking;
  cx.result = fn.result;
  cx.push();
  for (const prm of fn.params) {
    if (prm.t === "void") {
      errors.push(new CompileError(prm.pos, "C parameter of type void"));
      return undefined;
    }
    cx.declare(prm.pos, prm.name === "" ? `#${cx.nslots}` : prm.name, prm.t);
  }
  let body;
  try {
    body = cbody(cx, fn);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    cx.errors.push(e);
  }
  errors.push(...cx.errors);
  if (body === undefined || cx.errors.length > 0) return undefined;
  const nslots = cx.nslots;
  const name = fn.name;
  const zero: V = fn.result === "void" ? undefined : 0;
  const frame = (st: CallState, args: V[]): Frame => {
    const v = args.slice();
    while (v.length < nslots) v.push(0);
    const f = new Frame(v, st);
    f.ret = zero;
    return f;
  };
  const out: CFunction = { name, params: ref.params, result: ref.result, blocking: ref.blocking, nslots };
  if (body.ex !== undefined && !ref.blocking) {
    const ex = body.ex;
    out.plain = (st, args) => {
      enter(st, name);
      const f = frame(st, args);
      ex(f);
      leave(f);
      return f.ret;
    };
  } else {
    const gx = body.gx ?? function* (f: Frame): Gen<number> { return body!.ex!(f); };
    out.gen = function* (st, args): Gen<V> {
      enter(st, name);
      const f = frame(st, args);
      yield* gx(f);
      leave(f);
      return f.ret;
    };
  }
  return out;
}
