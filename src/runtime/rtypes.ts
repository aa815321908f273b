// Run-time type descriptors: the predeclared types and the constructors of composite types.
//
// Models Go 1.19's runtime/type.go (_type, the kind-specific descriptors) and the parts of
// cmd/compile/internal/reflectdata that decide a type's size, alignment, ptrdata and string form.
//
// Terms:
//   - RType: the descriptor of one Go type (see value.ts). Two RTypes denote the same Go type iff
//     they are the same object.
//   - Unnamed (type literal) types are canonicalized through a cache keyed by their
//     structure (kind plus the ids of their element types), so sliceOf(int) === sliceOf(int).
//   - A named (defined) type is fresh per declaration: namedOf never caches.
//
// State: the cache of unnamed types and the id counter are shared by every program and machine in
// the host process: a descriptor is made at link time and describes a type, not a run, so a
// machine never changes one (ids only order types; nothing a program prints depends on them).
// An unnamed type is cached with the newest type it is made of (see cached), so that a process
// running many programs (a test harness's worker) does not keep the types of those that ended.
//
// Invariants:
//   - size/align/ptrdata are those of amd64 (8-byte words), as cmd/compile computes them.
//   - `equal` is only called on comparable types, except through interface comparison, which
//     panics with "comparing uncomparable type T" exactly as runtime.efaceeq does.
//   - zero() returns a fresh object for arrays and structs; clone() deep-copies arrays and
//     structs held by value and returns every other value as is.
//
// Simplifications vs real Go:
//   - No uncommon type, no gcdata bitmap, no hash function (the map model hashes by kind).
//   - A named type's underlying type may be given as a thunk, resolved on first use, so that the
//     compiler can build recursive types (type List struct { next *List }) in any order.

import { GoPanic } from "./panic.js";
import { rt } from "./rt.js";
import { unsafeEqual } from "./unsafe.js";
import { Complex, Iface, Kind, ptrEqual, type GoValue, type RField, type RMethod, type RType } from "./value.js";

let nextId = 1;

/** The fields of an RType that its constructor computes. */
type Shape = Omit<RType, "id" | "methods" | "named" | "pkgPath" | "name">;

function mk(shape: Shape, named?: { pkgPath: string; name: string }): RType {
  return {
    id: nextId++,
    named: named !== undefined,
    pkgPath: named?.pkgPath ?? "",
    name: named?.name ?? "",
    methods: [],
    ...shape,
  };
}

const identity = (v: any): any => v;
const same = (a: any, b: any): boolean => a === b;

/** Panics as Go does when == reaches a type without an equality function. */
function uncomparable(t: RType): never {
  throw new GoPanic(rt.runtimeError("comparing uncomparable type " + t.str));
}

function basic(kind: Kind, str: string, size: number, zero: any, equal = same): RType {
  const z = zero;
  return mk({
    kind, str, size, align: Math.min(size, 8), ptrdata: 0, comparable: true, equal,
    zero: () => z, clone: identity,
  });
}

const complexZero64 = new Complex(0, 0);
const complexEqual = (a: Complex, b: Complex): boolean => a.re === b.re && a.im === b.im;

/** Go's == on two interface values (runtime.efaceeq / ifaceeq). */
export function ifaceEqual(a: Iface | null, b: Iface | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.t !== b.t) return false;
  if (!a.t.comparable) uncomparable(a.t);
  return a.t.equal(a.v, b.v);
}

/** An interface value i compared with a value v of the concrete type t (walkCompare's mixed
 *  comparison): the type word, then the data; v is never boxed (no allocation). */
export function ifaceEqualT(i: Iface | null, t: RType, v: GoValue): boolean {
  return i !== null && i.t === t && t.equal(i.v, v);
}

function makeInterface(str: string, imethods: { name: string; type: RType }[]): Shape {
  return {
    kind: Kind.Interface, str, size: 16, align: 8, ptrdata: 16, comparable: true,
    equal: ifaceEqual, zero: () => null, clone: identity, imethods,
  };
}

// ---- Predeclared types ----------------------------------------------------------------------

type PredeclaredName =
  | "bool" | "int" | "int8" | "int16" | "int32" | "int64"
  | "uint" | "uint8" | "uint16" | "uint32" | "uint64" | "uintptr"
  | "float32" | "float64" | "complex64" | "complex128" | "string" | "unsafe.Pointer"
  | "error" | "emptyInterface";

