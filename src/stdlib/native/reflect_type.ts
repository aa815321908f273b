// The natives of package reflect's types: reflect.Type over gort's run-time type descriptors.
//
// Models Go 1.19's reflect/type.go: the methods of *rtype (Kind, Name, String, Elem, Field,
// FieldByName, Method, Implements, AssignableTo, ConvertibleTo ...), the type constructors
// (PointerTo, SliceOf, MapOf, ChanOf, ArrayOf, FuncOf, StructOf) and the panics of each, at Go's
// positions in reflect/type.go (so that a traceback through them reads as Go's).
//
// Terms:
//   - handle: the value of a *rtype, a TypeHandle wrapping one RType (src/runtime/value.ts).
//     There is one handle per RType, so two reflect.Types are == iff they are the same type.
//   - the registered types: the RTypes of reflect.Value, *ValueError, StructField, Method,
//     *rtype and *MapIter, which package reflect's init hands to `register` so that natives can
//     make values of them (a package's Go types are compiled per program, so the record is the
//     running process's: rt.natives.reflect, see runtime/rt.ts; another machine in the same
//     host process has its own).
//
// Invariants:
//   - A handle is never scanned by the collector (its class's $scan does nothing): type
//     descriptors are not heap objects of the program.
//   - Method(i) and NumMethod of a non-interface type count exported methods only, in gort's
//     method-table order, which is Go's (sorted by name).
//
// Simplifications vs real Go:
//   - Implements compares method names and, when both are known, method types by identity;
//     unexported interface methods are matched by name only (no package check).
//   - StructOf builds plain-object structs and supports no embedded fields.

import * as utf8 from "../../base/utf8.js";
import { GoPanic } from "../../runtime/panic.js";
import { boundsError, snapshot } from "../../runtime/panicking.js";
import { rt } from "../../runtime/rt.js";
import { S } from "../../runtime/state.js";
import * as rtypes from "../../runtime/rtypes.js";
import { Iface, Kind, Slice, type RField, type RMethod, type RType, type GoStruct } from "../../runtime/value.js";
import { isUpper } from "./unicode.js";

type Gen<T> = Generator<any, T, any>;

/** The value of a *rtype: one per RType. */
export class TypeHandle {
  constructor(readonly t: RType) {}
  /** The collector's scanobject for a handle: descriptors hold no program objects. */
  static $scan(): void {}
}

/** The handle of t (made on first use, kept on the descriptor). */
export function handle(t: RType): TypeHandle {
  const c = t as RType & { $h?: TypeHandle };
  let h = c.$h;
  if (h === undefined) {
    h = new TypeHandle(t);
    Object.defineProperty(t, "$h", { value: h, enumerable: false, writable: true });
  }
  return h;
}

/** The types package reflect registered (see the header). */
interface Registered {
  value: RType; // reflect.Value
  valueErrorPtr: RType; // *reflect.ValueError
  structField: RType; // reflect.StructField
  method: RType; // reflect.Method
  rtypePtr: RType; // *reflect.rtype
  mapIterPtr: RType; // *reflect.MapIter
}

/** The types the running program's package reflect registered. */
export function reg(): Registered {
  return rt.natives["reflect"] as Registered;
}

export function register(value: Iface, ve: Iface, sf: Iface, m: Iface, rp: Iface, mi: Iface): void {
  rt.natives["reflect"] = { value: value.t, valueErrorPtr: ve.t, structField: sf.t, method: m.t, rtypePtr: rp.t, mapIterPtr: mi.t };
}

/** A reflect.Type (an interface value holding a *rtype); nil for undefined. */
export function toType(t: RType | undefined): Iface | null {
  return t === undefined ? null : new Iface(reg().rtypePtr, handle(t));
}

/** The descriptor a Type interface value holds. */
export function rtypeOf(i: Iface | null): RType | undefined {
  return i === null ? undefined : (i.v as TypeHandle).t;
}

// ---- Panics at Go's positions -----------------------------------------------------------------

const goroot = "/usr/lib/go-1.19/src/reflect/";

