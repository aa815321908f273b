// Compile C expressions to JS closures, typed by C's rules.
//
// Not a model of a Go file; follows C11 §6.5 (expressions) and §6.3 (conversions) for the subset
// in ast.ts.
//
// Terms:
//   - CE: a compiled expression: its C type, its node count (its cost in steps) and either a plain
//     closure `ev(frame)` or, when it contains a call that may yield, a generator closure `gv`.
//   - LV: where an lvalue lives: a frame slot, a global slot, C memory, or errno.
//   - blocking call: a call to a function that may yield (sleep, I/O, or a preamble function that
//     reaches one). Only expressions containing one are compiled as generators, so loops of pure
//     computation stay plain JS closures (fast) even inside a function that also prints.
//
// Invariants: every closure returns a value already wrapped to its CE's type; exactly one of
// ev and gv is set.
//
// Simplifications vs C: the order of evaluation of operands, unspecified in C, is left to right;
// lvalues whose address needs a blocking call are rejected.

import type { Pos } from "../frontend/ast.js";
import type { CExpr } from "./ast.js";
import { CompileError, type Cx, type LV } from "./ccx.js";
import type { Ev, Frame, GEv, Gen } from "./interp.js";
import { binop, conv, convFn, load, store, unop, type V } from "./ops.js";
import {
  elemOf, isArith, isFloat, isInteger, isPointer, pointerTo, promote, sizeOf, usualArith,
  type CType,
} from "./types.js";
import { compileCall } from "./ccall.js";

export interface CE {
  t: CType;
  n: number;
  ev?: Ev;
  gv?: GEv;
  /** Set for an array variable: its element count (the value is its address). */
  arrayLen?: number;
  /** The value, when the expression is an integer constant. */
  k?: V;
  /** The frame slot, when the expression just reads a local variable (lets combinators read
   *  it directly instead of calling a closure: a 1.5-2x speed-up of tight loops). */
  slot?: number;
}

export function fail(pos: Pos, msg: string): never {
  throw new CompileError(pos, msg);
}

/** A generator closure for ce (wrapping a plain one). */
export function asGen(ce: CE): GEv {
  if (ce.gv !== undefined) return ce.gv;
  const ev = ce.ev!;
  return function* (f: Frame): Gen<V> {
    return ev(f);
  };
}

/** Apply fn to the value of x, keeping x's plain/generator nature. */
function map1(x: CE, t: CType, n: number, fn: (v: V, f: Frame) => V): CE {
  if (x.slot !== undefined) {
    const i = x.slot;
    return { t, n, ev: (f) => fn(f.v[i], f) };
  }
  if (x.ev !== undefined) {
    const ev = x.ev;
    return { t, n, ev: (f) => fn(ev(f), f) };
  }
  const gv = x.gv!;
  return { t, n, gv: function* (f) { return fn(yield* gv(f), f); } };
}

/** Apply fn to the values of x and y (evaluated left to right). */
function map2(x: CE, y: CE, t: CType, n: number, fn: (a: V, b: V) => V): CE {
  if (x.slot !== undefined) {
    const i = x.slot;
    if (y.k !== undefined) {
      const k = y.k;
      return { t, n, ev: (f) => fn(f.v[i], k) };
    }
    if (y.slot !== undefined) {
      const j = y.slot;
      return { t, n, ev: (f) => fn(f.v[i], f.v[j]) };
    }
    if (y.ev !== undefined) {
      const ye = y.ev;
      return { t, n, ev: (f) => fn(f.v[i], ye(f)) };
    }
  }
  if (x.ev !== undefined && y.k !== undefined) {
    const xe = x.ev, k = y.k;
    return { t, n, ev: (f) => fn(xe(f), k) };
  }
  if (x.ev !== undefined && y.slot !== undefined) {
    const xe = x.ev, j = y.slot;
    return { t, n, ev: (f) => fn(xe(f), f.v[j]) };
  }
  if (x.ev !== undefined && y.ev !== undefined) {
    const xe = x.ev, ye = y.ev;
    return { t, n, ev: (f) => fn(xe(f), ye(f)) };
  }
  const xg = asGen(x), yg = asGen(y);
  return { t, n, gv: function* (f) { const a = yield* xg(f); return fn(a, yield* yg(f)); } };
}

