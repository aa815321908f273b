// Operands: the result of checking an expression, and assignability.
//
// Models go/types operand.go and the `implements` part of instantiate.go (Go 1.19).
//
// Terms:
//   - mode: what kind of value an expression denotes (constant, variable, map index, ...).
//
// Invariants: an operand with mode "constant" has val set; mode "invalid" means an error has
// already been reported for it and callers must not report another one.

import type * as ast from "../ast.js";
import * as types from "../types.js";
import type { ConstValue } from "../constant.js";
import type { OperandMode } from "./errors.js";
import { writeSignature } from "./errors.js";
import type { Checker } from "./check.js";
import { identical, isUntyped, isBoolean, under, isUntypedNil } from "./predicates.js";
import { Typ, invalidType } from "./universe.js";
import { missingMethod, type Missing, lookupFieldOrMethod } from "./lookup.js";
import { implicitTypeAndValue, representableConst } from "./const.js";

export interface Operand {
  mode: OperandMode;
  expr: ast.Expr | undefined;
  type: types.Type;
  val?: ConstValue;
  builtinName?: types.BuiltinName;
  /** A generic function given some of its type arguments (F[int] of F[K, V]); the call infers
   *  the rest (generic.ts). */
  partial?: { fn: types.Func; targs: types.Type[] };
}

export function newOperand(): Operand {
  return { mode: "invalid", expr: undefined, type: invalidType };
}

export function isNil(x: Operand): boolean {
  return x.mode === "value" && isUntypedNil(x.type);
}

function hasName(t: types.Type): boolean {
  return t.tag === "Basic" || t.tag === "Named";
}

export interface Reason {
  msg: string;
}

/** assignableTo reports whether x can be assigned to a variable of type T. */
export function assignableTo(c: Checker, x: Operand, T: types.Type, reason?: Reason): boolean {
  if (x.mode === "invalid" || (T.tag === "Basic" && T.kind === types.BasicKind.Invalid)) return true;
  const V = x.type;
  if (identical(V, T)) return true;
  const Vu = under(V);
  const Tu = under(T);
  if (isUntyped(Vu)) {
    if (Tu.tag === "Basic") {
      if (x.mode === "constant") return representableConst(x.val!, Tu) !== undefined;
      // implicitTypeAndValue: nil is a value of unsafe.Pointer, the one Basic type with nil.
      if ((Vu as types.Basic).kind === types.BasicKind.UntypedNil) return Tu.kind === types.BasicKind.UnsafePointer;
      return (Vu as types.Basic).kind === types.BasicKind.UntypedBool && isBoolean(Tu);
    }
    return implicitTypeAndValue(c, x, T).type !== undefined;
  }
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T))) return true;
  if (Tu.tag === "Interface") {
    const why = implementsReason(c, V, T);
    if (why !== undefined) {
      if (reason) reason.msg = why;
      return false;
    }
    return true;
  }
  if (Vu.tag === "Interface") {
    if (implementsReason(c, T, V) === undefined) {
      if (reason) reason.msg = "need type assertion";
      return false;
    }
  }
  if (Vu.tag === "Chan" && Vu.dir === "both" && Tu.tag === "Chan" && identical(Vu.elem, Tu.elem)) {
    return !hasName(V) || !hasName(T);
  }
  return false;
}

/** implementsReason returns undefined if V implements interface T, else the reason text. */
function implementsReason(c: Checker, V: types.Type, T: types.Type): string | undefined {
  const Ti = under(T);
  if (Ti.tag !== "Interface") return `${c.ts(T)} is not an interface`;
  const Vu = under(V);
  if (Vu.tag === "Pointer" && under(Vu.elem).tag === "Interface") {
    const m = missingMethod(V, Ti, true);
    if (m) return `${c.ts(V)} does not implement ${c.ts(T)} (type ${c.ts(V)} is pointer to interface, not interface)`;
  }
  const m = missingMethod(V, Ti, true);
  if (!m) return undefined;
  return `${c.ts(V)} does not implement ${c.ts(T)} ${missingReason(c, V, m)}`;
}

function methodString(c: Checker, f: types.Func): string {
  const w: string[] = [f.name];
  writeSignature(w, f.type, c.qf);
  return w.join("");
}

/** missingReason formats types2's missingMethodReason (compiler error message style). */
export function missingReason(c: Checker, V: types.Type, m: Missing): string {
  const name = m.method.name;
  if (m.why === "ptrRecv") return `(${name} method has pointer receiver)`;
  if (m.why === "wrongType") {
    return `(wrong type for ${name} method)\n\t\thave ${methodString(c, m.have!)}\n\t\twant ${methodString(c, m.method)}`;
  }
  // A method whose name differs only in case is mentioned.
  const alt = findFoldedMethod(V, name);
  if (alt) {
    return `(missing ${name} method)\n\t\thave ${methodString(c, alt)}\n\t\twant ${methodString(c, m.method)}`;
  }
  return `(missing ${name} method)`;
}

function findFoldedMethod(V: types.Type, name: string): types.Func | undefined {
  const lower = name.toLowerCase();
  const u = under(V);
  const cands: types.Func[] = [];
  if (u.tag === "Interface") cands.push(...(u.allMethods ?? []));
  const base = V.tag === "Pointer" ? V.elem : V;
  if (base.tag === "Named") cands.push(...base.methods);
  const f = cands.find((m) => m.name !== name && m.name.toLowerCase() === lower);
  if (f) return f;
  // Fall back to a promoted method through embedding.
  for (const cand of [name[0]!.toUpperCase() + name.slice(1), name[0]!.toLowerCase() + name.slice(1)]) {
    if (cand === name) continue;
    const r = lookupFieldOrMethod(V, false, undefined, cand);
    if (r.obj && r.obj.tag === "Func") return r.obj;
  }
  return undefined;
}

export { Typ };

/** bad reports whether x is invalid (a function, so TypeScript does not keep a stale narrowing
 *  after calls that invalidate x). */
export function bad(x: Operand): boolean {
  return x.mode === "invalid";
}
