// Frameless leaves: the declared functions that run without a frame of their own.
//
// Every compiled function pushes a frame on its goroutine's frame stack ($g.push) and pops it
// when it returns; each statement stores its line there ($f.l = N). The frame is read only at
// an observation point: a traceback (a panic, a goroutine dump, runtime.Caller), a preemption
// (a loop's back-edge or a recursive entry, and the profile sample taken there), a yield, a
// collection that starts in plain code (an allocation), the debugger's line hooks and the race
// detector's instrumentation. A leaf that reaches none of them but a panic of its own needs no
// frame: no push, no pop, no line stores. A call of a small helper (an abs, a dot product, a
// getter, spectral norm's eval_A, a matrix's At) then costs what a JS call costs, and V8
// inlines it; the push and pop were about a third of such a call.
//
// A panic is the one observation a leaf may make: an index out of range, a nil pointer, an
// integer division by zero, a negative shift count, or panic(err) of an interface value. Such a leaf ("panics") keeps its line in
// a local ($l = N) and catches what leaves it: runtime/panicking.ts leafPanic puts the leaf's
// frame (its function and that line) into the panic's stack and onto the goroutine's frames,
// below the frames of the leaves it called that the panic has left already, so both read as
// if each had pushed its frame (the panic's deferred calls run above it).
// A panic's stack is taken where it is first caught, and nothing reads the frames between the
// throw and the catch: the leaf calls no function with a frame and defers nothing.
//
// A function is a frameless leaf when its body (leafStmt) is made only of:
//   - blocks, ifs, expression switches, returns, assignments and increments (of variables, of
//     fields, of elements of arrays and slices, through pointers), var declarations, and calls
//     as statements: no loop (a preemption point), no goto, defer, go, select or send;
//   - expressions that allocate nothing, yield nothing and call no function with a frame
//     (leafExpr): constants, variables, fields, index expressions of arrays, slices and
//     strings, dereferences, arithmetic and comparisons on numbers and bools (strings only
//     compared, never concatenated), numeric conversions, len and cap of strings and slices,
//     struct literals, and calls of other frameless leaves (by name, or as methods of their
//     receiver's own type) and of the pure math and math/bits natives; no value is stored,
//     passed or returned as an interface (noConvT: convT allocates);
// and it is plain and not recursive (blocking.ts), so a chain of frameless calls ends, and its
// frame is small (leafFrameLimit), since a frame not pushed is not counted against the stack.
// Not in a build for the debugger, -race or coverage: they hear of every call, or read every
// line. Go does no less: it inlines such a function, or, as a leaf with a small frame, runs it
// without a stack check (NOSPLIT); its traceback shows an inlined frame as gort's shows the
// frame leafPanic adds.
//
// Invariants: a frameless function's code never mentions $g or $f (FuncEmitter.stackMap, the
// only way to a frame's reader, throws in one); a leaf marked "pure" cannot panic.
// Simplification: judged on the syntax and types only; a function that would need a wider rule
// (a loop, a type switch) keeps its frame, which is only slower.

import type * as ast from "../frontend/ast.js";
import * as T from "../frontend/types.js";
import type { Ctx, FuncMeta } from "./context.js";
import type { Decl } from "./compile.js";
import { callee, isBlank, unparen } from "./expr.js";
import { frameSize } from "./framesize.js";
import { purePkgs } from "./stripmine.js";
import { isBoolean, isComplex, isFloat, isInteger, isInterface, isString, isUnsigned, under } from "./typeutil.js";