/** Convert ce to type t (C's implicit or explicit conversion). */
export function convert(ce: CE, t: CType): CE {
  if (t === "void") return map1(ce, "void", ce.n, () => undefined);
  const c = conv(ce.t, t);
  if (c === undefined) return { ...ce, t, arrayLen: undefined };
  const out = map1(ce, t, ce.n, c);
  if (ce.k !== undefined) out.k = c(ce.k);
  return out;
}

/** Check that a value of type `from` may be assigned to type `to` (C11 6.5.16.1, loosely). */
export function assignable(pos: Pos, from: CE, to: CType, what: string): CE {
  const okPtr = isPointer(to) && (isPointer(from.t) || (from.k !== undefined && from.k === 0));
  if ((isArith(to) && isArith(from.t)) || okPtr) return convert(from, to);
  if (isPointer(to) && isInteger(from.t)) return convert(from, to); // gcc warns; allow
  if (isInteger(to) && isPointer(from.t)) return convert(from, to);
  return fail(pos, `C ${what}: cannot use a value of type ${from.t} as ${to}`);
}

const COMPARISONS = new Set(["<", ">", "<=", ">=", "==", "!="]);

/** Compile an expression. */
export function cexpr(cx: Cx, e: CExpr): CE {
  switch (e.k) {
    case "int": return { t: e.t, n: 1, ev: () => e.v, k: e.v };
    case "float": return { t: e.t, n: 1, ev: () => e.v };
    case "str": {
      const a = cx.heap.literal(e.bytes);
      return { t: "char*", n: 1, ev: () => a };
    }
    case "id": return ident(cx, e.pos, e.name);
    case "bin": return binary(cx, e);
    case "un": return unary(cx, e);
    case "deref": case "index": {
      const { addr, t, n } = address(cx, e);
      if (t === "void") fail(e.pos, "C dereference of a void pointer");
      return map1(addr, t, n, load(t, cx.heap));
    }
    case "addr": {
      if (e.x.k !== "deref" && e.x.k !== "index") throw new CompileError(e.pos, "C address of a variable not supported yet", true);
      const { addr, t, n } = address(cx, e.x);
      return { ...addr, t: pointerTo(t) ?? fail(e.pos, "C pointer type too deep"), n };
    }
    case "upd": return update(cx, e);
    case "asg": return assign(cx, e);
    case "call": return compileCall(cx, e);
    case "cast": {
      const x = cexpr(cx, e.x);
      if (e.t !== "void" && !(isArith(x.t) || isPointer(x.t))) fail(e.pos, "C invalid cast");
      const r = convert(x, e.t);
      return { ...r, n: x.n + 1 };
    }
    case "sizeof": {
      let size: number;
      if (e.t !== undefined) size = sizeOf(e.t);
      else if (e.x!.k === "str") size = e.x!.bytes.length + 1; // a string literal is a char array
      else {
        const x = cexpr(cx, e.x!);
        size = x.arrayLen !== undefined ? x.arrayLen * sizeOf(elemOf(x.t)) : sizeOf(x.t);
      }
      return { t: "ulong", n: 1, ev: () => size, k: size };
    }
    case "cond": return conditional(cx, e);
    case "comma": {
      const x = cexpr(cx, e.x), y = cexpr(cx, e.y);
      return map2(x, y, y.t, x.n + y.n + 1, (_a, b) => b);
    }
  }
}

function ident(cx: Cx, pos: Pos, name: string): CE {
  const vi = cx.lookupVar(name);
  if (vi === undefined) {
    const c = cx.constant(name);
    if (c !== undefined) return { t: c.t, n: 1, ev: () => c.v, k: c.v };
    if (name === "errno") return { t: "int", n: 1, ev: (f) => f.st.rt.errno };
    return fail(pos, `C identifier '${name}' undeclared`);
  }
  const i = vi.slot;
  if (vi.global) {
    const g = cx.rt.globals;
    return { t: vi.t, n: 1, ev: () => g[i], arrayLen: vi.arrayLen };
  }
  return { t: vi.t, n: 1, ev: (f) => f.v[i], arrayLen: vi.arrayLen, slot: i };
}

