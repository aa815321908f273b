// Predicates on types: identity, comparability, and the is-X family.
//
// Models go/types predicates.go (Go 1.19) without type parameters. identical() compares Basic
// types by kind (byte and uint8 are identical), Named types by declaration, and all others
// structurally; struct tags count, parameter names do not.
//
// Invariants: all predicates look through Named to the underlying type where Go's spec does.

import * as types from "../types.js";
import { BasicInfo as I, BasicKind as K } from "../types.js";
import { Typ, universeRune } from "./universe.js";

export const under = types.underlying;

function basicInfo(t: types.Type): number {
  const u = under(t);
  return u.tag === "Basic" ? u.info : 0;
}

export const isBoolean = (t: types.Type) => (basicInfo(t) & I.IsBoolean) !== 0;
export const isInteger = (t: types.Type) => (basicInfo(t) & I.IsInteger) !== 0;
export const isUnsigned = (t: types.Type) => (basicInfo(t) & I.IsUnsigned) !== 0;
export const isFloat = (t: types.Type) => (basicInfo(t) & I.IsFloat) !== 0;
export const isComplex = (t: types.Type) => (basicInfo(t) & I.IsComplex) !== 0;
export const isNumeric = (t: types.Type) => (basicInfo(t) & I.IsNumeric) !== 0;
export const isString = (t: types.Type) => (basicInfo(t) & I.IsString) !== 0;
export const isOrdered = (t: types.Type) => (basicInfo(t) & I.IsOrdered) !== 0;
export const isConstType = (t: types.Type) => (basicInfo(t) & I.IsConstType) !== 0;
export const isIntegerOrFloat = (t: types.Type) => (basicInfo(t) & (I.IsInteger | I.IsFloat)) !== 0;

/** isUntyped reports whether t is an untyped Basic type (never true for Named). */
export function isUntyped(t: types.Type): boolean {
  return t.tag === "Basic" && (t.info & I.IsUntyped) !== 0;
}
export function isTyped(t: types.Type): boolean {
  return !isUntyped(t);
}
export function isUntypedNil(t: types.Type): boolean {
  return t.tag === "Basic" && t.kind === K.UntypedNil;
}
export function isInterface(t: types.Type): boolean {
  return under(t).tag === "Interface";
}
export function isNamed(t: types.Type): boolean {
  return t.tag === "Named" || t.tag === "Basic";
}

/** hasNil reports whether nil is a valid value of type t. */
export function hasNil(t: types.Type): boolean {
  const u = under(t);
  switch (u.tag) {
    case "Basic":
      return u.kind === K.UnsafePointer;
    case "Slice":
    case "Pointer":
    case "Signature":
    case "Map":
    case "Chan":
    case "Interface":
      return true;
    default:
      return false;
  }
}

/** comparable reports whether values of type t can be compared with ==. */
export function comparable(t: types.Type, seen: Set<types.Type> = new Set()): boolean {
  if (seen.has(t)) return true;
  seen.add(t);
  const u = under(t);
  switch (u.tag) {
    case "Basic":
      return u.kind !== K.UntypedNil;
    case "Pointer":
    case "Chan":
    case "Interface":
      return true;
    case "Struct":
      return u.fields.every((f) => comparable(f.type, seen));
    case "Array":
      return comparable(u.elem, seen);
    default:
      return false;
  }
}

/** identical reports whether x and y are identical types. */
export function identical(x: types.Type, y: types.Type, ignoreTags = false): boolean {
  return ident(x, y, ignoreTags, []);
}

