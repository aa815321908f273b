// The universe scope: predeclared types, constants, nil and built-in functions.
//
// Models go/types universe.go (Go 1.19). byte and rune are separate Basic objects with the kinds
// of uint8 and int32 (as in go/types), so messages print the name the user wrote; identical()
// compares Basic types by kind. `any` is an alias for a distinguished empty interface, printed
// as "any". `error` is a Named type with no package.
//
// Package unsafe is go/types' Unsafe: a package with no source whose scope holds the type
// Pointer (the Basic of kind UnsafePointer) and the built-in functions Add, Alignof, Offsetof,
// Sizeof and Slice (builtins.ts); program.ts hands it to every importer of "unsafe".
//
// Invariants: the universe and Unsafe are built once per process and never mutated afterwards;
// they hold no per-program state.

import * as types from "../types.js";
import { BasicInfo as I, BasicKind as K } from "../types.js";
import { makeBool, makeInt } from "../constant.js";
import { anyHolder, unsafeHolder } from "./errors.js";

function basic(kind: K, info: number, name: string): types.Basic {
  return new types.Basic(kind, info, name);
}

/** Typ[k] is the canonical Basic type of kind k. */
export const Typ: types.Basic[] = [
  basic(K.Invalid, 0, "invalid type"),
  basic(K.Bool, I.IsBoolean, "bool"),
  basic(K.Int, I.IsInteger, "int"),
  basic(K.Int8, I.IsInteger, "int8"),
  basic(K.Int16, I.IsInteger, "int16"),
  basic(K.Int32, I.IsInteger, "int32"),
  basic(K.Int64, I.IsInteger, "int64"),
  basic(K.Uint, I.IsInteger | I.IsUnsigned, "uint"),
  basic(K.Uint8, I.IsInteger | I.IsUnsigned, "uint8"),
  basic(K.Uint16, I.IsInteger | I.IsUnsigned, "uint16"),
  basic(K.Uint32, I.IsInteger | I.IsUnsigned, "uint32"),
  basic(K.Uint64, I.IsInteger | I.IsUnsigned, "uint64"),
  basic(K.Uintptr, I.IsInteger | I.IsUnsigned, "uintptr"),
  basic(K.Float32, I.IsFloat, "float32"),
  basic(K.Float64, I.IsFloat, "float64"),
  basic(K.Complex64, I.IsComplex, "complex64"),
  basic(K.Complex128, I.IsComplex, "complex128"),
  basic(K.String, I.IsString, "string"),
  basic(K.UnsafePointer, 0, "Pointer"),
  basic(K.UntypedBool, I.IsBoolean | I.IsUntyped, "untyped bool"),
  basic(K.UntypedInt, I.IsInteger | I.IsUntyped, "untyped int"),
  basic(K.UntypedRune, I.IsInteger | I.IsUntyped, "untyped rune"),
  basic(K.UntypedFloat, I.IsFloat | I.IsUntyped, "untyped float"),
  basic(K.UntypedComplex, I.IsComplex | I.IsUntyped, "untyped complex"),
  basic(K.UntypedString, I.IsString | I.IsUntyped, "untyped string"),
  basic(K.UntypedNil, I.IsUntyped, "untyped nil"),
];

export const universeByte = basic(K.Uint8, I.IsInteger | I.IsUnsigned, "byte");
export const universeRune = basic(K.Int32, I.IsInteger, "rune");
export const invalidType = Typ[K.Invalid]!;

export const universe = new types.Scope(undefined, "universe");

function declare(o: types.Obj): void {
  universe.elems.set(o.name, o);
}

function typeName(name: string, t: types.Type): types.TypeName {
  return { tag: "TypeName", name, pos: undefined, pkg: undefined, type: t };
}

export function newVar(name: string, t: types.Type, pos?: import("../ast.js").Pos, pkg?: types.Package): types.Var {
  return { tag: "Var", name, type: t, pos, pkg, isField: false, embedded: false, isParam: false, used: false };
}

/** The predeclared `error` type: interface{ Error() string }. */
export const errorType: types.Named = (() => {
  const obj = typeName("error", invalidType);
  const named = new types.Named(obj);
  obj.type = named;
  const res = new types.Tuple([newVar("", Typ[K.String]!)]);
  const sig = new types.Signature(new types.Tuple([]), res, false);
  const m: types.Func = { tag: "Func", name: "Error", pos: undefined, pkg: undefined, type: sig };
  const iface = new types.Interface([m], []);
  iface.allMethods = [m];
  sig.recv = newVar("", named);
  named.underlying = iface;
  return named;
})();

export const anyType: types.Interface = (() => {
  const t = new types.Interface([], []);
  t.allMethods = [];
  anyHolder.type = t;
  return t;
})();

/** The predeclared constraint `comparable`: an interface whose type set is the comparable types. */
const comparableType: types.Named = (() => {
  const obj = typeName("comparable", invalidType);
  const named = new types.Named(obj);
  obj.type = named;
  const iface = new types.Interface([], []);
  iface.allMethods = [];
  iface.comparable = true;
  named.underlying = iface;
  return named;
})();

/** The empty interface used for interface{} literals is never anyType (they print differently). */

const builtinNames: types.BuiltinName[] = [
  "append", "cap", "close", "complex", "copy", "delete", "imag", "len", "make",
  "new", "panic", "print", "println", "real", "recover",
];

const unsafeBuiltinNames: types.BuiltinName[] = ["Add", "Alignof", "Offsetof", "Sizeof", "Slice"];

/** go/types' Unsafe: the package an importer of "unsafe" gets. */
export const unsafePkg: types.Package = {
  path: "unsafe",
  name: "unsafe",
  scope: new types.Scope(universe, "package unsafe"),
  imports: [],
};
unsafeHolder.pkg = unsafePkg;

(function init(): void {
  for (const t of Typ) {
    if (t.kind === K.Invalid || t.kind === K.UnsafePointer || (t.info & I.IsUntyped) !== 0) continue;
    declare(typeName(t.name, t));
  }
  declare(typeName("byte", universeByte));
  declare(typeName("rune", universeRune));
  declare(typeName("any", anyType));
  declare(errorType.obj);
  declare(comparableType.obj);
  declare({ tag: "Const", name: "true", pos: undefined, pkg: undefined, type: Typ[K.UntypedBool]!, val: makeBool(true) });
  declare({ tag: "Const", name: "false", pos: undefined, pkg: undefined, type: Typ[K.UntypedBool]!, val: makeBool(false) });
  declare({ tag: "Const", name: "iota", pos: undefined, pkg: undefined, type: Typ[K.UntypedInt]!, val: makeInt(0n) });
  declare({ tag: "Nil", name: "nil", pos: undefined, pkg: undefined, type: Typ[K.UntypedNil]! });
  for (const name of builtinNames) {
    declare({ tag: "Builtin", name, pos: undefined, pkg: undefined, type: invalidType });
  }
  const u = unsafePkg.scope.elems;
  u.set("Pointer", { tag: "TypeName", name: "Pointer", pos: undefined, pkg: unsafePkg, type: Typ[K.UnsafePointer]! });
  for (const name of unsafeBuiltinNames) {
    u.set(name, { tag: "Builtin", name, pos: undefined, pkg: unsafePkg, type: invalidType });
  }
})();

export const universeIota = universe.lookup("iota") as types.Const;
