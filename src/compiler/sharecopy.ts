// Which struct copies may share their source: a range value over a slice, or `v := s[i]`, of a
// struct or array element type, that the code only reads fields of while nothing can change
// the element.
//
// Go copies the element into v (a few words onto the stack: `in := code[pc]`, `for _, p :=
// range ps`); gort's copy is a new JS object each time (typetable.ts clone), an allocation per
// iteration that measured 41% of a loop summing four fields of a 1,000-element []struct. When
// the copy is unobservable, v holds the element itself. It is unobservable when
//
//   1. every use of v reads through it: field selections (and indexes of array fields) down to
//      a value that is no struct, array or func, never in a place that writes or takes an
//      address (`v.f = x`, `v.f++`, `&v.f`), and v is never used whole (`x := v`, `f(v)`,
//      `return v`: a use whole, or of a struct part, could hand the shared object on where a
//      fresh one is taken without a copy);
//   2. nothing in v's scope can write the element: no call but built-ins that cannot (append
//      and copy only into slices of types v's type does not hold by value), no channel
//      operation, select, go, defer or function literal (a goroutine this one synchronizes with
//      may write the element meanwhile, and a call may do anything), and no store into memory
//      of a type v's type holds by value, except into a variable's own storage (a struct
//      variable is no slice's element; an array variable may back a slice, so it counts).
//
// Not under -race: the copy is where Go's race instrumentation reads the element's fields
// (race.ts racereadobj). Stores through unsafe pointers are not seen (gort's unsafe views).
//
// Rejected: sharing whenever v is not written (a store to the element through the slice, a
// pointer or a callee would show through v); copy-on-write objects (every field store would pay
// a check).

import type * as ast from "../frontend/ast.js";
import type * as T from "../frontend/types.js";
import { identical } from "../frontend/check/predicates.js";
import type { Ctx } from "./context.js";
import { callee, unparen } from "./expr.js";
import { purePkgs } from "./stripmine.js";
import { inspect } from "./inspect.js";
import { holdsByValue, isValueObject, under } from "./typeutil.js";

/** The built-ins that write no memory but what append and copy are given (checked apart). */
const harmlessBuiltins = new Set(["len", "cap", "min", "max", "complex", "real", "imag", "new", "make", "print", "println", "panic", "recover", "delete"]);

/** What the rules take from where v comes from (an element, or a parameter: sharedargs.ts). */
interface ShareEnv {
  /** May this call run while v shares its source (it writes nothing the source may be)? Built-ins
   *  and conversions are judged before. */
  call(c: ast.CallExpr): boolean;
  /** May a store to the variable o write v's source (a package variable a caller passed)? */
  variable(o: T.Var): boolean;
  /** May v be passed whole as argument i of c (-1: its receiver), without a copy? */
  pass?(c: ast.CallExpr, i: number): boolean;
}

/** An element's source: a slice's backing array, no variable; a call writes it unless proven
 *  store-free (FuncMeta.storeFree). */
function elementEnv(ctx: Ctx): ShareEnv {
  return { call: (c) => storeFreeCall(ctx, c), variable: () => false };
}

/**
 * May v, a variable of struct or array type t initialized from a slice element, hold the
 * element itself? scope: the statements where v lives (a range body, or the rest of the block
 * after `v := s[i]`); def: v's defining identifier (not a use).
 */
export function mayShareElement(ctx: Ctx, v: T.Var, t: T.Type, scope: readonly ast.Node[], def: ast.Ident | undefined): boolean {
  return mayShare(ctx, v, t, scope, def, elementEnv(ctx));
}

