// Questions the compiler asks about Go types: which representation a value has (value.ts), which
// arithmetic a type needs, and whether a value is copied on assignment.
//
// Invariant: these predicates look only at the underlying type, never at names.

import * as T from "../frontend/types.js";
import { Typ } from "../frontend/check/universe.js";
import { BasicKind as K, BasicInfo as I } from "../frontend/types.js";
import { textToBytes } from "../base/utf8.js";

export function under(t: T.Type): T.Type {
  return T.underlying(t);
}
export function basic(t: T.Type): T.Basic | undefined {
  const u = under(t);
  return u.tag === "Basic" ? u : undefined;
}
export function isInteger(t: T.Type): boolean {
  const b = basic(t);
  return !!b && (b.info & I.IsInteger) !== 0;
}
export function isUnsigned(t: T.Type): boolean {
  const b = basic(t);
  return !!b && (b.info & I.IsUnsigned) !== 0;
}
export function isFloat(t: T.Type): boolean {
  const b = basic(t);
  return !!b && (b.info & I.IsFloat) !== 0;
}
export function isComplex(t: T.Type): boolean {
  const b = basic(t);
  return !!b && (b.info & I.IsComplex) !== 0;
}
export function isString(t: T.Type): boolean {
  const b = basic(t);
  return !!b && (b.info & I.IsString) !== 0;
}
export function isBoolean(t: T.Type): boolean {
  const b = basic(t);
  return !!b && (b.info & I.IsBoolean) !== 0;
}
/** A number or a boolean held as a JS primitive: an integer, float or bool type (not a string,
 *  whose operations call helpers, nor a complex value, an object). */
export function isScalar(t: T.Type): boolean {
  return (isInteger(t) || isFloat(t) || isBoolean(t)) && !isComplex(t);
}
/** The integer types held as I64 (number | bigint). Untyped ints default to int. */
export function is64(t: T.Type): boolean {
  const b = basic(t);
  if (!b) return false;
  switch (b.kind) {
    case K.Int: case K.Int64: case K.Uint: case K.Uint64: case K.Uintptr:
    case K.UntypedInt:
      return true;
    default:
      return false;
  }
}
/** Does a value of type t hold, in its own storage (not behind a pointer), a type whose
 *  underlying type u satisfies match: t itself, an array's elements, a struct's fields, down?
 *  (A type cannot hold itself by value, so the descent ends.) */
export function holdsByValue(t: T.Type, match: (u: T.Type) => boolean): boolean {
  const u = under(t);
  if (match(u)) return true;
  if (u.tag === "Array") return holdsByValue(u.elem, match);
  return u.tag === "Struct" && u.fields.some((fl) => holdsByValue(fl.type, match));
}

export function isInterface(t: T.Type): boolean {
  return under(t).tag === "Interface";
}
export function isPointer(t: T.Type): boolean {
  return under(t).tag === "Pointer";
}
/** Values of struct and array types are JS objects with value semantics: copied at every Go copy. */
export function isValueObject(t: T.Type): boolean {
  const u = under(t);
  return u.tag === "Struct" || u.tag === "Array";
}
/** A pointer whose JS value is the pointee object itself (pointers to structs and arrays). */
export function isObjectPointer(t: T.Type): boolean {
  const u = under(t);
  return u.tag === "Pointer" && isValueObject(u.elem);
}
export function basicKind(t: T.Type): K {
  const b = basic(t);
  return b ? b.kind : K.Invalid;
}
export function isFloat32(t: T.Type): boolean {
  return basicKind(t) === K.Float32;
}

/**
 * The Go spelling of a type, as go/types prints it (package-qualified names, byte and rune as
 * written); rt: as the runtime names it inside an instance's type arguments (byte and rune by
 * their kinds' names, uint8 and int32; a package by its import path, math/big.Int).
 */
export function typeString(t: T.Type, rt = false): string {
  switch (t.tag) {
    case "Basic":
      return t.kind === K.UnsafePointer ? "unsafe.Pointer" : rt ? Typ[t.kind]!.name : t.name;
    case "Named": {
      const o = t.obj;
      const pkg = o.pkg && o.pkg.path !== "" ? (rt && o.pkg.name !== "main" ? o.pkg.path : o.pkg.name) + "." : "";
      return pkg + o.name + (rt && o.vargen !== undefined ? `·${o.vargen}` : "") + typeArgsString(t);
    }
    case "Pointer":
      return "*" + typeString(t.elem, rt);
    case "Slice":
      return "[]" + typeString(t.elem, rt);
    case "Array":
      return `[${BigInt(t.len)}]` + typeString(t.elem, rt);
    case "Map":
      return `map[${typeString(t.key, rt)}]${typeString(t.elem, rt)}`;
    case "Chan": {
      const e = typeString(t.elem, rt);
      if (t.dir === "send") return "chan<- " + e;
      if (t.dir === "recv") return "<-chan " + e;
      return (t.elem.tag === "Chan" && t.elem.dir === "recv" ? "chan (" + e + ")" : "chan " + e);
    }
    case "Signature":
      return "func" + sigString(t, rt);
    case "Tuple":
      return "(" + t.vars.map((v) => typeString(v.type, rt)).join(", ") + ")";
    case "Struct":
      if (t.fields.length === 0) return "struct {}";
      return "struct { " + t.fields.map((f, i) => {
        const tag = t.tags[i] ? " " + JSON.stringify(t.tags[i]) : "";
        return (f.embedded ? typeString(f.type, rt) : f.name + " " + typeString(f.type, rt)) + tag;
      }).join("; ") + " }";
    case "Interface": {
      const ms = t.allMethods ?? t.methods;
      if (ms.length === 0) return "interface {}";
      return "interface { " + ms.map((m) => m.name + sigString(m.type, rt)).join("; ") + " }";
    }
  }
}

/** An instance's type arguments as the runtime names them: main.Pair[string,int], with byte
 *  and rune by their kinds' names (uint8, int32) at any depth ([]uint8) and packages by their
 *  import paths. "" for a type that is not an instance. */
export function typeArgsString(t: T.Named): string {
  if (!t.targs) return "";
  return "[" + t.targs.map((a) => typeString(a, true)).join(",") + "]";
}

export function sigString(s: T.Signature, rt = false): string {
  const ps = s.params.vars.map((v, i) => {
    if (s.variadic && i === s.params.vars.length - 1) {
      const u = v.type;
      return "..." + typeString(u.tag === "Slice" ? u.elem : u, rt);
    }
    return typeString(v.type, rt);
  });
  let r = "(" + ps.join(", ") + ")";
  const rs = s.results.vars;
  if (rs.length === 1) r += " " + typeString(rs[0]!.type, rt);
  else if (rs.length > 1) r += " (" + rs.map((v) => typeString(v.type, rt)).join(", ") + ")";
  return r;
}

/**
 * The JS literal of a name or path as the program sees it at run time. Type, field, method and
 * function names and file paths are text in the compiler; in the program (fmt's %T and %+v,
 * panic messages, tracebacks) they are byte strings, their UTF-8 bytes.
 */
export function runtimeString(text: string): string {
  return JSON.stringify(textToBytes(text));
}
