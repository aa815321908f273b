// Compile C function calls: to the preamble's own functions and to libc.
//
// Not a model of a Go file; C11 §6.5.2.2 (function calls): arguments are converted to the
// parameter types as if by assignment; extra arguments of a variadic function get the default
// argument promotions (float → double, char/short → int).
//
// Terms: a call is compiled plain when the callee cannot yield and no argument contains a
// blocking call; otherwise it is a generator closure that `yield*`s into the callee.
//
// Invariants: a call to a preamble function goes through its FnRef, filled after every body is
// compiled, so calls may precede definitions and functions may be recursive.
//
// Arguments are evaluated last to first, as gcc does on amd64 (C leaves the order unspecified).
//
// Simplifications vs C: calls to a preamble function defined with `...` are rejected (no
// va_list); a call to an undeclared function is an error (gcc 12 only warns).

import type { CExpr } from "./ast.js";
import { CompileError, type Cx, type FnRef } from "./ccx.js";
import { assignable, cexpr, type CE } from "./cexpr.js";
import type { Ev, Frame, Gen } from "./interp.js";
import { LIBC, type LibcFn } from "./libc.js";
import type { V } from "./ops.js";
import { promote, type CType } from "./types.js";

type Call = CExpr & { k: "call" };

/** Compile args against params; variadic extras get the default promotions. */
function compileArgs(cx: Cx, e: Call, params: CType[], variadic: boolean): { args: CE[]; ts: CType[] } {
  if (e.args.length < params.length || (!variadic && e.args.length > params.length)) {
    throw new CompileError(
      e.pos,
      `C call of '${e.fn}' with ${e.args.length} arguments; it takes ${params.length}`,
    );
  }
  const args: CE[] = [];
  const ts: CType[] = [];
  e.args.forEach((a, i) => {
    const ce = cexpr(cx, a);
    const pt = params[i];
    const want: CType = pt ?? (ce.t === "float" ? "double" : promote(ce.t));
    if (want === "void") throw new CompileError(a.pos, "C void value used as an argument");
    const conv = assignable(a.pos, ce, want, `argument ${i + 1} of '${e.fn}'`);
    args.push(conv);
    ts.push(want);
  });
  return { args, ts };
}

function cost(args: CE[]): number {
  let n = 1;
  for (const a of args) n += a.n;
  return n;
}

/** Evaluate plain argument closures into a fresh array, last argument first (as gcc does on
 *  amd64, so `printf("%d %d", rand(), rand())` prints what a real run prints). */
function evalArgs(evs: Ev[]): (f: Frame) => V[] {
  switch (evs.length) {
    case 0: return () => [];
    case 1: { const [a] = evs as [Ev]; return (f) => [a(f)]; }
    case 2: {
      const [a, b] = evs as [Ev, Ev];
      return (f) => { const y = b(f); return [a(f), y]; };
    }
    case 3: {
      const [a, b, c] = evs as [Ev, Ev, Ev];
      return (f) => { const z = c(f); const y = b(f); return [a(f), y, z]; };
    }
    default: return (f) => {
      const vals: V[] = new Array(evs.length);
      for (let i = evs.length - 1; i >= 0; i--) vals[i] = evs[i]!(f);
      return vals;
    };
  }
}

function* genArgs(args: CE[], f: Frame): Gen<V[]> {
  const vals: V[] = new Array(args.length);
  for (let i = args.length - 1; i >= 0; i--) {
    const a = args[i]!;
    vals[i] = a.ev !== undefined ? a.ev(f) : yield* a.gv!(f);
  }
  return vals;
}

/** Compile a call expression. */
export function compileCall(cx: Cx, e: Call): CE {
  const user = cx.prog.funcs.get(e.fn);
  if (user !== undefined) return userCall(cx, e, user);
  const lib = LIBC.get(e.fn);
  if (lib !== undefined) return libcCall(cx, e, lib);
  // A libc function gort's libc lacks (getchar), or in real C an undeclared name that fails to
  // link: either way gort cannot run it.
  throw new CompileError(e.pos, `C function '${e.fn}' (not in the preamble or gort's libc) not supported yet`, true);
}

function userCall(cx: Cx, e: Call, ref: FnRef): CE {
  if (ref.variadic) throw new CompileError(e.pos, "C calls to variadic preamble functions not supported yet", true);
  // Declared, never defined: a Go function exported with //export (C calling Go), or in real cgo
  // a link error.
  if (!ref.defined) throw new CompileError(e.pos, `C calls to '${e.fn}', declared but not defined in the preamble (a Go function exported with //export?), not supported yet`, true);
  const { args } = compileArgs(cx, e, ref.params, false);
  const n = cost(args);
  const t = ref.result;
  const plainArgs = args.every((a) => a.ev !== undefined);
  if (!ref.blocking && plainArgs) {
    const ev = evalArgs(args.map((a) => a.ev!));
    return { t, n, ev: (f) => ref.fn!.plain!(f.st, ev(f)) };
  }
  return {
    t, n,
    gv: function* (f) {
      const vals = yield* genArgs(args, f);
      return ref.blocking ? yield* ref.fn!.gen!(f.st, vals) : ref.fn!.plain!(f.st, vals);
    },
  };
}

function libcCall(cx: Cx, e: Call, lib: LibcFn): CE {
  const { args, ts } = compileArgs(cx, e, lib.params, lib.variadic === true);
  lib.check?.(cx, e, args);
  const n = cost(args);
  const t = lib.result;
  const pos = e.pos;
  if (!lib.blocking && args.every((a) => a.ev !== undefined)) {
    const ev = evalArgs(args.map((a) => a.ev!));
    const fn = lib.plain!;
    return { t, n, ev: (f) => fn(f.st, ev(f), ts, pos) };
  }
  return {
    t, n,
    gv: function* (f) {
      const vals = yield* genArgs(args, f);
      return lib.blocking ? yield* lib.gen!(f.st, vals, ts, pos) : lib.plain!(f.st, vals, ts, pos);
    },
  };
}

/** Does the expression contain a call that may yield? (Needs FnRef.blocking settled.) */
export function exprBlocks(cx: { funcs: Map<string, FnRef> }, e: CExpr): boolean {
  switch (e.k) {
    case "int": case "float": case "str": case "id": case "sizeof": return false;
    case "call": {
      const u = cx.funcs.get(e.fn);
      const b = u !== undefined ? u.blocking : LIBC.get(e.fn)?.blocking === true;
      return b || e.args.some((a) => exprBlocks(cx, a));
    }
    case "bin": case "comma": return exprBlocks(cx, e.x) || exprBlocks(cx, e.y);
    case "asg": return exprBlocks(cx, e.x) || exprBlocks(cx, e.y);
    case "index": return exprBlocks(cx, e.x) || exprBlocks(cx, e.i);
    case "cond": return exprBlocks(cx, e.c) || exprBlocks(cx, e.a) || exprBlocks(cx, e.b);
    case "un": case "deref": case "addr": case "upd": case "cast": return exprBlocks(cx, e.x);
  }
}