/** Rules 1 and 2 for v of type t in scope, its source as env describes it. */
export function mayShare(ctx: Ctx, v: T.Var, t: T.Type, scope: readonly ast.Node[], def: ast.Ident | undefined, env: ShareEnv): boolean {
  const held = (x: T.Type): boolean => holdsByValue(t, (u) => identical(u, under(x)));
  // An element of an array or slice of x is v's element, or in it, when x is v's type, or an
  // array of x is in it (a slice of an array field).
  const heldElem = (x: T.Type): boolean => identical(under(x), under(t)) || holdsByValue(t, (u) => u.tag === "Array" && identical(u.elem, x));
  const w: Held = { held, heldElem, variable: (o) => env.variable(o) };
  return scanEffects(scope, {
    ident: (n, parents) => n === def || ctx.objOf(n) !== v || readUse(ctx, n, parents, env),
    call: (c) => harmlessCall(ctx, c, heldElem) || env.call(c),
    store: (l) => !writesHeld(ctx, l, w),
  });
}

/** What scanEffects asks of each node that may observe or write memory: true when it is fine. */
interface EffectRules {
  ident?(n: ast.Ident, parents: readonly (ast.Expr | ast.Stmt)[]): boolean;
  call(c: ast.CallExpr): boolean;
  /** A store to the lvalue l (an assignment's left side, ++/--, a range's `=` variables). */
  store(l: ast.Expr): boolean;
}

/** Walk scope for what can write memory or let another goroutine do so: calls and stores go to
 *  rules, and a channel operation, select, go, defer or function literal fails outright. */
export function scanEffects(scope: readonly ast.Node[] | ast.Node, rules: EffectRules): boolean {
  let ok = true;
  inspect(scope, (n, parents) => {
    if (!ok) return false;
    switch (n.kind) {
      case "Ident":
        if (rules.ident !== undefined && !rules.ident(n, parents)) ok = false;
        return true;
      case "CallExpr":
        if (!rules.call(n)) ok = false;
        return true;
      case "SendStmt": case "SelectStmt": case "GoStmt": case "DeferStmt": case "FuncLit":
        ok = false;
        return false;
      case "UnaryExpr":
        if (n.op === "<-") ok = false;
        return true;
      case "AssignStmt":
        if (n.tok !== ":=" && !n.lhs.every((l: ast.Expr) => rules.store(l))) ok = false;
        return true;
      case "IncDecStmt":
        if (!rules.store(n.x)) ok = false;
        return true;
      case "RangeStmt":
        if (n.tok === "=" && ![n.key, n.value].every((l) => l === undefined || rules.store(l))) ok = false;
        return true;
    }
    return true;
  });
  return ok;
}

/** The declared function or method a call calls statically, with its receiver expression when
 *  it is a method of a non-interface type (undefined: a func value, an interface method). */
export function staticCallee(ctx: Ctx, c: ast.CallExpr): { fn: T.Func; recv?: ast.Expr } | undefined {
  const fun = callee(ctx, c.fun);
  if (fun.kind === "Ident") {
    const o = ctx.objOf(fun);
    return o?.tag === "Func" ? { fn: o } : undefined;
  }
  if (fun.kind !== "SelectorExpr") return undefined;
  const sel = ctx.info.selections.get(fun);
  if (sel === undefined) {
    const o = ctx.objOf(fun.sel);
    return o?.tag === "Func" ? { fn: o } : undefined;
  }
  if (sel.kind !== "MethodVal" || under(sel.recv).tag === "Interface") return undefined;
  const m = sel.obj as T.Func;
  return m.type.recv !== undefined && under(m.type.recv.type).tag !== "Interface" ? { fn: m, recv: fun.x } : undefined;
}

/** A call of a declared function proven store-free, or of a pure math native. */
export function storeFreeCall(ctx: Ctx, c: ast.CallExpr): boolean {
  const sc = staticCallee(ctx, c);
  if (sc === undefined) return false;
  // peek: a check is not a use (FuncTable.onUse queues what it gets for compilation).
  const m = ctx.funcs.peek(sc.fn);
  if (m === undefined) return false;
  if (m.native !== undefined) return !m.gen && sc.recv === undefined && purePkgs.has(m.pkgPath);
  return m.storeFree === true;
}

