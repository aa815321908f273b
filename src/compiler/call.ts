// Calls: function and method calls, builtins, conversions, func literals and method values.
//
// Part of FuncEmitter (see func.ts). The calling convention is value.ts's: generator callees are
// called with yield*, one result is returned as is and several as a JS array.
//
// Static calls (a declared function or a method of a concrete type) call the compiled function
// directly, plain or generator as the blocking analysis decided. Every other call goes through a
// func value or an interface method table, whose functions are always generators; an interface
// call of a method that cannot yield calls the table entry's plain function (pfn) instead, and a
// call through a func value made of a plain literal calls its plain function (`$p`). An
// interface call of a name no method yields in (ifacecalls.ts) is a plain call of the pfn.

import type * as ast from "../frontend/ast.js";
import * as T from "../frontend/types.js";
import * as C from "../frontend/constant.js";
import { BasicKind as K } from "../frontend/types.js";
import { FnCtx, type FuncMeta } from "./context.js";
import { FuncEmitter, Unsupported, isElemOrField, isNilType } from "./func.js";
import { isStringToSlice } from "./escape.js";
import { compileFuncBody } from "./stmt.js";
import { plainLiteral } from "./blocking.js";
import { paramOf, twinOf } from "./twins.js";
import { literalLeaf } from "./frameless.js";
import { fieldProp } from "./typetable.js";
import { callee, cgoCallee, unparen, wrapNarrow } from "./expr.js";
import { isCgoHelper } from "../frontend/check/cgo.js";
import {
  basicKind, is64, isComplex, isFloat, isFloat32, isInteger, isInterface, isString,
  isUnsigned, isValueObject, runtimeString, typeString, under,
} from "./typeutil.js";
import { exprString, makemapName, mapName, printName } from "./lower.js";
import { callArgsSpan, hasPointers } from "./stackmap.js";
import { textToBytes } from "../base/utf8.js";
import { identical } from "../frontend/check/predicates.js";
import { recvBaseType } from "./ifacecalls.js";
import { isBytesToString } from "./strtmp.js";
import { pairBits, pairNarrow } from "./pairs.js";

declare module "./func.js" {
  interface FuncEmitter {
    callParts(e: ast.CallExpr, now?: boolean): { fn: string; gen: boolean; args: string[]; fnval?: string; goBody?: boolean; entry?: string; iface?: { tmp: string; first: string; name: string } };
    args(e: ast.CallExpr, sig: T.Signature, shared?: readonly boolean[]): string[];
    builtin(e: ast.CallExpr, name: T.BuiltinName): string;
    conversion(x: ast.Expr, to: T.Type): string;
    convertExpr(v: string, from: T.Type, to: T.Type): string;
    recvArg(x: ast.Expr, sel: T.Selection, m: T.Func, share?: boolean): string;
    methodMeta(m: T.Func): FuncMeta;
    rotateLeft32(e: ast.CallExpr): string | undefined;
  }
}

const P = FuncEmitter.prototype;

/**
 * A call runs at its own line, the line of its `(`, as Go's call instruction does: a call on a
 * line other than the one the frame holds (a statement spread over lines, an argument on a
 * line of its own) stores its line first and puts back the enclosing line after it returns,
 * so that runtime.Caller and a traceback from inside it read that line, and its arguments'
 * calls, compiled with it as their enclosing line, put it back before it runs. Conversions
 * and builtins other than panic are not calls.
 */
P.call = function (this: FuncEmitter, e: ast.CallExpr): string {
  const outer = this.callLine;
  const line = e.lparen.line;
  if (outer === undefined || line === outer || !isRealCall(this, e)) return callBody.call(this, e);
  this.callLine = line;
  let code: string;
  try {
    code = callBody.call(this, e);
  } finally {
    this.callLine = outer;
  }
  const t = this.fc.tmp(false);
  const l = this.fc.frameless ? "$l" : "$f.l";
  return `(${l} = ${line}, ${t} = ${code}, ${l} = ${outer}, ${t})`;
};

/** Is e a call of a function (or panic), not a conversion or another builtin? */
function isRealCall(f: FuncEmitter, e: ast.CallExpr): boolean {
  const ftv = f.ctx.tv(e.fun);
  if (ftv?.mode === "typexpr") return false;
  if (ftv?.mode !== "builtin") return true;
  const fun = unparen(e.fun);
  return fun.kind === "Ident" && fun.name === "panic";
}

