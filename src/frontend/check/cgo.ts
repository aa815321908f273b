// The cgo pseudo-package "C": C types and functions from the preamble, as Go sees them.
//
// Models what cmd/cgo generates for package main (Go 1.19): each C scalar type T becomes a
// defined Go type _Ctype_T (e.g. _Ctype_int with underlying int32), declared invisibly in the
// package; C.f refers to a preamble function with its parameters and result mapped to those
// types; C.CString and C.GoString convert between Go strings and *_Ctype_char.
//
// Interface: CheckConfig.cgoDecls (filled by program.ts from src/cgo's cgoDecls) lists the
// preamble's functions as { name, params, result } with C type names ("int", "char*", "void").
// void* is Go's unsafe.Pointer, as in cgo.
//
// Simplifications: no C structs, enums or variables; C.sizeof_T is reported as not supported yet.

import type * as ast from "../ast.js";
import { makeFromLiteral, makeInt, makeString, unaryOp } from "../constant.js";
import * as types from "../types.js";
import { BasicKind as K } from "../types.js";
import type { Checker } from "./check.js";
import type { Operand } from "./operand.js";
import { Typ, newVar, universeByte } from "./universe.js";

const UNDERLYING: Record<string, K> = {
  char: K.Int8, schar: K.Int8, uchar: K.Uint8, short: K.Int16, ushort: K.Uint16, int: K.Int32,
  uint: K.Uint32, long: K.Int64, ulong: K.Uint64, longlong: K.Int64, ulonglong: K.Uint64,
  float: K.Float32, double: K.Float64,
};

const TYPEDEFS: Record<string, string> = {
  size_t: "ulong", ssize_t: "long", int8_t: "schar", uint8_t: "uchar", int16_t: "short",
  uint16_t: "ushort", int32_t: "int", uint32_t: "uint", int64_t: "long", uint64_t: "ulong",
  intptr_t: "long", uintptr_t: "ulong", time_t: "long",
};

/** cgoType returns the Go type for a C type name like "int", "char*" (undefined for void). */
function cgoType(c: Checker, ctype: string): types.Type | undefined {
  if (ctype === "void") return undefined;
  if (ctype === "void*") return Typ[K.UnsafePointer]!;
  if (ctype.endsWith("*")) {
    const elem = ctype.slice(0, -1);
    const e = cgoType(c, elem);
    return e ? new types.Pointer(e) : undefined;
  }
  const scalar = TYPEDEFS[ctype] ?? ctype;
  const k = UNDERLYING[scalar];
  return k === undefined ? undefined : cgoNamed(c, "_Ctype_" + scalar, Typ[k]!);
}

/** The defined type cgo declares invisibly in the package (_Ctype_int), made once. */
function cgoNamed(c: Checker, name: string, underlying: types.Type): types.Type {
  let t = c.cgoTypes.get(name);
  if (!t) {
    const obj: types.TypeName = { tag: "TypeName", name, pos: undefined, pkg: c.pkg, type: Typ[K.Invalid]! };
    t = new types.Named(obj);
    t.underlying = underlying;
    obj.type = t;
    c.cgoTypes.set(name, t);
  }
  return t;
}

/** Is id the cgo pseudo-package C (an unresolved C in a file that imports "C")? */
export function isCgoPackage(c: Checker, id: ast.Ident): boolean {
  return id.name === "C" && c.ctx.scope.lookupParent("C") === undefined && c.cgoUsed(id);
}

/** cgo's _Ctype_void ([0]byte): the first result of `_, err := C.f()` for a void f. */
export function cgoVoidType(c: Checker): types.Type {
  return cgoNamed(c, "_Ctype_void", new types.ArrayT(universeByte, 0));
}

function sig(params: types.Type[], result: types.Type | undefined): types.Signature {
  return new types.Signature(
    new types.Tuple(params.map((p) => newVar("", p))),
    new types.Tuple(result ? [newVar("", result)] : []),
    false,
  );
}

