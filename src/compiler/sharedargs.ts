// Which struct and array arguments a call may pass without a copy: the callee only reads them.
//
// Go copies a struct argument (a Vec into Add, a receiver into a value method); gort's copy is
// a new JS object per argument (typetable.ts clone), which measured two thirds of a particle
// loop over a value-receiver Vec type (Add, Sub, Scale, Len: 1.55 → 0.53 s). When the callee
// cannot tell, the caller passes its own object. A parameter p (the receiver counts) of a
// declared function may be shared when sharecopy.ts's rules hold for p over the body, with p's
// source being any memory of the caller's:
//   1. every use of p reads through it (fields, down to no struct or array), or passes p whole
//      to a call whose own parameter may be shared;
//   2. nothing in the body can write p's source: no call but harmless built-ins, pure math
//      natives and store-free functions, no channel operation, select, go, defer or function
//      literal, no store into memory of a type p's type holds by value, nor into a package
//      variable (the caller may have passed it).
// A store-free function writes no memory but its own locals' (variables declared in it, and
// their fields and array elements), and calls only harmless built-ins (not append, copy or
// delete), pure math natives and store-free functions.
// Both are greatest fixpoints over the call graph: a function is assumed to qualify until a
// rule fails, so recursion qualifies when nothing else fails.
// The caller (call.ts) passes its object only in a call made at once (not go's or defer's,
// whose arguments are evaluated before the call runs), not under -race (the copy is where the
// race instrumentation reads the argument), and for an argument that is a variable, a field, an
// element of a slice or array, or a dereference (a map's element and a call's result are not).

import type * as ast from "../frontend/ast.js";
import type * as T from "../frontend/types.js";
import type { Ctx } from "./context.js";
import type { Decl } from "./compile.js";
import { unparen } from "./expr.js";
import { inspect } from "./inspect.js";
import { mayShare, scanEffects, staticCallee, storeFreeCall } from "./sharecopy.js";
import { isValueObject, under } from "./typeutil.js";

interface Candidate {
  decl: ast.FuncDecl;
  /** The receiver (undefined for a function), then the parameters. */
  params: (T.Var | undefined)[];
  shared: boolean[];
  storeFree: boolean;
  /** The variables declared in the function (parameters and results included). */
  locals: Set<T.Var>;
}

/** Mark FuncMeta.storeFree and sharedArgs of decls, before code generation. */
export function analyzeSharedArgs(ctx: Ctx, decls: readonly Decl[]): void {
  const cands = new Map<T.Func, Candidate>();
  for (const d of decls) {
    const m = ctx.funcs.peek(d.obj);
    if (m === undefined || m.native !== undefined || m.unchecked || d.decl.body === undefined) continue;
    if (ctx.unsafePkgs.has(d.pkg.path) || ctx.racePkgs.has(d.pkg.path) || ctx.dbgPkgs.has(d.pkg.path)) continue;
    const sig = d.obj.type;
    const params = [sig.recv, ...sig.params.vars];
    const locals = new Set<T.Var>();
    inspect(d.decl, (n) => {
      if (n.kind !== "Ident") return true;
      const o = ctx.info.defs.get(n);
      if (o?.tag === "Var") locals.add(o);
      return true;
    });
    if (sig.recv !== undefined) locals.add(sig.recv);
    const shared = params.map((p) => p !== undefined && p.name !== "_" && p.name !== "" && isValueObject(p.type));
    cands.set(d.obj, { decl: d.decl, params, shared, storeFree: true, locals });
  }
  // The current answers, read by the rules through FuncMeta as they are refined.
  const publish = (): void => {
    for (const [f, c] of cands) {
      const m = ctx.funcs.peek(f)!;
      m.storeFree = c.storeFree;
      m.sharedArgs = c.shared;
    }
  };
  publish();
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of cands.values()) {
      if (c.storeFree && !storeFreeBody(ctx, c)) {
        c.storeFree = false;
        changed = true;
      }
      for (let i = 0; i < c.params.length; i++) {
        if (c.shared[i] && !shareableParam(ctx, c, i)) {
          c.shared[i] = false;
          changed = true;
        }
      }
    }
    publish();
  }
  for (const [f, c] of cands) {
    const m = ctx.funcs.peek(f)!;
    if (!c.shared.some((x) => x)) m.sharedArgs = undefined;
  }
}

/** The built-ins a store-free function may call. */
const pureBuiltins = new Set(["len", "cap", "min", "max", "complex", "real", "imag", "new", "make", "print", "println", "panic", "recover"]);

/** Does the body write only its own locals, and call only store-free functions? */
function storeFreeBody(ctx: Ctx, c: Candidate): boolean {
  const ownStore = (l: ast.Expr): boolean => {
    l = unparen(l);
    if (l.kind === "Ident") {
      const o = ctx.objOf(l);
      return o === undefined || (o.tag === "Var" && c.locals.has(o)) || l.name === "_";
    }
    if (l.kind === "SelectorExpr") return ctx.info.selections.get(l)?.kind === "FieldVal" && under(ctx.typeOf(l.x)).tag !== "Pointer" && ownStore(l.x);
    if (l.kind === "IndexExpr") return under(ctx.typeOf(l.x)).tag === "Array" && ownStore(l.x);
    return false;
  };
  return scanEffects(c.decl.body!, {
    call: (n) => {
      const tv = ctx.tv(n.fun);
      const fun = unparen(n.fun);
      return tv?.mode === "typexpr" || (tv?.mode === "builtin" && fun.kind === "Ident" && pureBuiltins.has(fun.name)) || storeFreeCall(ctx, n);
    },
    store: ownStore,
  });
}

/** May parameter i of c be shared with the caller's argument (rules 1 and 2)? */
function shareableParam(ctx: Ctx, c: Candidate, i: number): boolean {
  const p = c.params[i]!;
  return mayShare(ctx, p, p.type, [c.decl.body!], undefined, {
    call: (call) => storeFreeCall(ctx, call),
    // A package variable may be the caller's argument; the function's own locals are not.
    variable: (o) => !c.locals.has(o),
    pass: (call, j) => {
      const sc = staticCallee(ctx, call);
      const m = sc === undefined ? undefined : ctx.funcs.peek(sc.fn);
      return m?.sharedArgs?.[j + 1] === true;
    },
  });
}