/** A frame of Go's reflect as a traceback shows it: function and "file.go:line". */
export type Site = [fn: string, where: string];

/** Panic with v, after pushing Go's frames for the panic site (outermost first), so that the
 *  traceback shows the reflect functions Go shows. */
export function raise(v: Iface, sites: Site[] = []): never {
  const g = S.g as typeof S.g | undefined;
  const p = new GoPanic(v);
  if (g !== undefined && g !== null) {
    for (const [fn, where] of sites) {
      const i = where.indexOf(":");
      g.pushRuntime(fn, goroot + where.slice(0, i), Number(where.slice(i + 1)));
    }
    snapshot(g, p);
  }
  throw p;
}

/** panic(msg) with a string, as Go's reflect does for most misuse. */
export function raiseString(msg: string, sites: Site[] = []): never {
  return raise(rt.stringValue(msg), sites);
}

/** panic(&ValueError{method, kind}). */
export function raiseValueError(method: string, kind: Kind, sites: Site[] = []): never {
  const e = reg().valueErrorPtr.elem!.zero() as GoStruct;
  e.Method = method;
  e.Kind = kind;
  return raise(new Iface(reg().valueErrorPtr, e), sites);
}

/** A runtime index error, as Go's slice indexing in reflect raises it. */
function indexError(i: number, n: number): never {
  throw boundsError(`index out of range [${i}] with length ${n}`);
}

/** gort cannot model what was asked: say so rather than answer wrongly. */
export function unsupported(what: string): never {
  return raiseString(`gort: ${what} is not supported yet`);
}

// ---- Names and method sets --------------------------------------------------------------------

const basicNames = new Set([
  Kind.Bool, Kind.Int, Kind.Int8, Kind.Int16, Kind.Int32, Kind.Int64, Kind.Uint, Kind.Uint8,
  Kind.Uint16, Kind.Uint32, Kind.Uint64, Kind.Uintptr, Kind.Float32, Kind.Float64,
  Kind.Complex64, Kind.Complex128, Kind.String,
]);

/** Type.Name: a defined type's name, a predeclared type's name, else "". */
export function typeName(t: RType): string {
  if (t.named) return t.name;
  if (basicNames.has(t.kind)) return t.str;
  if (t.kind === Kind.UnsafePointer) return "Pointer";
  return "";
}

/** Is a Go name (a byte string, UTF-8) exported: does it start with an upper-case letter
 *  (unicode.IsUpper, Go's tables)? */
export function isExported(name: string): boolean {
  const c = name.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return isUpper(utf8.decodeRune(name, 0)[0]);
}

/** The exported methods of a non-interface type's method set, by name (Go's order). */
export function exportedMethods(t: RType): RMethod[] {
  return t.methods.filter((m) => isExported(m.name));
}

/** Type.NumMethod: an interface's methods, or the exported methods of the method set. */
export function numMethod(t: RType): number {
  return t.kind === Kind.Interface ? (t.imethods ?? []).length : exportedMethods(t).length;
}

/** The func type of method m of t (without the receiver); panics if gort does not know it. */
export function methodType(t: RType, m: RMethod): RType {
  if (m.mtyp === undefined) unsupported(`reflect on method ${m.name} of ${t.str} (a method gort implements natively)`);
  return m.mtyp;
}

/** func(recv, params...) results: the type of a method expression T.M. */
function methodExprType(t: RType, mt: RType): RType {
  return rtypes.funcOf([t, ...(mt.params ?? [])], mt.results ?? [], !!mt.variadic);
}

// ---- Struct fields ----------------------------------------------------------------------------

/** The package path of an unexported field's name (the declaring package). */
function fieldPkgPath(t: RType, f: RField): string {
  if (f.exported) return "";
  return f.pkgPath ?? t.pkgPath;
}

/** An []int over the given indexes. */
export function intSlice(xs: number[]): Slice {
  return new Slice(xs, 0, xs.length, xs.length);
}