/** Mark the frameless leaves among decls (FuncMeta.frameless), after the blocking analysis. */
export function analyzeFrameless(ctx: Ctx, decls: Decl[]): void {
  if (toolsWatch(ctx)) return;
  const leaves = new Map<T.Func, Leaf>();
  for (const d of decls) {
    const m = ctx.funcs.peek(d.obj);
    if (m === undefined || m.gen || m.recursive || m.native !== undefined || m.unchecked) continue;
    if (d.decl.name.name === "init" && d.decl.recv === undefined) continue;
    const lf: Leaf = { callees: new Set(), panics: false, results: d.obj.type.results.vars.map((v) => v.type) };
    if (leafBody(ctx, d.decl, d.obj.type, lf)) leaves.set(d.obj, lf);
  }
  // A leaf that calls a function with a frame needs its own (the callee's traceback shows it):
  // drop such leaves until none is left. A leaf that calls one that may panic may panic.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [f, lf] of leaves) {
      for (const c of lf.callees) {
        const clf = leaves.get(c);
        if (clf === undefined) {
          leaves.delete(f);
          changed = true;
          break;
        }
        if (clf.panics && !lf.panics) lf.panics = changed = true;
      }
    }
  }
  for (const [f, lf] of leaves) ctx.funcs.peek(f)!.frameless = lf.panics ? "panics" : "pure";
}

/** A debugger's function breakpoints, -race's per-call stacks and coverage hear of every push
 *  (runtime2.ts funcenter) or read every line: with any of them, every function keeps its frame. */
function toolsWatch(ctx: Ctx): boolean {
  return ctx.dbgPkgs.size + ctx.racePkgs.size + ctx.coverPkgs.size > 0;
}

/** What a leaf's body reaches: the declared functions it calls, and whether it may panic; and
 *  its result types (a return may convert to one). */
interface Leaf {
  callees: Set<T.Func>;
  panics: boolean;
  results: readonly T.Type[];
}

/**
 * The largest frame a leaf may have, in bytes of gort's estimate (framesize.ts): Go's
 * StackSmall, below which a leaf runs without a stack check (cmd/internal/obj/x86's NOSPLIT
 * leaves). A leaf's frame is not pushed, so it is not counted against the stack limit: one
 * with a larger frame keeps it, so that a deep recursion that calls it overflows as in Go.
 */
const leafFrameLimit = 128;

function leafBody(ctx: Ctx, d: { type: ast.FuncType; body?: ast.BlockStmt }, sig: T.Signature, lf: Leaf): boolean {
  if (d.body === undefined) return false;
  // A variadic parameter is a slice the caller makes.
  if (d.type.params.some((p) => p.type.kind === "Ellipsis")) return false;
  if (!d.body.list.every((s) => leafStmt(ctx, s, lf))) return false;
  // A leaf has no boxed or heap-moved locals (it takes no address and makes no closure).
  return frameSize(ctx, { boxed: new Set(), esc: undefined }, sig, d.body) <= leafFrameLimit;
}

/** e is the predeclared nil (whose recorded type is the one it was converted to). */
function isNil(ctx: Ctx, e: ast.Expr): boolean {
  const u = unparen(e);
  return u.kind === "Ident" && ctx.objOf(u)?.tag === "Nil";
}

/** Storing e in a location of type t converts nothing to an interface: convT allocates (and
 *  a memory profile or an out-of-memory traceback shows the frame that allocated). */
function noConvT(ctx: Ctx, e: ast.Expr, t: T.Type): boolean {
  return !isInterface(t) || isInterface(ctx.typeOf(e)) || isNil(ctx, e);
}

/** Each value stored in a location of the corresponding type converts nothing (noConvT); a
 *  single call of several results is judged by its result types. */
function noConvTs(ctx: Ctx, vals: ast.Expr[], types: readonly (T.Type | undefined)[]): boolean {
  if (vals.length === 1 && types.length > 1) {
    const tt = ctx.typeOf(vals[0]!);
    return tt.tag === "Tuple" && tt.vars.every((v, i) => types[i] === undefined || !isInterface(types[i]!) || isInterface(v.type));
  }
  return vals.every((e, i) => types[i] === undefined || noConvT(ctx, e, types[i]!));
}

/**
 * A plain func literal (blocking.ts plainLiteral) is a leaf by the declared functions' rules,
 * once those are settled: what it captures is read and written as any variable is. Its func
 * value calls it as it calls any plain literal (compiler/call.ts plainFuncval).
 */