/** The call's JS. */
function callBody(this: FuncEmitter, e: ast.CallExpr): string {
  const ftv = this.ctx.tv(e.fun);
  if (ftv && ftv.mode === "typexpr") {
    if (isBytesToString(this.ctx, e)) {
      // string(b): read in place where Go does (strtmp.ts), else a new string. Kept across
      // a conversion inside the operand, which sets its own.
      const prev = this.strConv;
      this.strConv = this.fc.esc?.stack.has(e) === true ? "stack" : "heap";
      try {
        return this.conversion(e.args[0]!, ftv.type);
      } finally {
        this.strConv = prev;
      }
    }
    if (!isStringToSlice(this.ctx, e)) return this.conversion(e.args[0]!, ftv.type);
    // []byte(s), []rune(s): a constant's exact length (a [n]byte or a rune literal), or Go's
    // stack buffer when the result stays in the frame (escape.ts). Kept across a conversion
    // inside the operand, which sets its own.
    const stack = this.fc.esc?.stack.has(e) === true;
    const prev = this.strConv;
    this.strConv = this.ctx.tv(e.args[0]!)?.mode === "constant" ? (stack ? "const" : "constheap") : stack ? "stack" : "heap";
    try {
      return this.conversion(e.args[0]!, ftv.type);
    } finally {
      this.strConv = prev;
    }
  }
  const fun = callee(this.ctx, e.fun);
  if (fun.kind === "Ident" || fun.kind === "SelectorExpr") {
    const id = fun.kind === "Ident" ? fun : fun.sel;
    const o = this.ctx.objOf(id);
    if (o && o.tag === "Builtin") return this.builtin(e, o.name);
    if (o && o.tag === "Func" && o.pkg?.path === "math/bits" && o.name === "RotateLeft32") {
      const r = this.rotateLeft32(e);
      if (r !== undefined) return r;
    }
    const bits = pairBits(this, e);
    if (bits !== undefined) return bits;
  }
  const cname = cgoCallee(this, fun);
  if (cname !== undefined) return cgoCall(this, e, cname);
  const { fn, gen, args, goBody, entry, iface, fnval } = this.callParts(e, true);
  const c = `${fn}(${args.join(", ")})`;
  // A call that may yield goes through tramp, which starts a new stack segment every
  // segmentFrames frames (runtime/stack.ts), so that deep recursion yields in constant time.
  if (!gen) return c;
  // A function's plain twin (twins.ts), for plain literals; in a twin, a call of its func
  // parameter calls the literal's plain function.
  if (!this.inThunk && !args.some((a) => a.includes("yield"))) {
    const twin = twinOf(this.ctx, e, this.fc.twin);
    if (twin !== undefined) return this.fc.gen ? `($f.s = ${this.stackMap()}, ${twin}(${args.join(", ")}))` : `${twin}(${args.join(", ")})`;
    if (fnval !== undefined && this.fc.twin !== undefined && paramOf(this.ctx, e.fun, this.fc.twin) !== undefined) return `${fnval}.$p(${args.join(", ")})`;
  }
  // A native with a plain entry makes no generator unless it must yield (runtime/yield.ts).
  if (entry !== undefined && !this.inThunk) return this.ye(entry, args.join(", "));
  // An interface method call: a method that cannot yield has a plain entry (methods.ts, ptab),
  // called directly with the stack map the generator call records, so no generator is made (a
  // plain callee cannot yield, and a split at a segment boundary is invisible: gogo.ts). The
  // receiver and the arguments are evaluated once, into temporaries (callParts), then the
  // method is looked up.
  if (iface !== undefined && !this.inThunk) {
    const m = this.fc.tmp(false);
    const gcall = this.y(`$rt.tramp($rt.icall(${iface.tmp}, ${iface.name})(${args.join(", ")}))`);
    return `((${m} = $rt.ptab((${iface.first}, ${iface.tmp}))[${iface.name}]) !== undefined ? ($f.s = ${this.stackMap()}, ${m}(${args.join(", ")})) : ${gcall})`;
  }
  // A call through a func value: a plain literal's func value has its plain function (`$p`,
  // funcLit), called directly with the stack map the generator call records, as an interface
  // call's plain entry is; any other func value makes the generator call. The func value is
  // evaluated first and the arguments after; a nil one is nilfunc, which panics when called,
  // once the arguments are evaluated, as Go's call faults then. Arguments that may yield keep
  // the generator call alone (they are compiled once).
  // The func value's temporary is listed in the stack maps: the closure, and what it captures,
  // stays alive while the call runs, as Go's closure context does.
  if (fnval !== undefined && !this.inThunk && unparen(e.fun).kind !== "FuncLit") {
    const v = this.fc.tmp();
    const callee = `(${v} = (${fnval}) ?? $rt.nilfunc)`;
    if (args.some((a) => a.includes("yield"))) return this.y(`$rt.tramp(${callee}(${args.join(", ")}))`);
    const p = this.fc.tmp(false);
    const gcall = this.y(`$rt.tramp(${v}(${args.join(", ")}))`);
    return `((${p} = ${callee}.$p) !== undefined ? ($f.s = ${this.stackMap()}, ${p}(${args.join(", ")})) : ${gcall})`;
  }
  // A Go function's frame holds its arguments: what only they used is dead in this one.
  this.liveSkip = goBody === true ? callArgsSpan(e) : undefined;
  try {
    return this.y(`$rt.tramp(${c})`);
  } finally {
    this.liveSkip = undefined;
  }
}


/** A call into C: runtime.cgocall (a syscall for the scheduler), or a cgo helper. */
function cgoCall(f: FuncEmitter, e: ast.CallExpr, name: string): string {
  const args = e.args.map((a) => f.expr(a));
  const t = f.typeOf(e);
  if (t.tag === "Tuple" && t.vars.length === 2 && f.ctx.syscallErrno !== undefined) {
    // r, err := C.f(): the result (a void function's is its _Ctype_void zero) and C's errno.
    const r = t.vars[0]!.type;
    const zero = r.tag === "Named" && r.obj.name === "_Ctype_void" ? f.ctx.tt.zero(r) : "undefined";
    return f.y(`$rt.cgocallErrno(${JSON.stringify(name)}, [${args.join(", ")}], ${f.ctx.tt.rtype(f.ctx.syscallErrno)}, ${zero})`);
  }
  const c = cgoCallCode(name, args);
  return c.yields ? f.y(c.code) : c.code;
}

/**
 * The JS of C.name(args) over already compiled arguments. yields: the code is a generator
 * call (runtime.cgocall), to be run with yield*; cgo's helpers are plain calls.
 */
export function cgoCallCode(name: string, args: string[]): { code: string; yields: boolean } {
  // cgo's helpers (check/cgo.ts isCgoHelper) run in Go: no cgocall, no scheduling point.
  // C.CString, C.CBytes and C.malloc call C's malloc through cgocall in Go; gort runs them in
  // place (docs/FIDELITY.md).
  if (isCgoHelper(name)) return { code: `${cgoHelperFn(name)}(${args.join(", ")})`, yields: false };
  return { code: `$rt.cgocall(${JSON.stringify(name)}, [${args.join(", ")}])`, yields: true };
}

/** The runtime function of a cgo helper. */
function cgoHelperFn(name: string): string {
  switch (name) {
    case "CString": return "$rt.cgoCString";
    case "CBytes": return "$rt.cgoCBytes";
    case "GoString": return "$rt.cgoGoString";
    case "GoStringN": return "$rt.cgoGoStringN";
    case "GoBytes": return "$rt.cgoGoBytes";
    case "malloc": return "$rt.cgoMalloc";
  }
  throw new Error(`compiler: no runtime function for cgo's C.${name}`);
}

/** The callee and the compiled arguments of a call (shared by go and defer statements). now:
 *  the call is made at once (not go's or defer's), so the arguments the callee only reads may
 *  be passed without a copy (sharedargs.ts). */