function ident(x: types.Type, y: types.Type, it: boolean, pairs: [types.Type, types.Type][]): boolean {
  if (x === y) return true;
  switch (x.tag) {
    case "Basic":
      return y.tag === "Basic" && x.kind === y.kind;
    case "Named":
      return false;
    case "Pointer":
      return y.tag === "Pointer" && ident(x.elem, y.elem, it, pairs);
    case "Array":
      return y.tag === "Array" && x.len === y.len && ident(x.elem, y.elem, it, pairs);
    case "Slice":
      return y.tag === "Slice" && ident(x.elem, y.elem, it, pairs);
    case "Map":
      return y.tag === "Map" && ident(x.key, y.key, it, pairs) && ident(x.elem, y.elem, it, pairs);
    case "Chan":
      return y.tag === "Chan" && x.dir === y.dir && ident(x.elem, y.elem, it, pairs);
    case "Struct":
      return y.tag === "Struct" && identStruct(x, y, it, pairs);
    case "Tuple":
      return y.tag === "Tuple" && identTuple(x, y, it, pairs);
    case "Signature":
      return (
        y.tag === "Signature" &&
        x.variadic === y.variadic &&
        identTuple(x.params, y.params, it, pairs) &&
        identTuple(x.results, y.results, it, pairs)
      );
    case "Interface":
      return y.tag === "Interface" && identIface(x, y, it, pairs);
  }
}

function identStruct(x: types.Struct, y: types.Struct, it: boolean, pairs: [types.Type, types.Type][]): boolean {
  if (x.fields.length !== y.fields.length) return false;
  for (let i = 0; i < x.fields.length; i++) {
    const f = x.fields[i]!;
    const g = y.fields[i]!;
    if (f.embedded !== g.embedded || (!it && x.tags[i] !== y.tags[i])) return false;
    if (!sameId(f, g.name, g.pkg)) return false;
    if (!ident(f.type, g.type, it, pairs)) return false;
  }
  return true;
}

function identTuple(x: types.Tuple, y: types.Tuple, it: boolean, pairs: [types.Type, types.Type][]): boolean {
  if (x.vars.length !== y.vars.length) return false;
  return x.vars.every((v, i) => ident(v.type, y.vars[i]!.type, it, pairs));
}

function identIface(x: types.Interface, y: types.Interface, it: boolean, pairs: [types.Type, types.Type][]): boolean {
  const a = x.allMethods ?? [];
  const b = y.allMethods ?? [];
  if (a.length !== b.length) return false;
  for (const [p, q] of pairs) if (p === x && q === y) return true;
  pairs.push([x, y]);
  for (let i = 0; i < a.length; i++) {
    const f = a[i]!;
    const g = b[i]!;
    if (!sameId(f, g.name, g.pkg) || !ident(f.type, g.type, it, pairs)) {
      pairs.pop();
      return false;
    }
  }
  pairs.pop();
  return true;
}

export function isExported(name: string): boolean {
  const c = name.codePointAt(0) ?? 0;
  if (c < 0x80) return c >= 65 && c <= 90;
  const ch = String.fromCodePoint(c);
  return ch.toUpperCase() === ch && ch.toLowerCase() !== ch;
}

/** sameId reports whether obj has the name and, for unexported names, the package pkg. */
export function sameId(obj: { name: string; pkg: types.Package | undefined }, name: string, pkg: types.Package | undefined): boolean {
  if (obj.name !== name) return false;
  if (isExported(name)) return true;
  if (!obj.pkg || !pkg) return true;
  return obj.pkg.path === pkg.path;
}

/** defaultType returns the default type of an untyped type; other types are returned as is. */
export function defaultType(t: types.Type): types.Type {
  if (t.tag !== "Basic") return t;
  switch (t.kind) {
    case K.UntypedBool: return Typ[K.Bool]!;
    case K.UntypedInt: return Typ[K.Int]!;
    case K.UntypedRune: return universeRune;
    case K.UntypedFloat: return Typ[K.Float64]!;
    case K.UntypedComplex: return Typ[K.Complex128]!;
    case K.UntypedString: return Typ[K.String]!;
    default: return t;
  }
}

/** The size in bytes of a basic kind, as on amd64 (for shift counts and ^ precision). */
export { basicSize } from "./sizes.js";