export function literalLeaf(ctx: Ctx, lit: ast.FuncLit): FuncMeta["frameless"] {
  if (toolsWatch(ctx)) return undefined;
  const sig = ctx.typeOf(lit) as T.Signature;
  const lf: Leaf = { callees: new Set(), panics: false, results: sig.results.vars.map((v) => v.type) };
  if (!leafBody(ctx, lit, sig, lf)) return undefined;
  for (const c of lf.callees) {
    const m = ctx.funcs.peek(c)?.frameless;
    if (m === undefined) return undefined;
    if (m === "panics") lf.panics = true;
  }
  return lf.panics ? "panics" : "pure";
}

function leafStmt(ctx: Ctx, s: ast.Stmt, lf: Leaf): boolean {
  switch (s.kind) {
    case "BlockStmt":
      return s.list.every((x) => leafStmt(ctx, x, lf));
    case "EmptyStmt":
      return true;
    case "ReturnStmt":
      return s.results.every((e) => leafExpr(ctx, e, lf)) && noConvTs(ctx, s.results, lf.results);
    case "IfStmt":
      return (s.init === undefined || leafStmt(ctx, s.init, lf)) && leafExpr(ctx, s.cond, lf) &&
        leafStmt(ctx, s.body, lf) && (s.else === undefined || leafStmt(ctx, s.else, lf));
    case "ExprStmt": {
      const x = unparen(s.x);
      return x.kind === "CallExpr" && leafExpr(ctx, x, lf);
    }
    case "IncDecStmt":
      return leafTarget(ctx, s.x, lf) && numeric(ctx.typeOf(s.x));
    case "AssignStmt": {
      if (!s.lhs.every((x) => leafTarget(ctx, x, lf)) || !s.rhs.every((e) => leafExpr(ctx, e, lf))) return false;
      if (s.tok === ":=") return true;
      if (s.tok === "=") return noConvTs(ctx, s.rhs, s.lhs.map((x) => (isBlank(x) ? undefined : ctx.typeOf(x))));
      const op = s.tok.slice(0, -1) as ast.BinaryOp;
      return binaryOK(ctx, op, ctx.typeOf(s.lhs[0]!), s.rhs[0]!, lf);
    }
    case "SwitchStmt": {
      // Cases compared with == (switch.ts): numbers, bools and strings only (an interface's
      // comparison may panic), or conditions of a tagless switch.
      if (s.init !== undefined && !leafStmt(ctx, s.init, lf)) return false;
      if (s.tag !== undefined && !(leafExpr(ctx, s.tag, lf) && binaryOK(ctx, "==", ctx.typeOf(s.tag), s.tag, lf))) return false;
      return s.body.every((c) => c.list.every((e) => leafExpr(ctx, e, lf)) && c.body.every((x) => leafStmt(ctx, x, lf)));
    }
    case "BranchStmt":
      // A leaf has no loop: break ends a switch.
      return s.label === undefined && (s.tok === "break" || s.tok === "fallthrough");
    case "DeclStmt": {
      const g = s.decl;
      if (g.tok === "const") return true;
      if (g.tok !== "var") return false;
      return g.specs.every((sp) => sp.kind === "ValueSpec" && sp.values.every((e) => leafExpr(ctx, e, lf)) &&
        noConvTs(ctx, sp.values, sp.names.map((n) => (ctx.info.defs.get(n) as T.Var | undefined)?.type)));
    }
    default:
      return false;
  }
}

/** An assignment's target: a variable (or _); a field, or an element of an array, of one; or
 *  a field, element or variable reached through a pointer or a slice (which may panic). */