/** Is the use of v at id a read through it (rule 1)? */
function readUse(ctx: Ctx, id: ast.Ident, parents: readonly (ast.Expr | ast.Stmt)[], env: ShareEnv): boolean {
  let cur: ast.Expr = id;
  let i = parents.length - 1;
  for (; i >= 0; i--) {
    const p = parents[i]!;
    if (p.kind === "ParenExpr") cur = p;
    else if (p.kind === "SelectorExpr" && p.x === cur && ctx.info.selections.get(p)?.kind === "FieldVal") cur = p;
    else if (p.kind === "IndexExpr" && p.x === cur && under(ctx.typeOf(cur)).tag === "Array") cur = p;
    else break;
  }
  if (cur === id) return passedWhole(id, parents, env);
  const u = under(ctx.typeOf(cur));
  if (isValueObject(u) || u.tag === "Signature") return false;
  const p = parents[i];
  if (p === undefined) return true;
  switch (p.kind) {
    case "AssignStmt": return !p.lhs.includes(cur);
    case "IncDecStmt": return p.x !== cur;
    case "UnaryExpr": return !(p.op === "&" && p.x === cur);
    case "RangeStmt": return p.key !== cur && p.value !== cur;
    default: return true;
  }
}

/** v whole as a call's argument or receiver that the callee may take without a copy
 *  (ShareEnv.pass); any other use of v whole is not a read through it. */
function passedWhole(id: ast.Ident, parents: readonly (ast.Expr | ast.Stmt)[], env: ShareEnv): boolean {
  if (env.pass === undefined) return false;
  const p = parents[parents.length - 1];
  if (p?.kind === "CallExpr") {
    const j = p.args.indexOf(id);
    return j >= 0 && !p.hasEllipsis && env.pass(p, j);
  }
  const c = parents[parents.length - 2];
  if (p?.kind === "SelectorExpr" && p.x === id && c?.kind === "CallExpr" && c.fun === p) return env.pass(c, -1);
  return false;
}

/** A call that writes no element of v's slice: a conversion, or a built-in that cannot. */
function harmlessCall(ctx: Ctx, c: ast.CallExpr, heldElem: (x: T.Type) => boolean): boolean {
  const tv = ctx.tv(c.fun);
  if (tv?.mode === "typexpr") return true;
  if (tv?.mode !== "builtin") return false;
  const fun = unparen(c.fun);
  const name = fun.kind === "Ident" ? fun.name : "";
  if (name === "append" || name === "copy") {
    const dst = c.args[0] === undefined ? undefined : under(ctx.typeOf(c.args[0]));
    return dst !== undefined && dst.tag === "Slice" && !heldElem(dst.elem);
  }
  return harmlessBuiltins.has(name);
}

/** What v's type holds by value: a type (held), or an element type whose arrays or slices may
 *  be v's element or inside it (heldElem). */
interface Held {
  held: (x: T.Type) => boolean;
  heldElem: (x: T.Type) => boolean;
  /** May a store to the variable o (or in its own storage) write v's source? */
  variable: (o: T.Var) => boolean;
}

/** May a store to the lvalue l write v's element, or memory inside it? Not a variable's own
 *  storage (a struct variable is no slice's element; an array variable is judged by its type). */
function writesHeld(ctx: Ctx, l: ast.Expr, h: Held): boolean {
  l = unparen(l);
  switch (l.kind) {
    case "Ident": {
      const o = ctx.objOf(l);
      return o?.tag === "Var" && h.variable(o);
    }
    case "SelectorExpr": {
      const xt = under(ctx.typeOf(l.x));
      if (xt.tag === "Pointer") return h.held(xt.elem);
      return writesHeld(ctx, l.x, h);
    }
    case "IndexExpr": {
      const xt = under(ctx.typeOf(l.x));
      if (xt.tag === "Array") return h.heldElem(xt.elem) || writesHeld(ctx, l.x, h);
      if (xt.tag === "Pointer") return h.held(under(xt.elem));
      if (xt.tag === "Slice") return h.heldElem(xt.elem);
      return false; // a map's element is stored whole, a fresh copy
    }
    case "StarExpr":
      return h.held(ctx.typeOf(l));
    default:
      return true;
  }
}