P.callParts = function (this: FuncEmitter, e: ast.CallExpr, now = false) {
  const fun = callee(this.ctx, e.fun);
  const sig = under(this.typeOf(e.fun)) as T.Signature;
  const sharedOf = (m: FuncMeta): readonly boolean[] | undefined => (now && !this.fc.race ? m.sharedArgs : undefined);
  // A declared function: a static call.
  const id = fun.kind === "Ident" ? fun : fun.kind === "SelectorExpr" && !this.ctx.info.selections.get(fun) ? fun.sel : undefined;
  if (id) {
    const o = this.ctx.objOf(id);
    if (o && o.tag === "Func") {
      const m = this.ctx.funcs.get(o);
      // gort build -S: a call of package runtime's own functions (runtime.GC()) is listed too.
      if (m && m.pkgPath === "runtime" && !o.type.recv) this.lowerCall(o.name, e.lparen);
      if (m) return { fn: m.js, gen: m.gen, args: this.args(e, sig, sharedOf(m)?.slice(1)), goBody: m.native === undefined, entry: m.entry };
    }
  }
  if (fun.kind === "SelectorExpr") {
    const sel = this.ctx.info.selections.get(fun);
    if (sel && sel.kind === "MethodVal") {
      const m = sel.obj as T.Func;
      if (isInterface(sel.recv) || isInterface(recvBaseType(sel))) {
        const recv = this.expr(fun.x);
        const tmp = this.fc.tmp();
        const name = runtimeString(m.name);
        // go and defer: the method value is evaluated (a nil interface faults) before the
        // arguments, as Go evaluates a go or defer statement's function value first.
        if (!now) {
          const path = ifaceRecvPath(this, fun, sel, recv);
          return { fn: `$rt.icall((${tmp} = ${path}), ${name})`, gen: true, args: [`${tmp}.v`, ...this.args(e, sig)] };
        }
        // A call: Go evaluates the receiver and the arguments, then loads the method from the
        // itab, so a nil interface faults once the arguments are evaluated (their side effects
        // and panics come first). The arguments are evaluated into temporaries before the lookup.
        const pre = [`${tmp} = ${ifaceRecvPath(this, fun, sel, recv, false)}`];
        const args = this.args(e, sig).map((a) => {
          if (/^(-?[0-9][0-9.e+n]*|"[^"\\]*"|null|undefined|true|false)$/.test(a)) return a;
          const t = this.fc.tmp();
          pre.push(`${t} = ${a}`);
          return t;
        });
        const first = pre.join(", ");
        // No method the call may reach yields (ifacecalls.ts): the dynamic type's plain entry,
        // called directly, from plain code too.
        if (this.ctx.ifaceCalls.isPlain(m)) {
          return { fn: `(${first}, $rt.ptab(${tmp})[${name}] ?? $rt.nopfn(${tmp}, ${name}))`, gen: false, args: [`${tmp}.v`, ...args] };
        }
        return { fn: `$rt.icall((${first}, ${tmp}), ${name})`, gen: true, args: [`${tmp}.v`, ...args], iface: { tmp, first, name } };
      }
      const mm = this.methodMeta(m);
      const shared = sharedOf(mm);
      const recv = this.recvArg(fun.x, sel, m, shared?.[0] === true && sharableArg(this, fun.x));
      return { fn: mm.js, gen: mm.gen, args: [recv, ...this.args(e, sig, shared?.slice(1))], entry: mm.entry };
    }
  }
  // A func value.
  // fnval is the unchecked func value: a defer statement checks it for nil only when it runs.
  const fv = this.expr(fun);
  return { fn: `$rt.fnck(${fv})`, gen: true, args: this.args(e, sig), fnval: fv };
};


/** Walk a selection's embedded fields from base (of type t): the innermost embedded value, its
 *  type, and the object and property holding it (empty when the path is empty). Pointers to
 *  structs are the structs themselves, so each step only adds a nil check. */
function embeddedPath(base: string, t: T.Type, sel: T.Selection): { base: string; t: T.Type; container: string; prop: string } {
  let container = "";
  let prop = "";
  for (let i = 0; i < sel.index.length - 1; i++) {
    let u = under(t);
    if (u.tag === "Pointer") {
      base = `$rt.nilck(${base})`;
      u = under(u.elem);
    }
    const fld = (u as T.Struct).fields[sel.index[i]!]!;
    container = base;
    prop = fieldProp(fld.name, sel.index[i]!);
    base = `${base}.${prop}`;
    t = fld.type;
  }
  return { base, t, container, prop };
}

/** For a method promoted from an embedded interface field, the interface value itself;
 *  checked: a nil interface panics here (a method value), else at the method's lookup (a call). */
function ifaceRecvPath(f: FuncEmitter, e: ast.SelectorExpr, sel: T.Selection, recv: string, checked = true): string {
  const base = embeddedPath(recv, f.typeOf(e.x), sel).base;
  return checked ? `$rt.ifaceck(${base})` : base;
}


P.methodMeta = function (this: FuncEmitter, m: T.Func) {
  const meta = this.ctx.funcs.get(m);
  if (!meta) throw new Error(`compiler: method ${m.name} not compiled`);
  return meta;
};

/** bits.RotateLeft32(x, k) with a constant k, inline: hash and cipher rounds (sha256's) rotate
 *  by constants, and the native call took a sixth of such a round's time. */
P.rotateLeft32 = function (this: FuncEmitter, e: ast.CallExpr): string | undefined {
  if (e.args.length !== 2) return undefined;
  const kv = this.ctx.tv(e.args[1]!);
  if (kv?.mode !== "constant" || kv.value === undefined) return undefined;
  const k = C.int64Val(C.toInt(kv.value));
  if (k === undefined) return undefined;
  const s = Number(BigInt.asUintN(5, k));
  const x = this.exprTo(e.args[0]!, this.typeOf(e.args[0]!));
  if (s === 0) return `(${x})`;
  const t = this.fc.tmp(false);
  return `(((${t} = ${x}) << ${s} | ${t} >>> ${32 - s}) >>> 0)`;
};

/** The receiver argument of a static method call: walk embedded fields, then take the address
 *  or dereference as the method's receiver kind requires. */
P.recvArg = function (this: FuncEmitter, x: ast.Expr, sel: T.Selection, m: T.Func, share = false): string {
  return recvOf(this, this.expr(x), this.typeOf(x), sel, m, () => this.addressOf(x), share);
};

/** May a call pass e, a struct or array argument, without a copy when the callee only reads it
 *  (sharedargs.ts)? A variable, a field, an element of a slice or an array, a dereference, a
 *  call's result: not a map's element, which a map write may replace in place. */
function sharableArg(f: FuncEmitter, e: ast.Expr): boolean {
  e = unparen(e);
  switch (e.kind) {
    case "Ident": case "StarExpr": case "CompositeLit":
      return true;
    case "CallExpr":
      // A call's result is its own; a conversion's is its operand.
      return f.ctx.tv(e.fun)?.mode !== "typexpr" || (e.args[0] !== undefined && sharableArg(f, e.args[0]));
    case "SelectorExpr":
      if (f.ctx.info.selections.get(e)?.kind !== "FieldVal") return false;
      return under(f.typeOf(e.x)).tag === "Pointer" || sharableArg(f, e.x);
    case "IndexExpr": {
      const xt = under(f.typeOf(e.x));
      return xt.tag === "Slice" || xt.tag === "Pointer" || (xt.tag === "Array" && sharableArg(f, e.x));
    }
    default:
      return false;
  }
}

/** The receiver m needs, from the value base0 of type t0 that sel selects it on. addrOf gives
 *  the address of base0 itself (a pointer method on an addressable non-struct variable). share:
 *  a value receiver the method only reads is passed without a copy (sharedargs.ts). */
function recvOf(f: FuncEmitter, base0: string, t0: T.Type, sel: T.Selection, m: T.Func, addrOf: () => string, share = false): string {
  const { base, t, container, prop } = embeddedPath(base0, t0, sel);
  const recvT = m.type.recv!.type;
  const wantPtr = under(recvT).tag === "Pointer";
  const havePtr = under(t).tag === "Pointer";
  if (wantPtr && !havePtr) {
    if (isValueObject(t)) return base;
    if (sel.index.length === 1) return addrOf();
    // An embedded non-struct field: the address of the field in its struct.
    return `new $rt.Ptr(${container}, ${JSON.stringify(prop)})`;
  }
  if (!wantPtr && havePtr) {
    const elem = (under(t) as T.Pointer).elem;
    if (isValueObject(elem)) return share ? `$rt.nilck(${base})` : f.copyOf(elem, `$rt.nilck(${base})`);
    return `${base}.get()`;
  }
  if (!wantPtr && isValueObject(t)) return share ? base : f.copyOf(t, base);
  return base;
}

/** The compiled arguments, with variadic packing and f(g()) spreading. */
P.args = function (this: FuncEmitter, e: ast.CallExpr, sig: T.Signature, shared?: readonly boolean[]): string[] {
  const params = sig.params.vars;
  if (e.args.length === 1 && params.length > 1 || (e.args.length === 1 && this.typeOf(e.args[0]!).tag === "Tuple")) {
    const at = this.typeOf(e.args[0]!);
    if (at.tag === "Tuple") {
      const tmp = this.fc.tmp();
      const first = this.expr(e.args[0]!);
      const vals = at.vars.map((v, i) => ({
        v: i === 0 ? `(${tmp} = ${first}, ${tmp}[0])` : `${tmp}[${i}]`, t: v.type,
      }));
      return packArgs(this, vals, params, sig.variadic, false);
    }
  }
  const vals = e.args.map((a, i) => ({ v: "", t: this.typeOf(a), e: a, shared: shared?.[i] === true && sharableArg(this, a) }));
  // gort build -m: the variadic slice is a stack array in gort (runtime/ops.ts mkslice).
  if (sig.variadic && !e.hasEllipsis && e.args.length >= params.length) this.ctx.lower?.escape(e.lparen, "... argument does not escape");
  return packArgs(this, vals, params, sig.variadic, e.hasEllipsis);
};

function packArgs(
  f: FuncEmitter,
  vals: { v: string; t: T.Type; e?: ast.Expr; shared?: boolean }[],
  params: T.Var[],
  variadic: boolean,
  ellipsis: boolean,
): string[] {
  // A shared argument (sharedargs.ts) of the parameter's own type is passed as it is.
  const conv = (a: { v: string; t: T.Type; e?: ast.Expr; shared?: boolean }, to: T.Type): string =>
    a.e && a.shared === true && isValueObject(to) && identical(a.t, to) ? f.expr(a.e) :
    a.e ? f.exprTo(a.e, to) : f.convertValue(a.v, a.t, to, false);
  if (!variadic || ellipsis) return vals.map((a, i) => conv(a, params[i]!.type));
  const fixed = params.length - 1;
  const out = vals.slice(0, fixed).map((a, i) => conv(a, params[i]!.type));
  const st = params[fixed]!.type as T.Slice;
  const rest = vals.slice(fixed).map((a) => conv(a, st.elem));
  out.push(rest.length === 0 ? "null" : `$rt.mkslice([${rest.join(", ")}])`);
  return out;
}

// ---- Func literals, method values ---------------------------------------------------------

P.funcLit = function (this: FuncEmitter, e: ast.FuncLit): string {
  const sig = this.typeOf(e) as T.Signature;
  const name = closureName(this.fc);
  // The closure object (escape.ts): none for a literal called on the spot, the frame's for a
  // deferred one, a heap object for any other that captures variables.
  const mode = this.fc.esc?.funcLits.get(e);
  // A literal used as a value that cannot yield is a plain function (blocking.ts plainLiteral);
  // one called on the spot, deferred or started as a goroutine stays a generator, as go and
  // defer statements take it.
  const plain = mode === undefined && plainLiteral(this.ctx, e);
  const fc = new FnCtx(this.ctx, !plain, name, sig, this.fc);
  const leaf = plain ? literalLeaf(this.ctx, e) : undefined;
  fc.frameless = leaf !== undefined;
  fc.leafPanics = leaf === "panics";
  const fi = this.ctx.addFuncInfo({ name, file: this.ctx.absPath(e.pos.file), line: e.pos.line, hasArgs: sig.params.vars.length > 0 });
  const body = compileFuncBody(this.ctx, fc, this.file, fi, e.type, e.body, undefined, "");
  const shared = sharedGen(this, e, body);
  if (mode === "call") {
    this.ctx.lower?.escape(e.pos, "func literal does not escape");
    return shared?.gen ?? body;
  }
  const ps = sig.params.vars.map((_, i) => `$a${i}`).join(", ");
  const caps = captures(this, e);
  if (plain) return plainFuncval(this, e, shared?.gen ?? body, caps, ps, shared !== undefined, fi);
  // Each evaluation makes a func value of its own, as it did when it was the generator function.
  const code = shared === undefined ? body : `(${shared.gen}, (${ps}) => ${shared.name}(${ps}))`;
  if (this.ctx.lower !== undefined) {
    // Escapes: a heap closure (one that captures, not deferred), or a new goroutine's.
    const heap = mode !== "defer" && caps.length > 0;
    this.ctx.lower.escape(e.pos, `func literal ${heap || mode === "go" ? "escapes to heap" : "does not escape"}`);
    if (heap) this.lowerCall("newobject", e.pos);
  }
  // A func value names its function (reflect's Value.Pointer, runtime.FuncForPC): $fi.
  if (caps.length === 0) return `$rt.fitag(${code}, ${fi})`;
  // The scan thunk reads the captured bindings: with a shared generator function, they are the
  // same for every func value made in this call, and so is the thunk (made once, as a cached
  // stack map is).
  let scan = `() => [${caps.join(", ")}]`;
  if (shared !== undefined) {
    const t = this.fc.tmp(false);
    scan = `(${t} || (${t} = ${scan}))`;
  }
  if (mode === "defer") return `$rt.stackfuncval(${code}, ${scan})`;
  return `$rt.funcval(${code}, ${scan}, ${caps.length}, ${fi})`;
};

/**
 * The func value of a plain literal (its plain function p): a function that returns a
 * generator running p, as every func value is called by fmt, reflect, natives and go
 * statements, with p as its `$p`, which compiled calls through a func value call directly
 * (FuncEmitter.call). Without captures it is one value per call of the enclosing function, as
 * Go's is one static closure; with them, a closure object each evaluation, as funcval makes.
 */
function plainFuncval(f: FuncEmitter, e: ast.FuncLit, p: string, caps: string[], ps: string, shared: boolean, fi: number): string {
  if (f.ctx.lower !== undefined) {
    const heap = caps.length > 0;
    f.ctx.lower.escape(e.pos, `func literal ${heap ? "escapes to heap" : "does not escape"}`);
    if (heap) f.lowerCall("newobject", e.pos);
  }
  const gen = `(${ps}) => $rt.callplain($lp, [${ps}])`;
  if (caps.length === 0) {
    const v = `(($lp) => $rt.plainfuncval(${gen}, $lp, ${fi}))(${p})`;
    if ((f.fc.tree.captures.get(e)?.size ?? 0) > 0) return v;
    const t = f.fc.tmp(false);
    return `(${t} || (${t} = ${v}))`;
  }
  // The scan thunk is made once when the captured bindings are the same for every func value
  // made in this call (sharedGen), as funcLit's is.
  let scan = `() => [${caps.join(", ")}]`;
  if (shared) {
    const t = f.fc.tmp(false);
    scan = `(${t} || (${t} = ${scan}))`;
  }
  return `(($lp) => $rt.funcvalp(${gen}, ${scan}, ${caps.length}, $lp, ${fi}))(${p})`;
}

/**
 * The generator function of a func literal made once per call of the enclosing function, when
 * every variable it captures from that function has one binding per call (a local of the body's
 * own statements or a parameter, without goto: FnCtx.declDepth, as cached stack maps): name, the
 * temporary that holds it, and gen, the expression that makes it the first time. V8 gives each
 * generator function object, on its first call, an initial map and a prototype of its own (about
 * 400 bytes, measured): a literal evaluated in a loop made them for every func value (spawn's
 * go statement: 1590 -> 990 bytes of host memory per goroutine). Its func values call it.
 */
function sharedGen(f: FuncEmitter, e: ast.FuncLit, body: string): { name: string; gen: string } | undefined {
  const fc = f.fc;
  const live = (fc.live ??= fc.lazyLive?.());
  if (live === undefined || live.hasGoto) return undefined;
  for (const o of fc.tree.captures.get(e) ?? []) {
    if (fc.names.has(o) && (fc.declDepth.get(o) ?? Infinity) > 2) return undefined;
  }
  const name = fc.tmp(false);
  return { name, gen: `(${name} || (${name} = ${body}))` };
}

/** The JS names of the enclosing functions' variables a function literal refers to. */
function captures(f: FuncEmitter, e: ast.FuncLit): string[] {
  const out: string[] = [];
  for (const o of f.fc.tree.captures.get(e) ?? []) {
    const name = f.fc.nameOf(o);
    if (name !== undefined) out.push(name);
  }
  return out;
}

function closureName(fc: FnCtx): string {
  // Go 1.19: closures of a top-level function are f.func1, f.func2...; closures nested in a
  // closure are f.func1.1, f.func1.2...
  const n = ++fc.closureN;
  return fc.parent ? `${fc.goName}.${n}` : `${fc.goName}.func${n}`;
}

/** The FuncInfo of Go's method value wrapper `name-fm` (<autogenerated>:1), which names a
 *  method value for reflect's Value.Pointer and runtime.FuncForPC; one per name. */
function fmInfo(f: FuncEmitter, name: string): number {
  let fi = f.ctx.fmInfos.get(name);
  if (fi === undefined) {
    fi = f.ctx.addFuncInfo({ name: textToBytes(`${name}-fm`), file: "<autogenerated>", line: 1, hasArgs: false });
    f.ctx.fmInfos.set(name, fi);
  }
  return fi;
}

P.methodValue = function (this: FuncEmitter, e: ast.SelectorExpr, sel: T.Selection): string {
  const m = sel.obj as T.Func;
  if (isInterface(sel.recv) || isInterface(recvBaseType(sel))) {
    const recv = ifaceRecvPath(this, e, sel, this.expr(e.x));
    const it = isInterface(sel.recv) ? sel.recv : recvBaseType(sel);
    return `$rt.fitag($rt.ifaceMethodValue(${recv}, ${runtimeString(m.name)}), ${fmInfo(this, `${typeString(it, true)}.${m.name}`)})`;
  }
  const mm = this.methodMeta(m);
  const fi = fmInfo(this, mm.goName ?? m.name);
  if (this.ctx.lower !== undefined) {
    this.ctx.lower.escape(e.pos, `${exprString(e)} escapes to heap`);
    this.lowerCall("newobject", e.pos);
  }
  const recv = this.recvArg(e.x, sel, m);
  // The value saved at evaluation is copied again for each call of a value-receiver method on
  // a struct or array, which may change its own copy.
  const rt = m.type.recv!.type;
  const r0 = isValueObject(rt) ? this.ctx.tt.clone(rt, "r") : "r";
  // -race: the call goes through Go's wrapper (pkg.(*T).m-fm), which race stacks show.
  // A native pushes no frame to take it: none then.
  const r = this.fc.race && mm.native === undefined ? `($S.fm = ${JSON.stringify(`${mm.goName ?? m.name}-fm`)}, ${r0})` : r0;
  if (mm.gen) return `((r) => $rt.funcval(function* (...a) { return yield* ${mm.js}(${r}, ...a); }, () => [r], 1, ${fi}))(${recv})`;
  // A plain method's value has the bound plain call as its `$p`, as a plain literal's has.
  const ps = (this.typeOf(e) as T.Signature).params.vars.map((_, i) => `$a${i}`).join(", ");
  return `((r) => { const $lp = (${ps}) => ${mm.js}(${r}${ps === "" ? "" : ", " + ps}); return $rt.funcvalp((${ps}) => $rt.callplain($lp, [${ps}]), () => [r], 1, $lp, ${fi}); })(${recv})`;
};

P.methodExpr = function (this: FuncEmitter, e: ast.SelectorExpr, sel: T.Selection): string {
  const m = sel.obj as T.Func;
  const recvT = this.ctx.tv(e.x)!.type;
  if (isInterface(recvT)) {
    return `(function* (r, ...a) { return yield* $rt.icall($rt.ifaceck(r), ${runtimeString(m.name)})(r.v, ...a); })`;
  }
  if (isInterface(recvBaseType(sel))) {
    // Promoted from an embedded interface field: a dynamic call on that field.
    const recv = `$rt.ifaceck(${embeddedPath("r", recvT, sel).base})`;
    return `(function* (r, ...a) { const i = ${recv}; return yield* $rt.icall(i, ${runtimeString(m.name)})(i.v, ...a); })`;
  }
  const mm = this.methodMeta(m);
  // The receiver parameter r is a value of recvT: walk the embedded fields of a promoted
  // method, then take the address or dereference as the method's receiver kind requires.
  const r = recvOf(this, "r", recvT, sel, m, () => {
    throw new Error("compiler: a method expression's receiver has no address");
  });
  const call = mm.gen ? `yield* ${mm.js}(${r}, ...a)` : `${mm.js}(${r}, ...a)`;
  // It names the method it calls, for reflect's Value.Pointer (Machine.funcIndexOf).
  mm.asValue = true;
  return `$rt.fnamed(function* (r, ...a) { return ${call}; }, ${JSON.stringify(mm.js)})`;
};

// ---- Conversions ----------------------------------------------------------------------------

P.conversion = function (this: FuncEmitter, x: ast.Expr, to: T.Type): string {
  const tv = this.ctx.tv(x)!;
  if (tv.mode === "constant" && tv.value && !isInterface(to)) {
    const outer = this.ctx.tv(x);
    void outer;
  }
  const from = tv.type;
  if (isNilType(from)) return "null";
  if (isInterface(to)) return this.exprTo(x, to);
  const elemObj = unsafeElemOperand(this, x, from, to);
  if (elemObj !== undefined) {
    return `$rt.unsafeElem(${this.slotOf(elemObj)}, ${this.ctx.tt.rtype((under(from) as T.Pointer).elem)})`;
  }
  const narrow = pairNarrow(this, x, to);
  if (narrow !== undefined) return narrow;
  if (this.ctx.lower === undefined) return this.convertExpr(this.expr(x), from, to);
  // gort build -S: convertExpr's calls are the conversion's, at its operand.
  const v = this.expr(x);
  this.lowerConvAt = { pos: x.pos, constant: tv.mode === "constant" };
  try {
    return this.convertExpr(v, from, to);
  } finally {
    this.lowerConvAt = undefined;
  }
};

declare module "./func.js" {
  interface FuncEmitter {
    /** gort build -S: the conversion convertExpr is compiling (its operand's position, and
     *  whether the operand is a constant, which Go converts without calling the runtime). */
    lowerConvAt: { pos: ast.Pos; constant: boolean } | undefined;
    /** The []byte(s) or []rune(s) being compiled: of a string that is not constant, its result
     *  escapes ("heap") or stays in the frame ("stack"); of a constant, likewise ("constheap",
     *  "const"). */
    strConv: "heap" | "stack" | "const" | "constheap";
    lowerConvCall(name: string): void;
  }
}

P.strConv = "heap";

P.lowerConvCall = function (this: FuncEmitter, name: string): void {
  if (this.ctx.lower === undefined) return;
  const at = this.lowerConvAt;
  // A constant's bytes or runes are a new object when they escape (walk/convert.go).
  if (at?.constant === true) return this.lowerCall(name === "intstring" ? undefined : "newobject", at.pos);
  this.lowerCall(name, at?.pos);
};

/** unsafe.Pointer(&x.f) or unsafe.Pointer(&a[i]) of a struct or array x.f or a[i]: the field
 *  or element, whose container runtime/unsafe.ts records so that arithmetic can leave it. */
function unsafeElemOperand(f: FuncEmitter, x: ast.Expr, from: T.Type, to: T.Type): ast.SelectorExpr | ast.IndexExpr | undefined {
  if (basicKind(to) !== K.UnsafePointer || under(from).tag !== "Pointer") return undefined;
  const u = unparen(x);
  if (u.kind !== "UnaryExpr" || u.op !== "&") return undefined;
  const y = unparen(u.x);
  return isValueObject(f.typeOf(y)) && isElemOrField(f, y) ? y : undefined;
}

P.convertExpr = function (this: FuncEmitter, v: string, from: T.Type, to: T.Type): string {
  const fu = under(from);
  const tu = under(to);
  // Package unsafe (runtime/unsafe.ts): a Pointer holds the pointer's own value.
  if (basicKind(to) === K.UnsafePointer) {
    if (fu.tag === "Pointer") return `$rt.unsafePointer(${v}, ${this.ctx.tt.rtype(fu.elem)})`;
    if (isInteger(from)) return `$rt.unsafeFromUintptr(${v})`;
    return v;
  }
  if (basicKind(from) === K.UnsafePointer) {
    if (tu.tag === "Pointer") return `$rt.unsafePointerTo(${v}, ${this.ctx.tt.rtype(tu.elem)})`;
    if (isInteger(to)) return `$rt.unsafeUintptr(${v})`;
    return v;
  }
  if (isInteger(to)) {
    if (isInteger(from)) return intToInt(v, from, to);
    if (isFloat(from)) {
      if (is64(to)) return isUnsigned(to) ? `$i.fromFloatU(${v})` : `$i.fromFloat(${v})`;
      return wrapNarrow(to, basicKind(to) === K.Uint32 ? `$rt.f2u32(${v})` : `$rt.f2i32(${v})`);
    }
  }
  if (isFloat(to)) {
    if (isInteger(from)) {
      const f = is64(from) ? `$i.toFloat(${v})` : v;
      return isFloat32(to) ? `Math.fround(${f})` : f;
    }
    if (isFloat(from)) return isFloat32(to) && !isFloat32(from) ? `Math.fround(${v})` : v;
  }
  if (isComplex(to) && isComplex(from)) {
    return basicKind(to) === K.Complex64 && basicKind(from) !== K.Complex64 ? `$rt.c64(${v})` : v;
  }
  if (isString(to)) {
    if (isInteger(from)) {
      this.lowerConvCall("intstring");
      return `$rt.runeToString(${v})`;
    }
    if (fu.tag === "Slice") {
      const et = under(fu.elem);
      if (et.tag === "Basic" && (et.kind === K.Uint8)) {
        // In place (strtmp.ts): Go calls slicebytetostringtmp only under -race.
        if (this.strConv === "stack") {
          if (this.fc.race) this.lowerConvCall("slicebytetostringtmp");
          return `$rt.bytesToStringTmp(${v})`;
        }
        this.lowerConvCall("slicebytetostring");
        return `$rt.bytesToString(${v})`;
      }
      this.lowerConvCall("slicerunetostring");
      return `$rt.runesToString(${v})`;
    }
    return v;
  }
  if (tu.tag === "Slice" && isString(from)) {
    const et = under(tu.elem);
    const where = this.strConv === "heap" ? "" : `, ${JSON.stringify(this.strConv)}`;
    if (et.tag === "Basic" && et.kind === K.Uint8) {
      this.lowerConvCall("stringtoslicebyte");
      return `$rt.stringToBytes(${v}${where})`;
    }
    this.lowerConvCall("stringtoslicerune");
    return `$rt.stringToRunes(${v}${where})`;
  }
  if (tu.tag === "Pointer" && fu.tag === "Slice") {
    return `$rt.sliceToArrayPtr(${v}, ${this.ctx.tt.rtype(tu.elem)})`;
  }
  if (isValueObject(to)) return this.copyOf(to, v);
  return v;
};

function intToInt(v: string, from: T.Type, to: T.Type): string {
  if (is64(to)) {
    // A narrow value always fits, except a negative signed one converted to an unsigned
    // 64-bit type: uint64(int8(-1)) must wrap to 2^64-1.
    if (!is64(from)) return isUnsigned(to) && !isUnsigned(from) ? `$i.toUint64(${v})` : v;
    return isUnsigned(to) ? `$i.toUint64(${v})` : `$i.toInt64(${v})`;
  }
  const k = basicKind(to);
  const fn = {
    [K.Int32]: "toInt32", [K.Uint32]: "toUint32", [K.Int16]: "toInt16",
    [K.Uint16]: "toUint16", [K.Int8]: "toInt8", [K.Uint8]: "toUint8",
  }[k as number];
  if (!fn) throw new Error("intToInt to kind " + k);
  if (!is64(from)) return wrapNarrow(to, v);
  return `$i.${fn}(${v})`;
}

// ---- Builtins ---------------------------------------------------------------------------------

P.builtin = function (this: FuncEmitter, e: ast.CallExpr, name: T.BuiltinName): string {
  const a = e.args;
  const a0t = a.length === 1 ? this.ctx.tv(a[0]!)?.type : undefined;
  if (a0t && a0t.tag === "Tuple") return spreadBuiltin(this, e, name, a0t);
  switch (name) {
    case "len": {
      const t = under(this.typeOf(a[0]!));
      const h = t.tag === "Slice" ? this.hoistOf(a[0]!) : undefined;
      if (h !== undefined) return h.len;
      const x = this.expr(a[0]!);
      if (t.tag === "Basic") return `${x}.length`;
      // Not a constant here, so x holds a call or a receive that must still run (spec: Length
      // and capacity). A nil pointer to an array has a length too: no nil check.
      if (t.tag === "Array") return `(${x}, ${t.len})`;
      if (t.tag === "Pointer") return `(${x}, ${(under(t.elem) as T.ArrayT).len})`;
      if (t.tag === "Map") return this.fc.race ? `$rt.maplenRace(${x})` : `$rt.maplen(${x})`;
      if (t.tag === "Chan") return `$rt.chanlen(${x})`;
      return `$rt.slen(${x})`;
    }
    case "cap": {
      const t = under(this.typeOf(a[0]!));
      const x = this.expr(a[0]!);
      if (t.tag === "Array") return `(${x}, ${t.len})`;
      if (t.tag === "Pointer") return `(${x}, ${(under(t.elem) as T.ArrayT).len})`;
      if (t.tag === "Chan") return `$rt.chancap(${x})`;
      return `$rt.scap(${x})`;
    }
    case "append": {
      const st = this.typeOf(e) as T.Type;
      const et = (under(st) as T.Slice).elem;
      const s = this.expr(a[0]!);
      const rt = this.ctx.tt.rtype(st);
      if (this.ctx.lower !== undefined && a.length > 1) {
        this.lowerCall("growslice", e.pos);
        if (e.hasEllipsis) this.lowerCall(hasPointers(et) ? "typedslicecopy" : "memmove", e.pos);
      }
      if (e.hasEllipsis) {
        const src = this.expr(a[1]!);
        if (isString(this.typeOf(a[1]!))) return `$rt.appendString(${rt}, ${s}, ${src})`;
        return `$rt.appendSlice(${rt}, ${s}, ${src})`;
      }
      const vals = a.slice(1).map((x) => this.exprTo(x, et));
      if (vals.length === 0) return s;
      return `$rt.append(${rt}, ${s}, [${vals.join(", ")}])`;
    }
    case "copy": {
      if (this.ctx.lower !== undefined) {
        const ct = under(this.typeOf(a[0]!));
        this.lowerCall(ct.tag === "Slice" && hasPointers(ct.elem) ? "typedslicecopy" : "memmove", e.pos);
      }
      const dst = this.expr(a[0]!);
      const src = this.expr(a[1]!);
      if (isString(this.typeOf(a[1]!))) return `$rt.copyString(${dst}, ${src})`;
      const et = (under(this.typeOf(a[0]!)) as T.Slice).elem;
      if (isValueObject(et)) return `$rt.copy(${dst}, ${src}, ${this.ctx.tt.rtype(et)})`;
      return `$rt.copy(${dst}, ${src})`;
    }
    case "delete": {
      const mt = under(this.typeOf(a[0]!)) as T.MapT;
      this.ctx.lower?.call(this.fc.goName, e.pos, mapName("mapdelete", mt));
      return this.yn("mapdelete", `${this.mapType(mt)}, ${this.expr(a[0]!)}, ${this.exprTo(a[1]!, mt.key)}`, false);
    }
    case "make": return makeBuiltin(this, e);
    case "new": {
      const t = this.ctx.tv(a[0]!)!.type;
      if (this.ctx.lower !== undefined) this.lowerAlloc(e, t, this.fc.esc?.stack.has(e) === true);
      return this.newObj(this.ctx.tt.zero(t), t, this.fc.esc?.stack.has(e) === true);
    }
    case "panic": {
      const v = this.exprTo(a[0]!, emptyIface);
      this.lowerCall("gopanic", e.pos);
      return `$rt.gopanic(${v})`;
    }
    case "recover":
      this.lowerCall("gorecover", e.pos);
      return `$rt.gorecover($g, $f)`;
    case "print":
    case "println": {
      const parts = a.map((x) => {
        const t = this.typeOf(x);
        return `[${JSON.stringify(printKind(t))}, ${this.expr(x)}]`;
      });
      if (this.ctx.lower !== undefined) lowerPrint(this, e, name === "println");
      return `$rt.printArgs([${parts.join(", ")}], ${name === "println"})`;
    }
    case "close":
      this.lowerCall("closechan", e.pos);
      return this.yn("closechan", this.expr(a[0]!), false);
    case "complex": {
      const t = this.typeOf(e);
      const c = `new $rt.Complex(${this.expr(a[0]!)}, ${this.expr(a[1]!)})`;
      return basicKind(t) === K.Complex64 ? `$rt.c64(${c})` : c;
    }
    case "real": return `${this.expr(a[0]!)}.re`;
    case "imag": return `${this.expr(a[0]!)}.im`;
    // Package unsafe's (runtime/unsafe.ts). Sizeof, Alignof and Offsetof are constants.
    case "Add": return `$rt.unsafeAdd(${this.expr(a[0]!)}, ${this.expr(a[1]!)})`;
    case "Slice": {
      const et = (under(this.typeOf(e)) as T.Slice).elem;
      this.lowerCall("panicunsafeslicelen", e.pos);
      return `$rt.unsafeSlice(${this.expr(a[0]!)}, ${this.expr(a[1]!)}, ${this.ctx.tt.rtype(et)})`;
    }
    case "Alignof": case "Offsetof": case "Sizeof":
      throw new Error(`compiler: unsafe.${name} is a constant`);
  }
};

const emptyIface = new T.Interface([], []);
emptyIface.allMethods = [];

function printKind(t: T.Type): string {
  const u = under(t);
  if (u.tag === "Basic") {
    if (isString(t)) return "string";
    if (u.kind === K.Bool || u.kind === K.UntypedBool) return "bool";
    if (isFloat(t)) return "float";
    if (isComplex(t)) return "complex";
    if (isInteger(t)) return isUnsigned(t) ? "uint" : "int";
    if (u.kind === K.UntypedNil) return "nil";
  }
  if (u.tag === "Interface") return (u.allMethods ?? u.methods).length === 0 ? "eface" : "iface";
  if (u.tag === "Slice") return "slice";
  return "pointer";
}

/** gort build -S: println(a, b) is printlock, a printer per argument (printsp between them for
 *  println), printnl, printunlock (walk/builtin.go walkPrint). */
function lowerPrint(f: FuncEmitter, e: ast.CallExpr, ln: boolean): void {
  // println's separators and newline are constant strings, merged with the constant strings
  // next to them: " " alone is printsp, "\n" alone printnl, any other string printstring.
  const items: { s?: string; t?: T.Type }[] = [];
  e.args.forEach((x, i) => {
    if (ln && i > 0) items.push({ s: " " });
    const tv = f.ctx.tv(x);
    if (tv?.mode === "constant" && tv.value?.kind === "string") items.push({ s: (tv.value as { v: string }).v });
    else items.push({ t: f.typeOf(x) });
  });
  if (ln) items.push({ s: "\n" });
  const merged: { s?: string; t?: T.Type }[] = [];
  for (const it of items) {
    const last = merged[merged.length - 1];
    if (it.s !== undefined && last?.s !== undefined) last.s += it.s;
    else merged.push({ ...it });
  }
  f.lowerCall("printlock", e.pos);
  for (const it of merged) {
    if (it.t !== undefined) f.lowerCall(printName(it.t), e.pos);
    else f.lowerCall(it.s === " " ? "printsp" : it.s === "\n" ? "printnl" : "printstring", e.pos);
  }
  f.lowerCall("printunlock", e.pos);
}

/** gort build -S and -m: make's allocation (walk/builtin.go walkMakeSlice, walkMakeMap,
 *  walkMakeChan). A slice or map that does not escape, of constant size, is on the stack. */
function lowerMake(f: FuncEmitter, e: ast.CallExpr, u: T.Type, esc: boolean): void {
  const n = e.args[1] !== undefined ? f.ctx.tv(e.args[1]) : undefined;
  const hint = e.args[1] === undefined ? 0 : n?.mode === "constant" ? Number((n.value as { v: bigint }).v) : undefined;
  if (u.tag === "Chan") return f.lowerCall("makechan", e.pos);
  f.ctx.lower!.escape(e.pos, `${exprString(e)} ${esc ? "escapes to heap" : "does not escape"}`);
  if (u.tag === "Map") return f.lowerCall(makemapName(hint, esc), e.pos);
  if (esc) f.lowerCall("makeslice", e.pos);
}

function makeBuiltin(f: FuncEmitter, e: ast.CallExpr): string {
  const t = f.ctx.tv(e.args[0]!)!.type;
  const u = under(t);
  const esc = f.fc.esc?.stack.has(e) !== true;
  if (f.ctx.lower !== undefined) lowerMake(f, e, u, esc);
  const n = e.args[1] ? f.expr(e.args[1]) : "0";
  switch (u.tag) {
    case "Slice": {
      const c = e.args[2] ? f.expr(e.args[2]) : "undefined";
      const z = f.ctx.tt.zero(u.elem);
      const fresh = isValueObject(u.elem) ? `() => ${z}` : "undefined";
      return `$rt.makeslice(${f.ctx.tt.rtype(t)}, ${n}, ${c}, ${z}, ${fresh}, ${esc})`;
    }
    case "Map":
      return `$rt.makemap(${f.mapType(u)}, ${n}, ${esc})`;
    case "Chan":
      return `$rt.makechan(${f.ctx.tt.rtype(t)}, ${n})`;
    default:
      throw new Unsupported(e.pos, "make of " + u.tag);
  }
}

/**
 * A builtin applied to a multi-value call (copy(f()), delete(g())): the call's results are held
 * in a temporary and passed as synthetic argument expressions typed like the results.
 */
function spreadBuiltin(f: FuncEmitter, e: ast.CallExpr, name: T.BuiltinName, tt: T.Tuple): string {
  const tmp = f.fc.tmp();
  const call = f.expr(e.args[0]!);
  const args: ast.Expr[] = tt.vars.map((v, i) => {
    const id: ast.Ident = { kind: "Ident", pos: e.args[0]!.pos, name: `$r${i}` };
    f.ctx.info.types.set(id, { mode: "value", type: v.type });
    return id;
  });
  const saved = f.argOverride;
  f.argOverride = new Map([...(saved ?? []), ...args.map((x, i) => [x, `${tmp}[${i}]`] as const)]);
  const spread: ast.CallExpr = { ...e, args };
  const tv = f.ctx.tv(e);
  if (tv) f.ctx.info.types.set(spread, tv);
  try {
    return `(${tmp} = ${call}, ${f.builtin(spread, name)})`;
  } finally {
    f.argOverride = saved;
  }
}
