// Calls of built-in functions: append, cap, close, complex, copy, delete, imag, len, make, new,
// panic, print, println, real, recover, and package unsafe's Add, Alignof, Offsetof, Sizeof and
// Slice.
//
// Models go/types builtins.go (Go 1.19, types2 messages; _Add, _Alignof, _Offsetof, _Sizeof,
// _Slice with gc's sizes, sizes.go). For each call the checker records
// the built-in's signature for this call at call.fun (mode "builtin"), as go/types'
// recordBuiltinType does, so the compiler knows the argument types.
//
// Invariants: len and cap are constant for constant strings and for arrays (or pointers to
// arrays) whose operand contains no function call or channel receive. unsafe.Sizeof, Alignof
// and Offsetof are always constants of type uintptr.
//
// Simplification: go/types makes Sizeof, Alignof and Offsetof of a type parameter's operand
// non-constant (hasVarSize); gort checks each instance with its type arguments (generic.ts),
// where they are constants.

import type * as ast from "../ast.js";
import { startPos } from "./errors.js";
import * as types from "../types.js";
import { BasicKind as K } from "../types.js";
import * as constant from "../constant.js";
import type { Checker } from "./check.js";
import { newOperand, assignableTo, isNil, type Operand } from "./operand.js";
import { exprList } from "./call.js";
import { expr, rawExpr } from "./expr.js";
import { identical, isFloat, isInteger, isString, isTyped, isUntyped, under, isNumeric } from "./predicates.js";
import { Typ, anyType, newVar, universeByte, invalidType } from "./universe.js";
import { assignment } from "./assignments.js";
import { convertUntyped, representableConst } from "./const.js";
import { varType } from "./typexpr.js";
import { isValidIndex } from "./index.js";
import { arguments_ } from "./call.js";
import { lookupFieldOrMethod } from "./lookup.js";
import { alignof, offsetof, sizeof } from "./sizes.js";

const invalidOp = "invalid operation: ";
const invalidArg = "invalid argument: ";

const arity: Record<types.BuiltinName, [number, boolean]> = {
  append: [1, true], cap: [1, false], close: [1, false], complex: [2, false], copy: [2, false],
  delete: [2, false], imag: [1, false], len: [1, false], make: [1, true], new: [1, false],
  panic: [1, false], print: [0, true], println: [0, true], real: [1, false], recover: [0, false],
  Add: [2, false], Alignof: [1, false], Offsetof: [1, false], Sizeof: [1, false], Slice: [2, false],
};

function makeSig(res: types.Type | undefined, ...params: types.Type[]): types.Signature {
  const ps = params.map((t) => newVar("", t));
  const rs = res ? [newVar("", res)] : [];
  return new types.Signature(new types.Tuple(ps), new types.Tuple(rs), false);
}

function recordBuiltin(c: Checker, fun: ast.Expr, sig: types.Signature): void {
  let f = fun;
  while (f.kind === "ParenExpr") {
    c.recordTypeAndValue(f, "builtin", sig);
    f = f.x;
  }
  c.recordTypeAndValue(f, "builtin", sig);
}