function leafTarget(ctx: Ctx, x: ast.Expr, lf: Leaf): boolean {
  x = unparen(x);
  switch (x.kind) {
    case "Ident":
      return x.name === "_" || ctx.objOf(x)?.tag === "Var";
    case "SelectorExpr": {
      const sel = ctx.info.selections.get(x);
      if (sel === undefined) return ctx.objOf(x.sel)?.tag === "Var"; // pkg.V
      if (sel.kind !== "FieldVal" || sel.index.length !== 1) return false;
      if (under(ctx.typeOf(x.x)).tag !== "Pointer") return leafTarget(ctx, x.x, lf);
      lf.panics = true;
      return leafExpr(ctx, x.x, lf);
    }
    case "IndexExpr": {
      const u = under(ctx.typeOf(x.x)).tag;
      if (u !== "Array" && u !== "Slice" && u !== "Pointer") return false;
      lf.panics = true;
      return leafExpr(ctx, x.index, lf) && (u === "Array" ? leafTarget(ctx, x.x, lf) : leafExpr(ctx, x.x, lf));
    }
    case "StarExpr":
      lf.panics = true;
      return leafExpr(ctx, x.x, lf);
    default:
      return false;
  }
}

function leafExpr(ctx: Ctx, e: ast.Expr, lf: Leaf): boolean {
  const tv = ctx.tv(e);
  if (tv !== undefined && tv.mode === "constant" && tv.value !== undefined) return !isComplex(tv.type);
  switch (e.kind) {
    case "ParenExpr":
      return leafExpr(ctx, e.x, lf);
    case "Ident": {
      const o = ctx.objOf(e);
      return o !== undefined && (o.tag === "Var" || o.tag === "Nil");
    }
    case "SelectorExpr": {
      const sel = ctx.info.selections.get(e);
      if (sel === undefined) return ctx.objOf(e.sel)?.tag === "Var"; // pkg.V
      if (sel.kind !== "FieldVal" || sel.index.length !== 1) return false;
      if (under(ctx.typeOf(e.x)).tag === "Pointer") lf.panics = true;
      return leafExpr(ctx, e.x, lf);
    }
    case "IndexExpr": {
      if (ctx.info.instExprs.has(e)) return false;
      const t = ctx.typeOf(e.x);
      const u = under(t).tag;
      if (u !== "Array" && u !== "Slice" && u !== "Pointer" && !isString(t)) return false;
      lf.panics = true;
      return leafExpr(ctx, e.x, lf) && leafExpr(ctx, e.index, lf);
    }
    case "StarExpr":
      lf.panics = true;
      return leafExpr(ctx, e.x, lf);
    case "UnaryExpr":
      return (e.op === "-" || e.op === "+" || e.op === "^" || e.op === "!") && simple(ctx.typeOf(e)) && leafExpr(ctx, e.x, lf);
    case "BinaryExpr":
      return leafExpr(ctx, e.x, lf) && leafExpr(ctx, e.y, lf) && binaryOK(ctx, e.op, ctx.typeOf(e.x), e.y, lf);
    case "CompositeLit": {
      const st = under(ctx.typeOf(e));
      if (st.tag !== "Struct") return false;
      return e.elts.every((x, i) => {
        const v = x.kind === "KeyValueExpr" ? x.value : x;
        const name = x.kind === "KeyValueExpr" && x.key.kind === "Ident" ? x.key.name : undefined;
        const fld = name === undefined ? st.fields[i] : st.fields.find((f) => f.name === name);
        return fld !== undefined && leafExpr(ctx, v, lf) && noConvT(ctx, v, fld.type);
      });
    }
    case "CallExpr":
      return leafCall(ctx, e, lf);
    default:
      return false;
  }
}

/** Numbers and bools, whose operations are JS arithmetic or the int64 helpers. */
function simple(t: T.Type): boolean {
  return numeric(t) || isBoolean(t);
}

function numeric(t: T.Type): boolean {
  return (isInteger(t) || isFloat(t)) && !isComplex(t);
}

/** x op y allocates nothing, for x of type xt (y is judged by the caller); an integer division
 *  or remainder by a variable, or a shift by a signed one, may panic. */