/** An object-like macro's value as cgo gives it to Go: an integer constant (iconst, with its C
 *  type's signedness), a floating-point one (fconst) or a string literal (sconst), each an
 *  untyped Go constant. */
export type CgoConstValue = { kind: "int" | "rune"; v: bigint } | { kind: "float"; v: string } | { kind: "string"; v: string };

/** cgo's helpers (cmd/cgo's doc), which every cgo program has, as Go signatures over C type
 *  names ("[]byte" and "string" are Go's). C.malloc is cgo's _CMalloc, not libc's: it never
 *  returns nil. C.free is libc's, through stdlib.h, as in cgo. */
const cgoHelpers: ReadonlyMap<string, { params: string[]; result: string }> = new Map([
  ["CString", { params: ["string"], result: "char*" }],
  ["CBytes", { params: ["[]byte"], result: "void*" }],
  ["GoString", { params: ["char*"], result: "string" }],
  ["GoStringN", { params: ["char*", "int"], result: "string" }],
  ["GoBytes", { params: ["void*", "int"], result: "[]byte" }],
  ["malloc", { params: ["ulong"], result: "void*" }],
]);

/** Is C.name one of cgo's helpers (which C.name resolves to before the preamble's names)? */
export function isCgoHelper(name: string): boolean {
  return cgoHelpers.has(name);
}

/** The Go type of a helper's parameter or result. */
function helperType(c: Checker, t: string): types.Type {
  if (t === "string") return Typ[K.String]!;
  if (t === "[]byte") return new types.Slice(universeByte);
  return cgoType(c, t)!;
}

/** cgoSelector resolves C.name. */
export function cgoSelector(c: Checker, x: Operand, e: ast.SelectorExpr): void {
  const name = e.sel.name;
  x.expr = e;
  x.mode = "invalid";
  const helper = cgoHelpers.get(name);
  if (helper !== undefined) {
    x.mode = "value";
    x.type = sig(helper.params.map((t) => helperType(c, t)), helperType(c, helper.result));
    return;
  }
  const t = cgoType(c, name);
  if (t) {
    x.mode = "typexpr";
    x.type = t;
    return;
  }
  const fn = c.conf.cgoDecls?.find((d) => d.name === name);
  if (fn?.unsupported !== undefined) {
    c.notSupported(e.pos, `C.${name} (${fn.unsupported})`);
    return;
  }
  if (fn?.value !== undefined) {
    const v = fn.value;
    x.mode = "constant";
    const kinds = { int: K.UntypedInt, rune: K.UntypedRune, float: K.UntypedFloat, string: K.UntypedString };
    x.type = Typ[kinds[v.kind]]!;
    x.val = v.kind === "string" ? makeString(v.v) : v.kind !== "float" ? makeInt(v.v)
      : v.v.startsWith("-") ? unaryOp("-", makeFromLiteral(v.v.slice(1), "FLOAT")) : makeFromLiteral(v.v, "FLOAT");
    return;
  }
  if (!fn) {
    // C.sizeof_T exists in every cgo program: gort lacks it.
    if (name.startsWith("sizeof_")) c.notSupported(e.pos, `C.${name}`);
    else c.error(e.pos, `could not determine kind of name for C.${name}`);
    return;
  }
  const params: types.Type[] = [];
  for (const p of fn.params) {
    const pt = cgoType(c, p);
    if (!pt) {
      c.notSupported(e.sel.pos, `C.${name} (parameter of C type ${p})`);
      return;
    }
    params.push(pt);
  }
  let result: types.Type | undefined;
  if (fn.result !== "void") {
    result = cgoType(c, fn.result);
    if (!result) {
      c.notSupported(e.sel.pos, `C.${name} (result of C type ${fn.result})`);
      return;
    }
  }
  x.mode = "value";
  x.type = sig(params, result);
}