function predeclared(): Record<PredeclaredName, RType> {
  const str = basic(Kind.String, "string", 16, "");
  str.ptrdata = 8;
  const c64 = basic(Kind.Complex64, "complex64", 8, complexZero64, complexEqual);
  c64.align = 4;
  const uptr = basic(Kind.UnsafePointer, "unsafe.Pointer", 8, null, unsafeEqual);
  uptr.ptrdata = 8;
  const t: Record<PredeclaredName, RType> = {
    bool: basic(Kind.Bool, "bool", 1, false),
    int: basic(Kind.Int, "int", 8, 0),
    int8: basic(Kind.Int8, "int8", 1, 0),
    int16: basic(Kind.Int16, "int16", 2, 0),
    int32: basic(Kind.Int32, "int32", 4, 0),
    int64: basic(Kind.Int64, "int64", 8, 0),
    uint: basic(Kind.Uint, "uint", 8, 0),
    uint8: basic(Kind.Uint8, "uint8", 1, 0),
    uint16: basic(Kind.Uint16, "uint16", 2, 0),
    uint32: basic(Kind.Uint32, "uint32", 4, 0),
    uint64: basic(Kind.Uint64, "uint64", 8, 0),
    uintptr: basic(Kind.Uintptr, "uintptr", 8, 0),
    float32: basic(Kind.Float32, "float32", 4, 0),
    float64: basic(Kind.Float64, "float64", 8, 0),
    complex64: c64,
    complex128: basic(Kind.Complex128, "complex128", 16, complexZero64, complexEqual),
    string: str,
    "unsafe.Pointer": uptr,
    error: undefined as unknown as RType,
    emptyInterface: mk(makeInterface("interface {}", [])),
  };
  const error = mk(makeInterface("error", [{ name: "Error", type: undefined as any }]), {
    pkgPath: "",
    name: "error",
  });
  t.error = error;
  return t;
}

/** The predeclared types. byte and rune are the same objects as uint8 and int32. */
export const types: Record<PredeclaredName, RType> & { byte: RType; rune: RType } = (() => {
  const t = predeclared();
  return { ...t, byte: t.uint8, rune: t.int32 };
})();

// The method type of error.Error is func() string; it needs funcOf, defined below.

// ---- Composite types ------------------------------------------------------------------------

/** The unnamed types made of other types, by the newest of those parts (the highest id): a type
 *  can be asked for again only by a caller that holds all its parts, so its entry lives exactly
 *  as long as it can be asked for, and no longer than the program whose types it is made of. */
const partCache = new WeakMap<RType, Map<string, RType>>();
/** The unnamed types made of no other type (func(), struct {}). */
const rootCache = new Map<string, RType>();

/** The unnamed type of key (its structure, over the ids of parts), made by build once. */
function cached(key: string, parts: readonly RType[], build: () => Shape): RType {
  let owner: RType | undefined;
  for (const p of parts) if (owner === undefined || p.id > owner.id) owner = p;
  let cache = owner === undefined ? rootCache : partCache.get(owner);
  if (cache === undefined) partCache.set(owner!, (cache = new Map()));
  let t = cache.get(key);
  if (t === undefined) {
    t = mk(build());
    cache.set(key, t);
  }
  return t;
}

/** []elem */
export function sliceOf(elem: RType): RType {
  return cached("S" + elem.id, [elem], () => ({
    kind: Kind.Slice, str: "[]" + elem.str, size: 24, align: 8, ptrdata: 8, comparable: false,
    equal: (a, b) => (a === null && b === null) || uncomparable(sliceOf(elem)),
    zero: () => null, clone: identity, elem,
  }));
}

/** [len]elem */
export function arrayOf(elem: RType, len: number): RType {
  return cached(`A${len},${elem.id}`, [elem], () => {
    const deep = needsClone(elem);
    const ptrdata = elem.ptrdata === 0 || len === 0 ? 0 : (len - 1) * elem.size + elem.ptrdata;
    return {
      kind: Kind.Array, str: `[${BigInt(len)}]${elem.str}`, size: len * elem.size, align: elem.align,
      ptrdata, comparable: elem.comparable, elem, len,
      equal: (a: any[], b: any[]) => {
        for (let i = 0; i < len; i++) if (!elem.equal(a[i], b[i])) return false;
        return true;
      },
      zero: () => {
        const a = new Array(len);
        for (let i = 0; i < len; i++) a[i] = elem.zero();
        return a;
      },
      clone: deep ? (v: any[]) => v.map((x) => elem.clone(x)) : (v: any[]) => v.slice(),
    };
  });
}

/** Does a Go copy of a value of type t need more than a JS copy of the reference? */
function needsClone(t: RType): boolean {
  return t.kind === Kind.Array || t.kind === Kind.Struct;
}

/** *elem */
export function ptrTo(elem: RType): RType {
  return cached("P" + elem.id, [elem], () => ({
    kind: Kind.Pointer, str: "*" + elem.str, size: 8, align: 8, ptrdata: 8, comparable: true,
    equal: ptrEqual, zero: () => null, clone: identity, elem,
  }));
}