export function builtin(c: Checker, x: Operand, call: ast.CallExpr, id: types.BuiltinName): boolean {
  const [want, variadic] = arity[id];
  if (call.hasEllipsis && id !== "append") {
    c.error(call.pos, `${invalidOp}invalid use of ... with built-in ${id}`);
    for (const a of call.args) expr(c, newOperand(), a);
    return false;
  }
  let args: Operand[] = [];
  const special = id === "make" || id === "new" || id === "Offsetof"; // arguments not evaluated here
  if (!special) {
    args = exprList(c, call.args);
    for (const a of args) if (a.mode === "invalid") return false;
    if (args.length > 0) Object.assign(x, args[0]!);
  }
  const nargs = special ? call.args.length : args.length;
  let msg = "";
  if (nargs < want) msg = "not enough";
  else if (!variadic && nargs > want) msg = "too many";
  if (msg !== "") {
    c.error(startPos(call), `${invalidOp}${msg} arguments for ${c.es(call)} (expected ${want}, found ${nargs})`);
    return false;
  }
  switch (id) {
    case "append": return bAppend(c, x, call, args);
    case "cap": case "len": return bLen(c, x, call, id);
    case "close": return bClose(c, x, call);
    case "complex": return bComplex(c, x, call, args);
    case "copy": return bCopy(c, x, call, args);
    case "delete": return bDelete(c, x, call, args);
    case "imag": case "real": return bRealImag(c, x, call, id);
    case "make": return bMake(c, x, call);
    case "new": {
      const T = varType(c, call.args[0]!);
      if (T === invalidType) return false;
      x.mode = "value";
      x.type = new types.Pointer(T);
      recordBuiltin(c, call.fun, makeSig(x.type, T));
      return true;
    }
    case "panic": {
      assignment(c, x, anyType, "argument to panic");
      if (x.mode === "invalid") return false;
      x.mode = "novalue";
      recordBuiltin(c, call.fun, makeSig(undefined, anyType));
      return true;
    }
    case "print": case "println": {
      const params: types.Type[] = [];
      for (const a of args) {
        assignment(c, a, undefined, `argument to ${id}`);
        if (a.mode === "invalid") return false;
        params.push(a.type);
      }
      x.mode = "novalue";
      recordBuiltin(c, call.fun, makeSig(undefined, ...params));
      return true;
    }
    case "recover":
      x.mode = "value";
      x.type = anyType;
      recordBuiltin(c, call.fun, makeSig(anyType));
      return true;
    case "Add": {
      // unsafe.Add(ptr Pointer, len IntegerType) Pointer
      assignment(c, x, Typ[K.UnsafePointer]!, "argument to unsafe.Add");
      if (x.mode === "invalid") return false;
      const y = args[1]!;
      if (!isValidIndex(c, y, "length", true)) return false;
      x.mode = "value";
      x.type = Typ[K.UnsafePointer]!;
      recordBuiltin(c, call.fun, makeSig(x.type, x.type, y.type));
      return true;
    }
    case "Alignof": case "Sizeof": {
      // unsafe.Alignof(x T) uintptr, unsafe.Sizeof(x T) uintptr: constants (no signature recorded)
      assignment(c, x, undefined, `argument to unsafe.${id}`);
      if (x.mode === "invalid") return false;
      x.mode = "constant";
      x.val = constant.makeInt(BigInt(id === "Sizeof" ? sizeof(x.type) : alignof(x.type)));
      x.type = Typ[K.Uintptr]!;
      return true;
    }
    case "Offsetof": return bOffsetof(c, x, call);
    case "Slice": {
      // unsafe.Slice(ptr *T, len IntegerType) []T
      const p = under(x.type);
      if (p.tag !== "Pointer") {
        c.error(startPos(x.expr!), `${invalidArg}${c.os(x)} is not a pointer`);
        return false;
      }
      const y = args[1]!;
      if (!isValidIndex(c, y, "length", false)) return false;
      x.mode = "value";
      x.type = new types.Slice(p.elem);
      recordBuiltin(c, call.fun, makeSig(x.type, p, y.type));
      return true;
    }
  }
}

/** unsafe.Offsetof(x.f) uintptr, where x.f must be a selector of a field (no argument is
 *  evaluated before). */