/** The reflect.StructField of field i of struct type t, with index path `index`. */
function structField(t: RType, i: number, index: number[] = [i]): any {
  const f = t.fields![i]!;
  const sf = reg().structField.zero() as GoStruct;
  sf.Name = f.name;
  sf.PkgPath = fieldPkgPath(t, f);
  sf.Type = toType(f.type);
  sf.Tag = f.tag;
  sf.Offset = f.offset;
  sf.Index = intSlice(index);
  sf.Anonymous = f.embedded;
  return sf;
}

/** The struct type an embedded field's type leads into: T or *T with T a struct; else none. */
function embeddedStruct(ft: RType): RType | undefined {
  const s = ft.kind === Kind.Pointer ? ft.elem! : ft;
  return s.kind === Kind.Struct ? s : undefined;
}

/**
 * FieldByNameFunc's search (type.go): breadth first over the embedded structs, level by level;
 * the first level with a match decides, and two matches at that level (or a match reached
 * through a struct type embedded twice at the level above) mean no field. match may call Go
 * code, so the search is a generator; FieldByName drives it with a plain predicate.
 * Returns the index path of the field found and the struct type that holds it.
 */
export function* searchField(t: RType, match: (name: string) => Gen<boolean>): Gen<[number[], RType] | undefined> {
  let next: { t: RType; index: number[] }[] = [{ t, index: [] }];
  let nextCount = new Map<RType, number>();
  const visited = new Set<RType>();
  while (next.length > 0) {
    const current = next;
    next = [];
    const count = nextCount;
    nextCount = new Map();
    let found: [number[], RType] | undefined;
    for (const scan of current) {
      const st = scan.t;
      if (visited.has(st)) continue;
      visited.add(st);
      const fields = st.fields!;
      for (let i = 0; i < fields.length; i++) {
        const f = fields[i]!;
        if (yield* match(f.name)) {
          // The name appears twice at this level (or its struct was embedded twice): no field.
          if ((count.get(st) ?? 0) > 1 || found !== undefined) return undefined;
          found = [[...scan.index, i], st];
          continue;
        }
        if (found !== undefined || !f.embedded) continue;
        const inner = embeddedStruct(f.type);
        if (inner === undefined) continue;
        if ((nextCount.get(inner) ?? 0) > 0) {
          nextCount.set(inner, 2);
          continue;
        }
        nextCount.set(inner, (count.get(st) ?? 0) > 1 ? 2 : 1);
        next.push({ t: inner, index: [...scan.index, i] });
      }
    }
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Run a generator that never yields (a search with a plain predicate) to its result. */
function runPlain<T>(g: Gen<T>): T {
  const r = g.next();
  if (!r.done) throw new Error("reflect: a plain search yielded");
  return r.value;
}

/** FieldByName's index path: a direct field first, then the embedded search. */
export function fieldIndexByName(t: RType, name: string): number[] | undefined {
  const fields = t.fields!;
  let embeds = false;
  if (name !== "") {
    for (let i = 0; i < fields.length; i++) {
      if (fields[i]!.name === name) return [i];
      if (fields[i]!.embedded) embeds = true;
    }
  }
  if (!embeds) return undefined;
  // eslint-disable-next-line require-yield
  const r = runPlain(searchField(t, function* (s) { return s === name; }));
  return r?.[0];
}

/** The StructField at an index path (FieldByIndex's walk through embedded pointers). */
function fieldAt(t: RType, index: number[]): any {
  let st = t;
  for (let k = 0; k < index.length - 1; k++) st = embeddedStruct(st.fields![index[k]!]!.type)!;
  const sf = structField(st, index[index.length - 1]!);
  sf.Index = intSlice(index);
  return sf;
}

// ---- Assignability, conversion, interfaces ----------------------------------------------------

/** Do named-or-not types t and v have identical underlying types? Struct tags count unless
 *  cmpTags is false (conversions ignore them). */
function identicalUnderlying(t: RType, v: RType, cmpTags = true): boolean {
  if (t === v) return true;
  if (t.kind !== v.kind) return false;
  if (t.kind <= Kind.Complex128 || t.kind === Kind.String || t.kind === Kind.UnsafePointer) return true;
  switch (t.kind) {
    case Kind.Array: return t.len === v.len && t.elem === v.elem;
    case Kind.Chan: return t.chanDir === v.chanDir && t.elem === v.elem;
    case Kind.Pointer: case Kind.Slice: return t.elem === v.elem;
    case Kind.Map: return t.key === v.key && t.elem === v.elem;
    case Kind.Func: {
      if (t.variadic !== v.variadic) return false;
      return sameList(t.params!, v.params!) && sameList(t.results!, v.results!);
    }
    case Kind.Interface: {
      const a = t.imethods ?? [];
      const b = v.imethods ?? [];
      return a.length === b.length && a.every((m, i) => m.name === b[i]!.name && m.type === b[i]!.type);
    }
    case Kind.Struct: {
      const a = t.fields!;
      const b = v.fields!;
      if (a.length !== b.length) return false;
      return a.every((f, i) => {
        const g = b[i]!;
        return f.name === g.name && f.type === g.type && (!cmpTags || f.tag === g.tag) && f.embedded === g.embedded &&
          (f.exported || (f.pkgPath ?? t.pkgPath) === (g.pkgPath ?? v.pkgPath));
      });
    }
  }
  return false;
}

function sameList(a: RType[], b: RType[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** directlyAssignable (type.go): can a value of type v be assigned to type t without an
 *  interface conversion? */
export function directlyAssignable(t: RType, v: RType): boolean {
  if (t === v) return true;
  // At least one must have no name (int has one), and they must be of one kind.
  if ((typeName(t) !== "" && typeName(v) !== "") || t.kind !== v.kind) return false;
  if (t.kind === Kind.Chan && v.chanDir === "both" && t.elem === v.elem) return true;
  return identicalUnderlying(t, v);
}

/** implements (type.go): does type v implement interface type t? */
export function implementsIface(t: RType, v: RType): boolean {
  const want = t.imethods ?? [];
  if (want.length === 0) return true;
  if (v.kind === Kind.Interface) {
    const have = v.imethods ?? [];
    return want.every((m) => have.some((x) => x.name === m.name && (x.type === m.type || x.type === undefined || m.type === undefined)));
  }
  return want.every((m) => v.methods.some((x) => x.name === m.name && (x.mtyp === undefined || m.type === undefined || x.mtyp === m.type)));
}

const isInt = (k: Kind): boolean => k >= Kind.Int && k <= Kind.Uintptr;
const isFloat = (k: Kind): boolean => k === Kind.Float32 || k === Kind.Float64;
const isComplex = (k: Kind): boolean => k === Kind.Complex64 || k === Kind.Complex128;

/** The conversion Value.Convert would make from type v to type t, or undefined (convertOp).
 *  The answer names the kind of conversion; reflect_value.ts performs it. */
export type ConvOp = "int" | "float" | "complex" | "itos" | "bytes2s" | "runes2s" | "s2bytes" | "s2runes" | "slice2arrayptr" | "same" | "iface" | "iface2iface";

export function convertOp(t: RType, v: RType): ConvOp | undefined {
  const tk = t.kind;
  const vk = v.kind;
  if (isInt(vk)) {
    if (isInt(tk) || isFloat(tk)) return isInt(tk) ? "int" : "float";
    if (tk === Kind.String) return "itos";
  }
  if (isFloat(vk) && (isInt(tk) || isFloat(tk))) return isInt(tk) ? "int" : "float";
  if (isComplex(vk) && isComplex(tk)) return "complex";
  if (vk === Kind.String && tk === Kind.Slice && t.elem!.pkgPath === "") {
    if (t.elem!.kind === Kind.Uint8) return "s2bytes";
    if (t.elem!.kind === Kind.Int32) return "s2runes";
  }
  if (vk === Kind.Slice && tk === Kind.String && v.elem!.pkgPath === "") {
    if (v.elem!.kind === Kind.Uint8) return "bytes2s";
    if (v.elem!.kind === Kind.Int32) return "runes2s";
  }
  // []T to *[N]T
  if (vk === Kind.Slice && tk === Kind.Pointer && t.elem!.kind === Kind.Array && t.elem!.elem === v.elem) {
    return "slice2arrayptr";
  }
  // A bidirectional channel to a channel type of the same element, one of them unnamed.
  if (vk === Kind.Chan && tk === Kind.Chan && v.chanDir === "both" && t.elem === v.elem &&
      (typeName(t) === "" || typeName(v) === "")) {
    return "same";
  }
  if (identicalUnderlying(t, v, false)) return "same";
  // Unnamed pointers to types with identical underlying types.
  if (tk === Kind.Pointer && typeName(t) === "" && vk === Kind.Pointer && typeName(v) === "" &&
      identicalUnderlying(t.elem!, v.elem!, false)) {
    return "same";
  }
  if (tk === Kind.Interface && implementsIface(t, v)) return vk === Kind.Interface ? "iface2iface" : "iface";
  return undefined;
}

// ---- *rtype methods -------------------------------------------------------------------------------

const T = (h: TypeHandle): RType => h.t;

const chanDirs: Record<string, number> = { recv: 1, send: 2, both: 3 };

function kindPanic(what: string, t: RType, where: string, fn: string): never {
  return raiseString(`reflect: ${what} ` + t.str, [[`reflect.(*rtype).${fn}`, where]]);
}

function method(t: RType, i: number): any {
  const m = reg().method.zero() as GoStruct;
  if (t.kind === Kind.Interface) {
    const ms = t.imethods ?? [];
    if (i < 0 || i >= ms.length) return m; // interfaceType.Method: the zero Method
    const im = ms[i]!;
    m.Name = im.name;
    m.PkgPath = isExported(im.name) ? "" : t.pkgPath;
    m.Type = toType(im.type);
    m.Index = i;
    return m;
  }
  const ms = exportedMethods(t);
  if (i < 0 || i >= ms.length) raiseString("reflect: Method index out of range", [["reflect.(*rtype).Method", "type.go:859"]]);
  const x = ms[i]!;
  const ft = methodExprType(t, methodType(t, x));
  m.Name = x.name;
  m.PkgPath = "";
  m.Type = toType(ft);
  m.Func = makeValue(ft, x.fn, 0);
  m.Index = i;
  return m;
}

/** A reflect.Value struct: type t, word ptr, flag (the kind is added). */
export function makeValue(t: RType, ptr: any, flag: number): any {
  const v = reg().value.zero() as GoStruct;
  v.typ = handle(t);
  v.ptr = ptr;
  v.flag = flag | t.kind;
  return v;
}

function methodByName(t: RType, name: string): [any, boolean] {
  if (t.kind === Kind.Interface) {
    const i = (t.imethods ?? []).findIndex((m) => m.name === name);
    return i < 0 ? [reg().method.zero(), false] : [method(t, i), true];
  }
  const i = exportedMethods(t).findIndex((m) => m.name === name);
  return i < 0 ? [reg().method.zero(), false] : [method(t, i), true];
}

function needType(u: Iface | null, what: string, where: string, fn: string): RType {
  if (u === null) raiseString(`reflect: nil type passed to Type.${what}`, [[`reflect.(*rtype).${fn}`, where]]);
  return rtypeOf(u)!;
}

function checkStruct(t: RType, what: string, where: string): void {
  if (t.kind !== Kind.Struct) kindPanic(`${what} of non-struct type`, t, where, what);
}

function checkFunc(t: RType, what: string, where: string): void {
  if (t.kind !== Kind.Func) kindPanic(`${what} of non-func type`, t, where, what);
}

export const typeNatives: Record<string, Function> = {
  register,
  TypeOf: (i: Iface | null): Iface | null => (i === null ? null : toType(i.t)),
  "rtype.Align": (h: TypeHandle) => T(h).align,
  "rtype.FieldAlign": (h: TypeHandle) => T(h).align,
  "rtype.NumMethod": (h: TypeHandle) => numMethod(T(h)),
  "rtype.Name": (h: TypeHandle) => typeName(T(h)),
  "rtype.PkgPath": (h: TypeHandle) => (T(h).named ? T(h).pkgPath : ""),
  "rtype.Size": (h: TypeHandle) => T(h).size,
  "rtype.String": (h: TypeHandle) => T(h).str,
  "rtype.Kind": (h: TypeHandle) => T(h).kind,
  "rtype.Comparable": (h: TypeHandle) => T(h).comparable,
  "rtype.Bits": (h: TypeHandle) => {
    const t = T(h);
    if (t.kind < Kind.Int || t.kind > Kind.Complex128) kindPanic("Bits of non-arithmetic Type", t, "type.go:821", "Bits");
    return t.size * 8;
  },
  "rtype.ChanDir": (h: TypeHandle) => {
    const t = T(h);
    if (t.kind !== Kind.Chan) kindPanic("ChanDir of non-chan type", t, "type.go:940", "ChanDir");
    return chanDirs[t.chanDir!];
  },
  "rtype.IsVariadic": (h: TypeHandle) => {
    const t = T(h);
    if (t.kind !== Kind.Func) kindPanic("IsVariadic of non-func type", t, "type.go:948", "IsVariadic");
    return !!t.variadic;
  },
  "rtype.Elem": (h: TypeHandle) => {
    const t = T(h);
    switch (t.kind) {
      case Kind.Array: case Kind.Chan: case Kind.Map: case Kind.Pointer: case Kind.Slice:
        return toType(t.elem);
    }
    return kindPanic("Elem of invalid type", t, "type.go:972", "Elem");
  },
  "rtype.Field": (h: TypeHandle, i: number) => {
    const t = T(h);
    checkStruct(t, "Field", "type.go:977");
    if (i < 0 || i >= t.fields!.length) {
      raiseString("reflect: Field index out of bounds", [["reflect.(*rtype).Field", "type.go:980"], ["reflect.(*structType).Field", "type.go:1251"]]);
    }
    return structField(t, i);
  },
  "rtype.FieldByName": (h: TypeHandle, name: string) => {
    const t = T(h);
    checkStruct(t, "FieldByName", "type.go:993");
    const index = fieldIndexByName(t, name);
    return index === undefined ? [reg().structField.zero(), false] : [fieldAt(t, index), true];
  },
  "rtype.FieldByNameFunc": function* (h: TypeHandle, match: (s: string) => Gen<boolean>) {
    const t = T(h);
    checkStruct(t, "FieldByNameFunc", "type.go:1001");
    const r = yield* searchField(t, match);
    return r === undefined ? [reg().structField.zero(), false] : [fieldAt(t, r[0]), true];
  },
  "rtype.In": (h: TypeHandle, i: number) => {
    const t = T(h);
    checkFunc(t, "In", "type.go:1009");
    const ps = t.params!;
    if (i < 0 || i >= ps.length) indexError(i, ps.length);
    return toType(ps[i]);
  },
  "rtype.Key": (h: TypeHandle) => {
    const t = T(h);
    if (t.kind !== Kind.Map) kindPanic("Key of non-map type", t, "type.go:1017", "Key");
    return toType(t.key);
  },
  "rtype.Len": (h: TypeHandle) => {
    const t = T(h);
    if (t.kind !== Kind.Array) kindPanic("Len of non-array type", t, "type.go:1025", "Len");
    return t.len;
  },
  "rtype.NumField": (h: TypeHandle) => {
    const t = T(h);
    checkStruct(t, "NumField", "type.go:1033");
    return t.fields!.length;
  },
  "rtype.NumIn": (h: TypeHandle) => {
    const t = T(h);
    checkFunc(t, "NumIn", "type.go:1041");
    return t.params!.length;
  },
  "rtype.NumOut": (h: TypeHandle) => {
    const t = T(h);
    checkFunc(t, "NumOut", "type.go:1049");
    return t.results!.length;
  },
  "rtype.Out": (h: TypeHandle, i: number) => {
    const t = T(h);
    checkFunc(t, "Out", "type.go:1057");
    const rs = t.results!;
    if (i < 0 || i >= rs.length) indexError(i, rs.length);
    return toType(rs[i]);
  },
  "rtype.Method": (h: TypeHandle, i: number) => method(T(h), i),
  "rtype.MethodByName": (h: TypeHandle, name: string) => methodByName(T(h), name),
  "rtype.Implements": (h: TypeHandle, u: Iface | null) => {
    const ut = needType(u, "Implements", "type.go:1505", "Implements");
    if (ut.kind !== Kind.Interface) raiseString("reflect: non-interface type passed to Type.Implements", [["reflect.(*rtype).Implements", "type.go:1508"]]);
    return implementsIface(ut, T(h));
  },
  "rtype.AssignableTo": (h: TypeHandle, u: Iface | null) => {
    const ut = needType(u, "AssignableTo", "type.go:1515", "AssignableTo");
    return directlyAssignable(ut, T(h)) || (ut.kind === Kind.Interface && implementsIface(ut, T(h)));
  },
  "rtype.ConvertibleTo": (h: TypeHandle, u: Iface | null) => {
    const ut = needType(u, "ConvertibleTo", "type.go:1523", "ConvertibleTo");
    return convertOp(ut, T(h)) !== undefined;
  },
  ptrTo: (h: TypeHandle) => toType(rtypes.ptrTo(T(h))),
  sliceOf: (h: TypeHandle) => toType(rtypes.sliceOf(T(h))),
  mapOf: (k: TypeHandle, e: TypeHandle) => {
    if (!T(k).comparable) raiseString("reflect.MapOf: invalid key type " + T(k).str, [["reflect.MapOf", "type.go:1920"]]);
    return toType(rtypes.mapOf(T(k), T(e)));
  },
  chanOf: (dir: number, h: TypeHandle) => {
    const t = T(h);
    if (t.size >= 1 << 16) raiseString("reflect.ChanOf: element size too large", [["reflect.ChanOf", "type.go:1863"]]);
    return toType(rtypes.chanOf(dir === 1 ? "recv" : dir === 2 ? "send" : "both", t));
  },
  arrayOf: (n: number | bigint, h: TypeHandle) => {
    const t = T(h);
    if (typeof n === "bigint" || (t.size > 0 && n > Number.MAX_SAFE_INTEGER / t.size)) {
      raiseString("reflect.ArrayOf: array size would exceed virtual address space", [["reflect.ArrayOf", "type.go:2946"]]);
    }
    return toType(rtypes.arrayOf(t, n));
  },
  funcOf: (ins: Slice | null, outs: Slice | null, variadic: boolean) => {
    const list = (s: Slice | null): RType[] => (s === null ? [] : s.a.slice(s.off, s.off + s.len).map((h: TypeHandle) => h.t));
    return toType(rtypes.funcOf(list(ins), list(outs), variadic));
  },
  structOf: (names: Slice, pkgs: Slice, types: Slice, tags: Slice) => {
    const n = names.len;
    const specs: rtypes.FieldSpec[] = [];
    for (let i = 0; i < n; i++) {
      const name = names.a[names.off + i] as string;
      const exported = isExported(name);
      const spec: rtypes.FieldSpec = {
        name, type: (types.a[types.off + i] as TypeHandle).t, embedded: false, exported,
        tag: tags.a[tags.off + i] as string, prop: fieldPropOf(name, i),
      };
      if (!exported) spec.pkgPath = pkgs.a[pkgs.off + i] as string;
      specs.push(spec);
    }
    const make = (): object => {
      const o: Record<string, unknown> = {};
      for (const f of specs) o[f.prop!] = f.type.zero() as GoStruct;
      return o;
    };
    return toType(rtypes.structOf(specs, make));
  },
};

const jsReserved = new Set(["constructor", "__proto__", "prototype", "hasOwnProperty", "toString", "valueOf"]);

/** The JS property of a field (compiler/typetable.ts fieldProp's rule). */
function fieldPropOf(name: string, i: number): string {
  if (name === "_") return `_$${i}`;
  return jsReserved.has(name) ? name + "$" : name;
}