/** map[key]elem */
export function mapOf(key: RType, elem: RType): RType {
  return cached(`M${key.id},${elem.id}`, [key, elem], () => ({
    kind: Kind.Map, str: `map[${key.str}]${elem.str}`, size: 8, align: 8, ptrdata: 8,
    comparable: false, equal: (a, b) => (a === null && b === null) || uncomparable(mapOf(key, elem)),
    zero: () => null, clone: identity, key, elem,
  }));
}

/** chan elem, <-chan elem, chan<- elem */
export function chanOf(dir: "both" | "send" | "recv", elem: RType): RType {
  return cached(`C${dir},${elem.id}`, [elem], () => {
    let es = elem.str;
    // Only an unnamed <-chan element needs parentheses; a named element is not resolved here,
    // since its underlying type may be a struct still being declared (type S struct{ c chan S }).
    if (dir === "both" && !elem.named && elem.kind === Kind.Chan && elem.chanDir === "recv") es = `(${es})`;
    const prefix = dir === "both" ? "chan " : dir === "send" ? "chan<- " : "<-chan ";
    return {
      kind: Kind.Chan, str: prefix + es, size: 8, align: 8, ptrdata: 8, comparable: true,
      equal: same, zero: () => null, clone: identity, elem, chanDir: dir,
    };
  });
}

/** func(params) results; when variadic, the last param is a slice type. */
export function funcOf(params: RType[], results: RType[], variadic: boolean): RType {
  const key = `F${params.map((p) => p.id).join(",")}|${results.map((r) => r.id).join(",")}|${variadic}`;
  return cached(key, [...params, ...results], () => ({
    kind: Kind.Func, str: funcString(params, results, variadic), size: 8, align: 8, ptrdata: 8,
    comparable: false, equal: (a, b) => (a === null && b === null) || uncomparable(funcOf(params, results, variadic)),
    zero: () => null, clone: identity, params, results, variadic,
  }));
}

/** The signature part of a func type string: "(int, ...string) (int, error)". */
function signatureString(params: RType[], results: RType[], variadic: boolean): string {
  const ps = params.map((p, i) =>
    variadic && i === params.length - 1 ? "..." + (p.elem as RType).str : p.str,
  );
  let s = `(${ps.join(", ")})`;
  if (results.length === 1) s += " " + results[0]!.str;
  else if (results.length > 1) s += ` (${results.map((r) => r.str).join(", ")})`;
  return s;
}

function funcString(params: RType[], results: RType[], variadic: boolean): string {
  return "func" + signatureString(params, results, variadic);
}

/** An unnamed interface type; methods are sorted by name here. */
export function interfaceOf(methods: { name: string; type: RType }[]): RType {
  const ms = [...methods].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (ms.length === 0) return types.emptyInterface;
  const key = "I" + ms.map((m) => `${m.name}:${m.type.id}`).join(",");
  return cached(key, ms.map((m) => m.type), () => {
    const body = ms.map((m) =>
      m.name + signatureString(m.type.params ?? [], m.type.results ?? [], !!m.type.variadic),
    );
    return makeInterface(`interface { ${body.join("; ")} }`, ms);
  });
}

/** A struct field as the compiler describes it to structOf. */
export interface FieldSpec {
  name: string;
  type: RType;
  embedded: boolean;
  exported: boolean;
  tag: string;
  /** The JS property; defaults to the Go name. */
  prop?: string;
  /** An unexported field's package path (part of the type's identity, as in Go). */
  pkgPath?: string;
}

/** struct { fields }. make() must return a zero struct object of this type; cls, the class of
 *  those objects, gets the type as its static $t (addr.ts structTypeOf: a struct object's layout). */
export function structOf(fields: FieldSpec[], make: () => object, cls?: { $t?: RType }): RType {
  const key =
    "T" + fields.map((f) => `${f.name}:${f.type.id}:${f.embedded ? 1 : 0}:${JSON.stringify(f.tag)}${f.pkgPath === undefined ? "" : ":" + JSON.stringify(f.pkgPath)}`).join(";");
  const t = cached(key, fields.map((f) => f.type), () => structShape(fields, make));
  if (cls !== undefined && cls.$t === undefined) cls.$t = t;
  return t;
}

function fieldString(f: FieldSpec): string {
  let s = f.embedded ? f.type.str : `${f.name} ${f.type.str}`;
  if (f.tag !== "") s += " " + JSON.stringify(f.tag);
  return s;
}