function bOffsetof(c: Checker, x: Operand, call: ast.CallExpr): boolean {
  const arg0 = call.args[0]!;
  let selx = arg0;
  while (selx.kind === "ParenExpr") selx = selx.x;
  if (selx.kind !== "SelectorExpr") {
    c.error(startPos(arg0), `${invalidArg}${c.es(arg0)} is not a selector expression`);
    use(c, arg0);
    return false;
  }
  expr(c, x, selx.x);
  if (x.mode === "invalid") return false;
  const base = derefStructPtr(x.type);
  const sel = selx.sel.name;
  const r = lookupFieldOrMethod(base, false, c.pkg, sel);
  if (!r.obj) {
    c.error(startPos(x.expr!), `${invalidArg}${c.ts(base)} has no single field ${sel}`);
    return false;
  }
  if (r.obj.tag === "Func") {
    c.error(startPos(arg0), `${invalidArg}${c.es(arg0)} is a method value`);
    return false;
  }
  if (r.indirect) {
    c.error(startPos(x.expr!), `${invalidArg}field ${sel} is embedded via a pointer in ${c.ts(base)}`);
    return false;
  }
  c.recordSelection(selx, { kind: "FieldVal", recv: base, obj: r.obj, index: r.index!, indirect: false });
  c.recordTypeAndValue(selx, x.mode === "variable" ? "variable" : "value", r.obj.type);
  x.mode = "constant";
  x.val = constant.makeInt(BigInt(offsetof(base, r.index!)));
  x.type = Typ[K.Uintptr]!;
  return true;
}

/** types2 derefStructPtr: *S for a struct S is S; any other type is itself. */
function derefStructPtr(t: types.Type): types.Type {
  const p = under(t);
  if (p.tag === "Pointer" && under(p.elem).tag === "Struct") return p.elem;
  return t;
}

/** check.use: evaluate an expression that is in error anyway, for its own errors and uses. */
function use(c: Checker, e: ast.Expr): void {
  rawExpr(c, newOperand(), e, undefined);
}

function bAppend(c: Checker, x: Operand, call: ast.CallExpr, args: Operand[]): boolean {
  const S = x.type;
  const s = under(S);
  if (s.tag !== "Slice") {
    const cause = isNil(x) ? "have untyped nil" : `have ${c.os(x)}`;
    c.error(startPos(x.expr!), `first argument to append must be a slice; ${cause}`);
    return false;
  }
  if (args.length === 2 && call.hasEllipsis && assignableTo(c, x, new types.Slice(universeByte))) {
    const y = args[1]!;
    if (isString(y.type)) {
      if (isUntyped(y.type)) convertUntyped(c, y, Typ[K.String]!);
      const sig = makeSig(S, S, y.type);
      recordBuiltin(c, call.fun, new types.Signature(sig.params, sig.results, true));
      x.mode = "value";
      x.type = S;
      return true;
    }
  }
  const sig = new types.Signature(makeSig(S, S, new types.Slice(s.elem)).params, new types.Tuple([newVar("", S)]), true);
  arguments_(c, call, sig, args);
  x.mode = "value";
  x.type = S;
  recordBuiltin(c, call.fun, sig);
  return true;
}

function bLen(c: Checker, x: Operand, call: ast.CallExpr, id: "len" | "cap"): boolean {
  let mode: Operand["mode"] = "invalid";
  let val: constant.ConstValue | undefined;
  let t = under(x.type);
  if (t.tag === "Pointer" && under(t.elem).tag === "Array") t = under(t.elem);
  if (t.tag === "Basic" && isString(t) && id === "len") {
    if (x.mode === "constant") {
      mode = "constant";
      // A constant whose declaration failed has an unknown value (go/types does the same).
      val = x.val?.kind === "string" ? constant.makeInt(BigInt(x.val.v.length)) : constant.unknown;
    } else mode = "value";
  } else if (t.tag === "Array") {
    mode = "value";
    if (!hasCallOrRecv(call.args[0]!)) {
      mode = "constant";
      val = constant.makeInt(BigInt(t.len));
    }
  } else if (t.tag === "Slice" || t.tag === "Chan") {
    mode = "value";
  } else if (t.tag === "Map" && id === "len") {
    mode = "value";
  }
  if (mode === "invalid") {
    if (under(x.type) !== invalidType) c.error(startPos(x.expr!), `${invalidArg}${c.os(x)} for ${id}`);
    return false;
  }
  if (isUntyped(x.type)) convertUntyped(c, x, Typ[K.String]!);
  recordBuiltin(c, call.fun, makeSig(Typ[K.Int]!, x.type));
  x.mode = mode;
  x.type = Typ[K.Int]!;
  x.val = val;
  return true;
}