function binaryOK(ctx: Ctx, op: ast.BinaryOp, xt: T.Type, y: ast.Expr, lf: Leaf): boolean {
  switch (op) {
    case "==": case "!=": {
      // Pointers, and slices, maps, funcs, channels and interfaces against nil; not interfaces
      // against values, whose dynamic types may be uncomparable, nor structs and arrays, which
      // may hold interfaces.
      const u = under(xt).tag;
      if (u === "Interface") return isNil(ctx, y);
      return simple(xt) || isString(xt) || u === "Pointer" || u === "Slice" || u === "Map" || u === "Signature" || u === "Chan";
    }
    case "<": case "<=": case ">": case ">=":
      return simple(xt) || isString(xt);
    case "&&": case "||":
      return isBoolean(xt);
    case "+": case "-": case "*":
      return numeric(xt);
    case "&": case "|": case "^": case "&^":
      return isInteger(xt);
    case "/": case "%": {
      if (isFloat(xt) && op === "/") return !isComplex(xt);
      if (!isInteger(xt)) return false;
      const tv = ctx.tv(y);
      if (tv?.mode !== "constant" || tv.value?.kind !== "int" || tv.value.v === 0n) lf.panics = true;
      return true;
    }
    case "<<": case ">>": {
      if (!isInteger(xt)) return false;
      if (ctx.tv(y)?.mode !== "constant" && !isUnsigned(ctx.typeOf(y))) lf.panics = true;
      return true;
    }
    default:
      return false;
  }
}

/** A numeric conversion, len or cap of a string or slice, or a call of a frameless leaf
 *  (collected in lf.callees; analyzeFrameless checks them) or of a pure math or math/bits
 *  native. */
function leafCall(ctx: Ctx, e: ast.CallExpr, lf: Leaf): boolean {
  if (e.hasEllipsis || !e.args.every((a) => leafExpr(ctx, a, lf))) return false;
  const ftv = ctx.tv(e.fun);
  if (ftv !== undefined && ftv.mode === "typexpr") {
    return e.args.length === 1 && numeric(ctx.typeOf(e)) && numeric(ctx.typeOf(e.args[0]!));
  }
  const fun = callee(ctx, e.fun);
  const id = fun.kind === "Ident" ? fun : fun.kind === "SelectorExpr" ? fun.sel : undefined;
  const o = id !== undefined ? ctx.objOf(id) : undefined;
  if (o === undefined) return false;
  if (o.tag === "Builtin") {
    // panic(err) of an interface value: its stack is taken at the throw (gopanic), and the
    // leaf's frame goes on top of it (leafPanic). Another value would be converted (convT).
    if (o.name === "panic") {
      if (!isInterface(ctx.typeOf(e.args[0]!))) return false;
      lf.panics = true;
      return true;
    }
    if (o.name !== "len" && o.name !== "cap") return false;
    const u = under(ctx.typeOf(e.args[0]!));
    return u.tag === "Slice" || (u.tag === "Basic" && isString(u));
  }
  if (o.tag !== "Func" || o.type.variadic) return false;
  if (!noConvTs(ctx, e.args, o.type.params.vars.map((v) => v.type))) return false;
  if (fun.kind === "SelectorExpr") {
    const sel = ctx.info.selections.get(fun);
    if (sel !== undefined) {
      // A method of the receiver's own type (not promoted, not an interface's). A pointer
      // receiver's method called on a variable would take its address; a value method called
      // through a pointer dereferences it.
      if (sel.kind !== "MethodVal" || sel.index.length !== 1) return false;
      const x = under(ctx.typeOf(fun.x)).tag;
      const recvPtr = o.type.recv !== undefined && under(o.type.recv.type).tag === "Pointer";
      if (x === "Interface" || (recvPtr && x !== "Pointer") || !leafExpr(ctx, fun.x, lf)) return false;
      if (x === "Pointer" && !recvPtr) lf.panics = true;
    }
  }
  // peek: a check is not a use (FuncTable.onUse).
  const m = ctx.funcs.peek(o);
  if (m === undefined || m.gen) return false;
  if (m.native !== undefined) {
    // math's never panic; math/bits' Div64 and Rem64 may.
    if (m.pkgPath !== "math") lf.panics = true;
    return purePkgs.has(m.pkgPath) && o.type.results.vars.every((v) => simple(v.type));
  }
  lf.callees.add(o);
  return true;
}