function structShape(specs: FieldSpec[], make: () => object): Shape {
  const fields: RField[] = [];
  let off = 0;
  let align = 1;
  let ptrdata = 0;
  for (const f of specs) {
    const t = f.type;
    off = roundUp(off, t.align);
    align = Math.max(align, t.align);
    if (t.ptrdata !== 0) ptrdata = off + t.ptrdata;
    const rf: RField = { name: f.name, prop: f.prop ?? f.name, type: t, embedded: f.embedded, exported: f.exported, tag: f.tag, offset: off };
    if (f.pkgPath !== undefined) rf.pkgPath = f.pkgPath;
    fields.push(rf);
    off += t.size;
  }
  // cmd/compile pads a struct whose last field has size zero, so that taking its address
  // cannot point past the object.
  if (specs.length > 0 && specs[specs.length - 1]!.type.size === 0 && off > 0) off++;
  const size = roundUp(off, align);
  const str = specs.length === 0 ? "struct {}" : `struct { ${specs.map(fieldString).join("; ")} }`;
  const cmp = fields.filter((f) => f.name !== "_");
  const deep = fields.filter((f) => needsClone(f.type));
  return {
    kind: Kind.Struct, str, size, align, ptrdata, fields,
    comparable: fields.every((f) => f.type.comparable),
    equal: (a: any, b: any) => {
      for (const f of cmp) if (!f.type.equal(a[f.prop], b[f.prop])) return false;
      return true;
    },
    zero: () => make(),
    clone: (v: any) => {
      const c: any = make();
      for (const f of fields) c[f.prop] = v[f.prop];
      for (const f of deep) c[f.prop] = f.type.clone(v[f.prop]);
      return c;
    },
  };
}

function roundUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

// ---- Named types ----------------------------------------------------------------------------

/** The RType fields a named type takes from its underlying type. */
const inherited = [
  "kind", "size", "align", "ptrdata", "elem", "key", "len", "chanDir", "fields", "params",
  "results", "variadic", "imethods", "comparable", "equal", "zero", "clone",
] as const;

/**
 * A fresh defined type pkgPath.name. The underlying type may be a thunk; it is resolved the first
 * time any inherited property is read. Its methods are added later with addMethod.
 */
export function namedOf(pkgPath: string, name: string, underlying: RType | (() => RType), pkgName?: string): RType {
  const str = pkgPath === "" ? name : `${pkgName ?? lastElem(pkgPath)}.${name}`;
  const t: any = { id: nextId++, str, named: true, pkgPath, name, methods: [] };
  let resolved = false;
  const resolve = (): void => {
    if (resolved) return;
    resolved = true;
    const u = typeof underlying === "function" ? underlying() : underlying;
    for (const k of inherited) Object.defineProperty(t, k, { value: u[k], writable: true, enumerable: true, configurable: true });
    // Equality through an uncomparable named type panics with the named type's name.
    if (!u.comparable) t.equal = (a: any, b: any) => (a === null && b === null) || uncomparable(t);
  };
  for (const k of inherited) {
    Object.defineProperty(t, k, {
      get() { resolve(); return t[k]; },
      set(v) { resolve(); t[k] = v; },
      enumerable: true, configurable: true,
    });
  }
  if (typeof underlying !== "function") resolve();
  return t as RType;
}

/** Go prints a type from package "a/b/c" as "c.T". */
function lastElem(pkgPath: string): string {
  const i = pkgPath.lastIndexOf("/");
  return i < 0 ? pkgPath : pkgPath.slice(i + 1);
}

/** Add (or replace) a method in t's method table, keeping the table sorted by name. */
export function addMethod(t: RType, m: RMethod): void {
  // ops.ts's by-name caches of this table (cleared, not deleted: a delete would turn the type
  // object into a dictionary, slowing every read of its fields).
  if ((t as RType & { $mt?: unknown }).$mt !== undefined) (t as RType & { $mt?: unknown }).$mt = undefined;
  if ((t as RType & { $pt?: unknown }).$pt !== undefined) (t as RType & { $pt?: unknown }).$pt = undefined;
  const ms = t.methods;
  let i = 0;
  while (i < ms.length && ms[i]!.name < m.name) i++;
  if (i < ms.length && ms[i]!.name === m.name) ms[i] = m;
  else ms.splice(i, 0, m);
}

/** Add a method the runtime implements, which cannot yield: its table entry has the plain
 *  function as pfn too, for compiled interface calls (compiler/ifacecalls.ts), and fn wraps
 *  it for every other caller. */
export function addPlainMethod(t: RType, name: string, ptrRecv: boolean, pfn: (...args: never[]) => unknown): void {
  const call = pfn as (...args: unknown[]) => unknown;
  addMethod(t, { name, ptrRecv, fn: function* (...a: unknown[]) { return call(...a); }, pfn: call });
}

/** Find a method by name in t's method table, or undefined. */
export function findMethod(t: RType, name: string): RMethod | undefined {
  for (const m of t.methods) if (m.name === name) return m;
  return undefined;
}

// The signature of error's only method, now that funcOf exists.
types.error.imethods![0]!.type = funcOf([], [types.string], false);