/** The lvalue an expression designates. */
function lvalue(cx: Cx, e: CExpr): { lv: LV; t: CType; n: number } {
  if (e.k === "id") {
    const vi = cx.lookupVar(e.name);
    if (vi === undefined) {
      if (e.name === "errno") return { lv: { k: "errno" }, t: "int", n: 1 };
      return fail(e.pos, `C identifier '${e.name}' undeclared or not assignable`);
    }
    if (vi.arrayLen !== undefined) fail(e.pos, "C assignment to an array");
    return { lv: { k: vi.global ? "global" : "slot", i: vi.slot }, t: vi.t, n: 1 };
  }
  if (e.k === "deref" || e.k === "index") {
    const { addr, t, n } = address(cx, e);
    if (addr.ev === undefined) throw new CompileError(e.pos, "C lvalue whose address calls a blocking function not supported yet", true);
    if (t === "void") fail(e.pos, "C dereference of a void pointer");
    return { lv: { k: "mem", addr: addr.ev }, t, n };
  }
  return fail(e.pos, "C expression is not assignable");
}

/** The address designated by `*p` or `p[i]`, and the type stored there. */
function address(cx: Cx, e: CExpr & { k: "deref" | "index" }): { addr: CE; t: CType; n: number } {
  if (e.k === "deref") {
    const p = cexpr(cx, e.x);
    if (!isPointer(p.t)) fail(e.pos, "C unary '*' needs a pointer");
    return { addr: p, t: elemOf(p.t), n: p.n + 1 };
  }
  let p = cexpr(cx, e.x);
  let i = cexpr(cx, e.i);
  if (!isPointer(p.t) && isPointer(i.t)) [p, i] = [i, p];
  if (!isPointer(p.t) || !isInteger(i.t)) fail(e.pos, "C subscript needs a pointer and an integer");
  const t = elemOf(p.t);
  return { addr: ptrAdd(p, i, 1, p.n + i.n + 1), t, n: p.n + i.n + 1 };
}

/** p + sign*i, scaled by the element size. */
function ptrAdd(p: CE, i: CE, sign: 1 | -1, n: number): CE {
  const size = sizeOf(elemOf(p.t)) * sign;
  const toNum = convFn(i.t, "long");
  if (size === 1) return map2(p, i, p.t, n, (a, b) => a + Number(toNum(b)));
  return map2(p, i, p.t, n, (a, b) => a + Number(toNum(b)) * size);
}

function binary(cx: Cx, e: CExpr & { k: "bin" }): CE {
  const x = cexpr(cx, e.x), y = cexpr(cx, e.y);
  const n = x.n + y.n + 1;
  if (e.op === "&&" || e.op === "||") return logical(e.op, x, y, n);
  const px = isPointer(x.t), py = isPointer(y.t);
  if (px || py) return pointerBinary(e, x, y, n);
  if (!isArith(x.t) || !isArith(y.t)) fail(e.pos, `C invalid operands to binary ${e.op}`);
  if (e.op === "<<" || e.op === ">>") {
    if (!isInteger(x.t) || !isInteger(y.t)) fail(e.pos, `C invalid operands to binary ${e.op}`);
    const t = promote(x.t);
    const xc = convert(x, t), yc = convert(y, promote(y.t));
    return map2(xc, yc, t, n, binop(e.op, t)!);
  }
  const ct = usualArith(x.t, y.t);
  const op = binop(e.op, ct);
  if (op === undefined) return fail(e.pos, `C invalid operands to binary ${e.op} (${ct})`);
  return map2(convert(x, ct), convert(y, ct), COMPARISONS.has(e.op) ? "int" : ct, n, op);
}