/** hasCallOrRecv reports whether e contains a (non-constant) function call or a receive. */
function hasCallOrRecv(e: ast.Expr): boolean {
  let found = false;
  const walk = (n: ast.Expr | undefined): void => {
    if (!n || found) return;
    switch (n.kind) {
      case "CallExpr": found = true; return; // conservative: conversions are rare here
      case "UnaryExpr": if (n.op === "<-") found = true; walk(n.x); return;
      case "ParenExpr": case "StarExpr": walk(n.x); return;
      case "SelectorExpr": walk(n.x); return;
      case "IndexExpr": walk(n.x); walk(n.index); return;
      case "BinaryExpr": walk(n.x); walk(n.y); return;
      case "CompositeLit": n.elts.forEach(walk); return;
      case "KeyValueExpr": walk(n.key); walk(n.value); return;
      case "SliceExpr": walk(n.x); walk(n.low); walk(n.high); walk(n.max); return;
      case "TypeAssertExpr": walk(n.x); return;
      default: return;
    }
  };
  walk(e);
  return found;
}

function bClose(c: Checker, x: Operand, call: ast.CallExpr): boolean {
  const u = under(x.type);
  if (u.tag !== "Chan") {
    c.error(startPos(x.expr!), `${invalidOp}cannot close non-channel ${c.os(x)}`);
    return false;
  }
  if (u.dir === "recv") {
    c.error(startPos(x.expr!), `${invalidOp}cannot close receive-only channel ${c.os(x)}`);
    return false;
  }
  x.mode = "novalue";
  recordBuiltin(c, call.fun, makeSig(undefined, x.type));
  return true;
}

function bComplex(c: Checker, x: Operand, call: ast.CallExpr, args: Operand[]): boolean {
  const y = args[1]!;
  const toFloat = (o: Operand) => {
    if (isNumeric(o.type) && o.mode === "constant" && isUntyped(o.type)) {
      if (constant.imagPart(o.val!).kind !== "unknown" && constant.sign(constant.imagPart(o.val!)) === 0) {
        o.type = Typ[K.UntypedFloat]!;
      }
    }
  };
  toFloat(x);
  toFloat(y);
  // Convert an untyped operand to the other's type, or both to float64 if both are untyped.
  if (isUntyped(x.type) && isTyped(y.type)) convertUntyped(c, x, y.type);
  else if (isUntyped(y.type) && isTyped(x.type)) convertUntyped(c, y, x.type);
  if (x.mode === "invalid" || y.mode === "invalid") return false;
  if (!identical(x.type, y.type)) {
    c.error(startPos(x.expr!), `${invalidOp}${c.es(call)} (mismatched types ${c.ts(x.type)} and ${c.ts(y.type)})`);
    return false;
  }
  const u = under(x.type);
  let res: types.Type;
  if (u.tag === "Basic" && u.kind === K.Float32) res = Typ[K.Complex64]!;
  else if (u.tag === "Basic" && u.kind === K.Float64) res = Typ[K.Complex128]!;
  else if (u.tag === "Basic" && u.kind === K.UntypedFloat) res = Typ[K.UntypedComplex]!;
  else {
    c.error(startPos(x.expr!), `${invalidArg}arguments have type ${c.ts(x.type)}, expected floating-point`);
    return false;
  }
  if (x.mode === "constant" && y.mode === "constant") {
    x.val = constant.makeComplexFrom(x.val!, y.val!);
  } else {
    x.mode = "value";
  }
  if (isTyped(res)) recordBuiltin(c, call.fun, makeSig(res, x.type, x.type));
  x.type = res;
  return true;
}