function logical(op: "&&" | "||", x: CE, y: CE, n: number): CE {
  const and = op === "&&";
  if (x.ev !== undefined && y.ev !== undefined) {
    const xe = x.ev, ye = y.ev;
    const ev: Ev = and
      ? (f) => (xe(f) !== 0 && ye(f) !== 0 ? 1 : 0)
      : (f) => (xe(f) !== 0 || ye(f) !== 0 ? 1 : 0);
    return { t: "int", n, ev };
  }
  const xg = asGen(x), yg = asGen(y);
  return {
    t: "int", n,
    gv: function* (f) {
      const a = (yield* xg(f)) !== 0;
      if (a !== and) return a ? 1 : 0;
      return (yield* yg(f)) !== 0 ? 1 : 0;
    },
  };
}

function pointerBinary(e: CExpr & { k: "bin" }, x: CE, y: CE, n: number): CE {
  const px = isPointer(x.t), py = isPointer(y.t);
  switch (e.op) {
    case "+":
      if (px && isInteger(y.t)) return ptrAdd(x, y, 1, n);
      if (py && isInteger(x.t)) return ptrAdd(y, x, 1, n);
      break;
    case "-":
      if (px && isInteger(y.t)) return ptrAdd(x, y, -1, n);
      if (px && py) {
        const size = sizeOf(elemOf(x.t));
        return map2(x, y, "long", n, (a, b) => Math.trunc((a - b) / size));
      }
      break;
    case "<": case ">": case "<=": case ">=": case "==": case "!=": {
      const okNull = (c: CE): boolean => isPointer(c.t) || c.k === 0;
      if (okNull(x) && okNull(y)) {
        return map2(convert(x, "void*"), convert(y, "void*"), "int", n, binop(e.op, "void*")!);
      }
      break;
    }
    default:
  }
  return fail(e.pos, `C invalid operands to binary ${e.op} (${x.t} and ${y.t})`);
}

function unary(cx: Cx, e: CExpr & { k: "un" }): CE {
  const x = cexpr(cx, e.x);
  const n = x.n + 1;
  if (e.op === "!") {
    if (!isArith(x.t) && !isPointer(x.t)) fail(e.pos, "C invalid operand to unary !");
    return map1(x, "int", n, (v) => (v === 0 ? 1 : 0));
  }
  if (!isArith(x.t) || (e.op === "~" && isFloat(x.t))) fail(e.pos, `C invalid operand to unary ${e.op}`);
  const t = promote(x.t);
  const xc = convert(x, t);
  if (e.op === "+") return { ...xc, n };
  const r = map1(xc, t, n, unop(e.op, t)!);
  if (x.k !== undefined) r.k = unop(e.op, t)!(xc.k);
  return r;
}

function conditional(cx: Cx, e: CExpr & { k: "cond" }): CE {
  const c = cexpr(cx, e.c), a = cexpr(cx, e.a), b = cexpr(cx, e.b);
  const n = c.n + a.n + b.n + 1;
  let t: CType;
  if (isArith(a.t) && isArith(b.t)) t = usualArith(a.t, b.t);
  else if (isPointer(a.t) && (isPointer(b.t) || b.k === 0)) t = a.t;
  else if (isPointer(b.t) && a.k === 0) t = b.t;
  else if (a.t === "void" && b.t === "void") t = "void";
  else return fail(e.pos, "C type mismatch in conditional expression");
  const ac = convert(a, t), bc = convert(b, t);
  if (c.ev !== undefined && ac.ev !== undefined && bc.ev !== undefined) {
    const ce = c.ev, ae = ac.ev, be = bc.ev;
    return { t, n, ev: (f) => (ce(f) !== 0 ? ae(f) : be(f)) };
  }
  const cg = asGen(c), ag = asGen(ac), bg = asGen(bc);
  return { t, n, gv: function* (f) { return (yield* cg(f)) !== 0 ? yield* ag(f) : yield* bg(f); } };
}

/** Read and write functions for an lvalue. */
function lvAccess(cx: Cx, lv: LV, t: CType): {
  get: (f: Frame, a: number) => V;
  set: (f: Frame, a: number, v: V) => void;
  addr: (f: Frame) => number;
} {
  switch (lv.k) {
    case "slot": {
      const i = lv.i;
      return { addr: () => 0, get: (f) => f.v[i], set: (f, _a, v) => void (f.v[i] = v) };
    }
    case "global": {
      const g = cx.rt.globals, i = lv.i;
      return { addr: () => 0, get: () => g[i], set: (_f, _a, v) => void (g[i] = v) };
    }
    case "errno":
      return { addr: () => 0, get: (f) => f.st.rt.errno, set: (f, _a, v) => void (f.st.rt.errno = v) };
    case "mem": {
      const ld = load(t, cx.heap), st = store(t, cx.heap);
      return { addr: lv.addr, get: (_f, a) => ld(a), set: (_f, a, v) => st(a, v) };
    }
  }
}

function update(cx: Cx, e: CExpr & { k: "upd" }): CE {
  const { lv, t, n } = lvalue(cx, e.x);
  if (!isArith(t) && !isPointer(t)) fail(e.pos, `C invalid operand to ${e.op}`);
  const { get, set, addr } = lvAccess(cx, lv, t);
  let step: (v: V) => V;
  if (isPointer(t)) {
    const d = e.op === "++" ? sizeOf(elemOf(t)) : -sizeOf(elemOf(t));
    step = (v) => v + d;
  } else {
    const pt = promote(t);
    const add = binop(e.op === "++" ? "+" : "-", pt)!;
    const one = convFn("int", pt)(1);
    const toP = convFn(t, pt), down = convFn(pt, t);
    step = (v) => down(add(toP(v), one));
  }
  if (lv.k === "slot" && e.prefix) {
    const i = lv.i;
    return { t, n: n + 1, ev: (f) => (f.v[i] = step(f.v[i])) };
  }
  if (lv.k === "slot") {
    const i = lv.i;
    return { t, n: n + 1, ev: (f) => { const o = f.v[i]; f.v[i] = step(o); return o; } };
  }
  const prefix = e.prefix;
  return {
    t, n: n + 1,
    ev: (f) => {
      const a = addr(f);
      const o = get(f, a);
      const v = step(o);
      set(f, a, v);
      return prefix ? v : o;
    },
  };
}

function assign(cx: Cx, e: CExpr & { k: "asg" }): CE {
  const { lv, t, n: ln } = lvalue(cx, e.x);
  const y = cexpr(cx, e.y);
  const n = ln + y.n + 1;
  const { get, set, addr } = lvAccess(cx, lv, t);
  if (e.op === "=") {
    const yc = assignable(e.pos, y, t, "assignment");
    if (lv.k === "slot") {
      const i = lv.i;
      return map1(yc, t, n, (v, f) => (f.v[i] = v));
    }
    return map1(yc, t, n, (v, f) => { set(f, addr(f), v); return v; });
  }
  const op = e.op.slice(0, -1) as "+";
  let combine: (old: V, v: V) => V;
  let yv: CE = y;
  if (isPointer(t)) {
    if ((op !== "+" && op !== "-") || !isInteger(y.t)) fail(e.pos, `C invalid operands to ${e.op}`);
    const size = sizeOf(elemOf(t)) * (op === "+" ? 1 : -1);
    const toNum = convFn(y.t, "long");
    combine = (old, v) => old + Number(toNum(v)) * size;
  } else {
    if (!isArith(t) || !isArith(y.t)) fail(e.pos, `C invalid operands to ${e.op}`);
    const shift = op === ("<<" as string) || op === (">>" as string);
    const ct = shift ? promote(t) : usualArith(t, y.t);
    const f2 = binop(op, ct);
    if (f2 === undefined) fail(e.pos, `C invalid operands to ${e.op}`);
    const up = convFn(t, ct), down = convFn(ct, t);
    yv = convert(y, shift ? promote(y.t) : ct);
    combine = (old, v) => down(f2(up(old), v));
  }
  if (lv.k === "slot") {
    const i = lv.i;
    return map1(yv, t, n, (v, f) => (f.v[i] = combine(f.v[i], v)));
  }
  return map1(yv, t, n, (v, f) => {
    const a = addr(f);
    const r = combine(get(f, a), v);
    set(f, a, r);
    return r;
  });
}