function bCopy(c: Checker, x: Operand, call: ast.CallExpr, args: Operand[]): boolean {
  const y = args[1]!;
  const dst = under(x.type);
  let ysrc = under(y.type);
  if (isString(ysrc)) ysrc = new types.Slice(universeByte);
  if (dst.tag !== "Slice" || ysrc.tag !== "Slice") {
    c.error(startPos(x.expr!), `${invalidArg}copy expects slice arguments; found ${c.os(x)} and ${c.os(y)}`);
    return false;
  }
  if (!identical(dst.elem, ysrc.elem)) {
    c.error(startPos(x.expr!), `${invalidArg}arguments to copy ${c.os(x)} and ${c.os(y)} have different element types ${c.ts(dst.elem)} and ${c.ts(ysrc.elem)}`);
    return false;
  }
  if (isUntyped(y.type)) convertUntyped(c, y, Typ[K.String]!);
  recordBuiltin(c, call.fun, makeSig(Typ[K.Int]!, x.type, y.type));
  x.mode = "value";
  x.type = Typ[K.Int]!;
  return true;
}

function bDelete(c: Checker, x: Operand, call: ast.CallExpr, args: Operand[]): boolean {
  const m = under(x.type);
  if (m.tag !== "Map") {
    c.error(startPos(x.expr!), `${invalidArg}${c.os(x)} is not a map`);
    return false;
  }
  const k = args[1]!;
  assignment(c, k, m.key, "argument to delete");
  if (k.mode === "invalid") return false;
  x.mode = "novalue";
  recordBuiltin(c, call.fun, makeSig(undefined, x.type, m.key));
  return true;
}

function bRealImag(c: Checker, x: Operand, call: ast.CallExpr, id: "real" | "imag"): boolean {
  if (x.mode === "constant" && isUntyped(x.type) && isNumeric(x.type)) x.type = Typ[K.UntypedComplex]!;
  const u = under(x.type);
  let res: types.Type;
  if (u.tag === "Basic" && u.kind === K.Complex64) res = Typ[K.Float32]!;
  else if (u.tag === "Basic" && u.kind === K.Complex128) res = Typ[K.Float64]!;
  else if (u.tag === "Basic" && u.kind === K.UntypedComplex) res = Typ[K.UntypedFloat]!;
  else {
    c.error(startPos(x.expr!), `${invalidArg}argument has type ${c.ts(x.type)}, expected complex type`);
    return false;
  }
  if (x.mode === "constant") {
    x.val = id === "real" ? constant.realPart(x.val!) : constant.imagPart(x.val!);
  } else {
    x.mode = "value";
  }
  if (isTyped(res)) recordBuiltin(c, call.fun, makeSig(res, x.type));
  x.type = res;
  return true;
}

function bMake(c: Checker, x: Operand, call: ast.CallExpr): boolean {
  const arg0 = call.args[0]!;
  const T = varType(c, arg0);
  if (T === invalidType) return false;
  let min = 1;
  const u = under(T);
  if (u.tag === "Slice") min = 2;
  else if (u.tag !== "Map" && u.tag !== "Chan") {
    c.error(arg0.pos, `${invalidArg}cannot make ${c.es(arg0)}; type must be slice, map, or channel`);
    return false;
  }
  const nargs = call.args.length;
  if (nargs < min || min + 1 < nargs) {
    c.error(call.pos, `${invalidOp}${c.es(call)} expects ${min} or ${min + 1} arguments; found ${nargs}`);
    return false;
  }
  const sizes: number[] = [];
  const params: types.Type[] = [T];
  for (const a of call.args.slice(1)) {
    const y = newOperand();
    expr(c, y, a);
    if (isValidIndex(c, y, "index", false) && y.mode === "constant" && y.val!.kind === "int") {
      sizes.push(Number(y.val!.v));
    }
    params.push(y.type);
  }
  if (sizes.length === 2 && sizes[0]! > sizes[1]!) {
    c.error(call.args[1]!.pos, `${invalidArg}length and capacity swapped`);
  }
  x.mode = "value";
  x.type = T;
  recordBuiltin(c, call.fun, makeSig(T, ...params));
  return true;
}

export { representableConst, isFloat, isInteger };
