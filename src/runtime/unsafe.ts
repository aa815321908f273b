// Package unsafe at run time: unsafe.Pointer conversions, uintptr addresses, unsafe.Add and
// unsafe.Slice over gort's values.
//
// Models the rules of Go 1.19's unsafe/unsafe.go (the valid patterns of Pointer use) and
// runtime/slice.go's unsafeslice checks, over value.ts's representation, which has objects and
// no memory.
//
// Terms:
//   - An unsafe.Pointer holds the same JS value as the pointer it came from: a struct object, a
//     JS array (an array variable or a slice's backing array), or a Ptr (a container and a key);
//     nil is null. So (*T)(unsafe.Pointer(p)) with T's representation gives back p's object.
//   - A location is (root, layout, off): a byte offset inside a root, the outermost value object
//     (a struct, an array, a backing array) that the pointer is known to lie in, or a Ptr to a
//     variable of another type (a boxed local, a package variable). locate() finds it from the
//     pointer (a struct object's class carries its RType, addr.ts structTypeOf) and from what
//     this file recorded when pointers were converted: the element type of an array
//     (arrayElems), the type of a variable a Ptr points to (cellTypes), and the array or struct
//     that an element or field object was taken from (parents), so that arithmetic can leave it.
//   - Resolving a location for *T (resolve) descends from the root to the field or element at
//     the offset whose type has T's representation (sameRepr: the same JS values), which gives
//     the same object or an equal Ptr. A scalar of another kind is read through a ViewPtr that
//     converts on each load and store: a number by its bytes (*float64 as *uint64, as
//     math.Float64bits does; a byte or a half of a wider integer), a pointer variable as an
//     unsafe.Pointer variable (atomic pointer code) by the checked conversions. A struct or
//     array T that no object has (other field names, a part of a longer array, a struct read
//     as an array) is a view: an object of T's class whose fields are accessors, or a Proxy of
//     an array, over the slots its fields and elements resolve to; one view per location and T.
//     Its $view is its root, which the collector marks in its place (mgcmark.ts).
//   - Arithmetic (unsafe.Add, uintptr round trips) gives the plainest pointer at the new offset:
//     the outermost object or the variable that begins there, else an InteriorPtr (addr.ts),
//     which only further arithmetic, conversion and comparison use.
//   - uintptr(p) is addr.ts's address of p's location: its root's address plus the offset, a
//     struct field at its amd64 offset. A uintptr converted back to a Pointer is found among the
//     last addrTableSize conversions to uintptr, by the address ranges of their roots: Go allows
//     it when the address was computed from a conversion in the same expression
//     (unsafe.Pointer(uintptr(p) + off)), which is the last one made. An address where gort
//     can have no object (addr.ts mayHoldObject) is an AddrPtr, or for a *struct or *array an
//     object of that address whose fields or elements cannot be loaded or stored (wildPointerTo).
//
// Types: an unsafe.Pointer may hold any Go value's storage (a struct, an array, a box, a view, an
// AddrPtr), so the pointers and containers this file takes apart are `any` (the tidy test's
// budget for src/runtime counts them); what it hands back to Go code is a GoValue.
//
// Invariants:
//   - Never silently wrong: what gort's values cannot give a meaning (an offset past the end of
//     its root, a view of bytes that are not all numbers (a string's or a slice's header, a
//     pointer's bits), an address no conversion produced where an object may be, a load or store
//     where gort has no object) ends the run with a "gort: ... is not
//     supported yet" SimLimit (exit 3; the conformance and fuzz tools count it as unsupported).
//   - The tables are per machine (UnsafeTables, made at the run's first pointer conversion in
//     the Machine's UnsafeSlot, which Machine.activate installs with setUnsafeTables, as
//     addr.ts's addresses are); objects are held weakly, except
//     in the bounded table of addresses, which keeps nothing alive for the collector: after each
//     mark it forgets the heap objects the mark did not reach (unsafeForgetDead), so an address
//     in it never names a slot the allocator has given to another object.
//
// Simplifications: //go:uintptrescapes is not honoured (a uintptr argument does not keep its
// object alive through the call); checkptr's -d=checkptr checks are not made; a pointer into a view is not equal (==
// on *T) to a pointer to the same variable taken otherwise (unsafe.Pointers compare by
// location), but for the elements of a window on an array (ptrEqual knows it: a slice
// converted to an array pointer, sliceWindow); the race detector sees an access through a
// view as one to the view, not to the variable it shows; a float's NaN payload is not kept (gort's floats are JS numbers).

import { norm, wrapU, type I64 } from "../base/int64.js";
import { AddrPtr, InteriorPtr, mayHoldObject, objAddr, pinAddr, pointerAddr, setElemSize, structTypeOf } from "./addr.js";
import { typedmemmove } from "./mbarrier.js";
import { GoPanic, SimLimit } from "./panic.js";
import { rt } from "./rt.js";
import { machine } from "./state.js";
import { Complex, Kind, Ptr, Slice, ptrEqual, type RType } from "./value.js";

/** How many conversions to uintptr are remembered for converting addresses back: enough for a
 *  program's live unsafe work; an older address is reported as not supported. */
const addrTableSize = 4096;

/** The most elements a view of an array resolves one by one (the bytes of a struct, say); a
 *  window on an array of the same elements has no limit. */
const viewElemsMax = 4096;

type Key = string | number;
interface Loc {
  root: any;
  t: RType;
  off: number;
}
interface AddrEntry {
  root: any;
  t: RType | undefined; // undefined: a pointer of unknown layout, found only at its own address
  size: number;
}

/** One machine's tables: what this file learned from the pointers converted in its run. */
export class UnsafeTables {
  readonly arrayElems = new WeakMap<object, RType>();
  readonly cellTypes = new WeakMap<object, RType>();
  readonly parents = new WeakMap<object, { o: any; k: Key; t: RType }>();
  /** A view's location. */
  readonly views = new WeakMap<object, Loc>();
  /** By root: the views by offset and type. */
  readonly viewCache = new WeakMap<object, Map<string, any>>();
  /** The last addrTableSize conversions to uintptr, by address. */
  readonly addrTable = new Map<number, AddrEntry>();
  /** By address and type: the struct or array at an AddrPtr; and their addresses. */
  readonly wildObjs = new Map<string, object>();
  readonly wildAddrs = new WeakMap<object, I64>();
}

/** A machine's place for its UnsafeTables, filled at the run's first pointer conversion: most
 *  runs convert none, and a machine is made for every run. */
export class UnsafeSlot {
  t: UnsafeTables | null = null;
}

/** The slot of the machine that runs now (before any machine: a unit test's). */
let owner = new UnsafeSlot();

/** Machine.activate: make u the current machine's slot. */
export function setUnsafeTables(u: UnsafeSlot): void {
  owner = u;
}

/** The current machine's tables, made on first use. */
function tables(): UnsafeTables {
  return (owner.t ??= new UnsafeTables());
}

function unsupported(what: string): never {
  throw new SimLimit("unsupported", `gort: ${what} is not supported yet`);
}

function isArrayLike(o: unknown): o is any[] {
  return Array.isArray(o) || ArrayBuffer.isView(o);
}

function isValueObject(t: RType): boolean {
  return t.kind === Kind.Struct || t.kind === Kind.Array;
}

/** The layout of an array of n elements of type elem (a backing array's length is its own). */
function arrayLayout(elem: RType, n: number): RType {
  return { kind: Kind.Array, elem, len: n, size: n * elem.size, str: `[${n}]${elem.str}` } as RType;
}

function recordArray(a: object, elem: RType): void {
  tables().arrayElems.set(a, elem);
  setElemSize(a, elem.size);
}

/** What a pointer of type *elem to p says about the objects it lies in. */
function record(p: any, elem: RType): void {
  if (p instanceof ViewPtr || p instanceof InteriorPtr || p instanceof AddrPtr) return; // located by what they view
  if (p instanceof Ptr) {
    if (typeof p.k === "number") {
      if (isArrayLike(p.o)) recordArray(p.o, elem);
    } else if (structTypeOf(p.o) === undefined) {
      tables().cellTypes.set(p, elem);
    }
  } else if (isArrayLike(p) && elem.kind === Kind.Array) {
    recordArray(p, elem.elem!);
  }
}

// ---- Locations ----------------------------------------------------------------------------------

function fieldOffset(t: RType, k: Key): number {
  for (const f of t.fields!) if (f.prop === k) return f.offset;
  return 0;
}

/** The location of the value object o of layout t: up through the containers it was taken from. */
function locateObj(o: any, t: RType): Loc {
  let root = o;
  let lt = t;
  let off = 0;
  for (let depth = 0; depth < 64; depth++) {
    const v = tables().views.get(root);
    if (v !== undefined) return { root: v.root, t: v.t, off: v.off + off };
    const par = tables().parents.get(root);
    if (par === undefined || par.o[par.k] !== root) break; // none, or stale (the slot was replaced)
    off += par.t.kind === Kind.Array ? (par.k as number) * par.t.elem!.size : fieldOffset(par.t, par.k);
    root = par.o;
    lt = par.t;
  }
  return { root, t: lt, off };
}

/** The location a pointer value points to, or undefined when its layout is unknown. */
function locate(p: any): Loc | undefined {
  if (p instanceof InteriorPtr) return { root: p.o, t: p.t, off: p.off };
  if (p instanceof ViewPtr) {
    const l = locate(p.slot);
    return l === undefined ? undefined : { root: l.root, t: l.t, off: l.off + p.off };
  }
  if (p instanceof Ptr) {
    const o = p.o;
    const k = p.k;
    if (typeof k === "number") {
      const e = isArrayLike(o) ? tables().arrayElems.get(o) : undefined;
      if (e === undefined) return undefined;
      const l = locateObj(o, arrayLayout(e, o.length));
      return { root: l.root, t: l.t, off: l.off + k * e.size };
    }
    const st = structTypeOf(o);
    if (st !== undefined) {
      const l = locateObj(o, st);
      return { root: l.root, t: l.t, off: l.off + fieldOffset(st, k) };
    }
    const ct = tables().cellTypes.get(p);
    return ct === undefined ? undefined : { root: p, t: ct, off: 0 };
  }
  if (p === null || typeof p !== "object") return undefined;
  const st = structTypeOf(p);
  if (st !== undefined) return locateObj(p, st);
  if (isArrayLike(p)) {
    const e = tables().arrayElems.get(p);
    return e === undefined ? undefined : locateObj(p, arrayLayout(e, p.length));
  }
  return undefined;
}

/** The child of x (a value object of layout t) at field or index k, recording where it lies:
 *  a value object itself, any other a Ptr to its slot. */
function child(x: any, t: RType, k: Key, ct: RType): any {
  if (isValueObject(ct)) {
    const c = x[k];
    tables().parents.set(c, { o: x, k, t });
    if (ct.kind === Kind.Array) recordArray(c, ct.elem!);
    return c;
  }
  if (typeof k === "number") recordArray(x, ct);
  return new Ptr(x, k);
}

/** The field or element of layout t's value x that holds byte off (size > 0): [key, offset]. */
function step(t: RType, off: number): [Key, RType, number] | undefined {
  if (t.kind === Kind.Struct) {
    for (const f of t.fields!) {
      if (f.type.size > 0 && off >= f.offset && off < f.offset + f.type.size) return [f.prop, f.type, f.offset];
    }
    return undefined;
  }
  if (t.kind === Kind.Array) {
    const es = t.elem!.size;
    if (es === 0) return undefined;
    const i = Math.floor(off / es);
    return i < t.len! ? [i, t.elem!, i * es] : undefined;
  }
  return undefined;
}

/** A pointer to want at byte off of x (a value object of layout t, or a Ptr to a variable of
 *  type t) that aliases what is there: the object, a Ptr, or a ViewPtr of a scalar. */
function find(x: any, t: RType, off: number, want: RType): any | undefined {
  if (off === 0 && sameRepr(t, want)) return x;
  if (isValueObject(t)) {
    const s = step(t, off);
    if (s === undefined) return undefined;
    return find(child(x, t, s[0], s[1]), s[1], off - s[2], want);
  }
  const conv = view(t, want, off);
  return conv === undefined ? undefined : new ViewPtr(x, off, conv);
}

/** A pointer to want at byte off of root (layout t): what find gives, else a view of a struct or
 *  array want whose fields or elements all resolve. */
function resolve(root: any, t: RType, off: number, want: RType): any | undefined {
  const p = find(root, t, off, want);
  if (p !== undefined || !isValueObject(want) || want.size === 0) return p;
  if (want.kind === Kind.Struct && off + want.size > t.size) return undefined;
  let byLoc = tables().viewCache.get(root);
  const key = `${off}:${want.id ?? want.str}`; // arrayLayout's types have no id
  const hit = byLoc?.get(key);
  if (hit !== undefined) return hit;
  const v = want.kind === Kind.Struct ? structView(root, t, off, want) : arrayView(root, t, off, want);
  if (v === undefined) return undefined;
  if (byLoc === undefined) tables().viewCache.set(root, (byLoc = new Map()));
  byLoc.set(key, v);
  tables().views.set(v, { root, t, off });
  return v;
}

/** The accessors of a view's field or element over the pointer p to it. */
function accessor(p: any, ft: RType): PropertyDescriptor {
  if (isValueObject(ft)) return { get: () => p, set: (v) => typedmemmove(ft, p, v), enumerable: true };
  return { get: () => p.get(), set: (v) => p.set(v), enumerable: true };
}

/** An object of want's class whose fields read and write the slots at their offsets. */
function structView(root: any, t: RType, off: number, want: RType): object | undefined {
  const cls = (want.zero() as object).constructor as { prototype: object };
  const v = Object.create(cls.prototype);
  Object.defineProperty(v, "$view", { value: root }); // the collector marks the root (mgcmark.ts)
  for (const f of want.fields!) {
    if (f.type.size === 0) {
      v[f.prop] = f.type.zero();
      continue;
    }
    const p = resolve(root, t, off + f.offset, f.type);
    if (p === undefined) return undefined;
    Object.defineProperty(v, f.prop, accessor(p, f.type));
  }
  return v;
}

/** A Proxy of an array of want's length whose elements read and write the slots. */
function arrayView(root: any, t: RType, off: number, want: RType): any[] | undefined {
  const et = want.elem!;
  const n = want.len!;
  const obj = isValueObject(et);
  let get: (i: number) => any;
  let set: (i: number, x: any) => void;
  const w = findArray(root, t, off, et);
  let have = n; // the elements the view holds (its target's length)
  let win: { a: any[]; base: number } | undefined; // the array and index a window starts at
  if (w !== undefined) {
    // A window on an array of the same elements (a prefix, a part of a backing array). It may
    // be declared longer than what is there, as (*[1 << 30]T)(p)[:n:n] does: its elements past
    // the array are out of range (the target's length bounds slicing and indexing).
    const a = w.a;
    const base = w.i;
    win = { a, base };
    have = Math.min(n, w.n - w.i);
    get = (i) => a[base + i];
    set = obj ? (i, x) => typedmemmove(et, a[base + i], x) : (i, x) => { a[base + i] = x; };
  } else {
    if (n > viewElemsMax) return undefined;
    const ps: any[] = [];
    for (let i = 0; i < n; i++) {
      const p = resolve(root, t, off + i * et.size, et);
      if (p === undefined) return undefined;
      ps.push(p);
    }
    get = obj ? (i) => ps[i] : (i) => ps[i].get();
    set = obj ? (i, x) => typedmemmove(et, ps[i], x) : (i, x) => ps[i].set(x);
  }
  const past = (i: number): never => unsupported(`element ${i} of a *${want.str} past the end of the ${have} elements it points into`);
  const index = (k: string | symbol): number => (typeof k === "string" && /^(0|[1-9][0-9]*)$/.test(k) ? Number(k) : -1);
  const v = new Proxy(new Array(have).fill(undefined), {
    get(a, k, r) {
      if (k === "$view") return root; // the collector marks the root (mgcmark.ts)
      if (k === "$window") return win; // ptrEqual (value.ts) compares its elements' pointers by it
      const i = index(k);
      if (i >= have && i < n) past(i);
      return i < 0 || i >= have ? Reflect.get(a, k, r) : get(i);
    },
    set(a, k, x, r) {
      const i = index(k);
      if (i >= have && i < n) past(i);
      if (i < 0 || i >= have) return Reflect.set(a, k, x, r);
      set(i, x);
      return true;
    },
  });
  recordArray(v, et);
  return v;
}

/** (*want)(s[i:]) for a backing array a (slice-to-array-pointer conversion, ops.ts), when the
 *  elements do not make up all of a: a window on them, one per element and type. */
export function sliceWindow(a: any[], i: number, want: RType): any[] {
  const elem = want.elem!;
  recordArray(a, elem);
  const v = resolve(a, arrayLayout(elem, a.length), i * elem.size, want);
  if (v === undefined) unsupported(`converting a slice to *${want.str}`);
  pinAddr(v, objAddr(a, a.length * elem.size) + i * elem.size); // %p and hashing agree with &s[i]
  return v;
}

/** The plainest pointer to byte off of x: the outermost value object or the scalar slot that
 *  starts there, else an InteriorPtr (the result of arithmetic, typed only when converted). */
function natural(root: any, t: RType, off: number): any {
  let x = root;
  let xt = t;
  let o = off;
  for (;;) {
    if (o === 0) return x;
    const s = isValueObject(xt) ? step(xt, o) : undefined;
    if (s === undefined) return new InteriorPtr(root, t, off);
    x = child(x, xt, s[0], s[1]);
    xt = s[1];
    o -= s[2];
  }
}

// ---- Representations ---------------------------------------------------------------------------

/** Kinds whose values are the same JS values (value.ts): int and int64, uint, uint64, uintptr. */
function reprKind(k: Kind): Kind {
  if (k === Kind.Int) return Kind.Int64;
  if (k === Kind.Uint || k === Kind.Uintptr) return Kind.Uint64;
  return k;
}

/** Do values of layout a read as values of type b without a conversion? */
function sameRepr(a: RType, b: RType, seen?: Set<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size || reprKind(a.kind) !== reprKind(b.kind)) return false;
  switch (a.kind) {
    case Kind.Array:
      return a.len === b.len && sameRepr(a.elem!, b.elem!, seen);
    case Kind.Struct: {
      const fa = a.fields!;
      const fb = b.fields!;
      return fa.length === fb.length &&
        fa.every((f, i) => f.prop === fb[i]!.prop && f.offset === fb[i]!.offset && sameRepr(f.type, fb[i]!.type, seen));
    }
    case Kind.Pointer: case Kind.Slice: case Kind.Chan: case Kind.Map: case Kind.Func: {
      // Element types may be recursive (type L *L): a pair met again is taken as the same.
      const key = `${a.id},${b.id}`;
      if (seen?.has(key)) return true;
      const s = seen ?? new Set<string>();
      s.add(key);
      if (a.kind === Kind.Map && !sameRepr(a.key!, b.key!, s)) return false;
      if (a.kind === Kind.Func) {
        const pa = [...a.params!, ...a.results!];
        const pb = [...b.params!, ...b.results!];
        return a.variadic === b.variadic && a.params!.length === b.params!.length &&
          pa.length === pb.length && pa.every((t, i) => sameRepr(t, pb[i]!, s));
      }
      return sameRepr(a.elem!, b.elem!, s);
    }
    case Kind.Interface:
      // An interface value read as one with fewer methods: its dynamic type has them all.
      return b.imethods!.every((m) => a.imethods!.some((n) => n.name === m.name && n.type.str === m.type.str));
    default:
      return true; // the same basic kind, or int/int64, uint/uint64/uintptr
  }
}

/** How a slot holding a value of type a is read and written as type b: get(slot value) is the
 *  value read, set(new value, slot value) the slot's new value. */
interface Conv {
  get(v: any): any;
  set(v: any, old: any): any;
}

const bits = new DataView(new ArrayBuffer(16));

/** Store v of kind k as its bytes at byte at (little-endian, as on amd64). */
function storeBits(k: Kind, v: any, at: number): void {
  switch (k) {
    case Kind.Bool: bits.setUint8(at, v ? 1 : 0); return;
    case Kind.Int8: bits.setInt8(at, v); return;
    case Kind.Uint8: bits.setUint8(at, v); return;
    case Kind.Int16: bits.setInt16(at, v, true); return;
    case Kind.Uint16: bits.setUint16(at, v, true); return;
    case Kind.Int32: bits.setInt32(at, v, true); return;
    case Kind.Uint32: bits.setUint32(at, v, true); return;
    case Kind.Float32: bits.setFloat32(at, v, true); return;
    case Kind.Int: case Kind.Int64: bits.setBigInt64(at, BigInt(v), true); return;
    case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: bits.setBigUint64(at, BigInt(v), true); return;
    case Kind.Float64: bits.setFloat64(at, v, true); return;
    case Kind.Complex64: bits.setFloat32(at, v.re, true); bits.setFloat32(at + 4, v.im, true); return;
    case Kind.Complex128: bits.setFloat64(at, v.re, true); bits.setFloat64(at + 8, v.im, true); return;
  }
}

function loadBits(k: Kind, at: number): any {
  switch (k) {
    case Kind.Bool: return bits.getUint8(at) !== 0;
    case Kind.Int8: return bits.getInt8(at);
    case Kind.Uint8: return bits.getUint8(at);
    case Kind.Int16: return bits.getInt16(at, true);
    case Kind.Uint16: return bits.getUint16(at, true);
    case Kind.Int32: return bits.getInt32(at, true);
    case Kind.Uint32: return bits.getUint32(at, true);
    case Kind.Float32: return bits.getFloat32(at, true);
    case Kind.Int: case Kind.Int64: return norm(bits.getBigInt64(at, true));
    case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: return norm(bits.getBigUint64(at, true));
    case Kind.Float64: return bits.getFloat64(at, true);
    case Kind.Complex64: return new Complex(bits.getFloat32(at, true), bits.getFloat32(at + 4, true));
    case Kind.Complex128: return new Complex(bits.getFloat64(at, true), bits.getFloat64(at + 8, true));
  }
}

const numberKinds = new Set<Kind>([
  Kind.Bool, Kind.Int8, Kind.Uint8, Kind.Int16, Kind.Uint16, Kind.Int32, Kind.Uint32, Kind.Float32,
  Kind.Int, Kind.Int64, Kind.Uint, Kind.Uint64, Kind.Uintptr, Kind.Float64, Kind.Complex64, Kind.Complex128,
]);

/** The conversion that reads byte off of a slot of type a as type b, or undefined. */
function view(a: RType, b: RType, off: number): Conv | undefined {
  if (numberKinds.has(a.kind) && numberKinds.has(b.kind) && off + b.size <= a.size) {
    return {
      get: (v) => (storeBits(a.kind, v, 0), loadBits(b.kind, off)),
      set: (v, old) => (storeBits(a.kind, old, 0), storeBits(b.kind, v, off), loadBits(a.kind, 0)),
    };
  }
  if (off !== 0) return undefined;
  // A pointer variable as an unsafe.Pointer variable, or the other way (atomic pointer code).
  if (a.kind === Kind.Pointer && b.kind === Kind.UnsafePointer) {
    return { get: (v) => unsafePointer(v, a.elem!), set: (v) => unsafePointerTo(v, a.elem!) };
  }
  if (a.kind === Kind.UnsafePointer && b.kind === Kind.Pointer) {
    return { get: (v) => unsafePointerTo(v, b.elem!), set: (v) => unsafePointer(v, b.elem!) };
  }
  return undefined;
}

/** A pointer that reads and writes a variable of another type through a conversion. */
export class ViewPtr extends Ptr {
  /** slot: the Ptr to the variable viewed; off: the byte of it that the view starts at. */
  constructor(readonly slot: Ptr, readonly off: number, private readonly conv: Conv) {
    super(slot.o, slot.k);
  }
  override get(): any {
    return this.conv.get(this.o[this.k]);
  }
  override set(v: any): void {
    this.o[this.k] = this.conv.set(v, this.o[this.k]);
  }
}

// ---- Pointers to addresses where gort has no object -----------------------------------------------

/** The address p holds when it points where gort has no object (an AddrPtr, or the struct or
 *  array object made for one), else undefined. */
function wildAddr(p: any): I64 | undefined {
  if (p instanceof AddrPtr) return p.addr;
  return p !== null && typeof p === "object" ? owner.t?.wildAddrs.get(p) : undefined;
}

const noValue = Object.freeze({}); // what the collector marks for an object at no memory

/** A Go struct, array or slice of type t over C memory: not supported (cgo/cptr.ts says why). */
function notOverCMemory(a: I64, t: string): void {
  if (machine?.cgo?.holds(a) === true) unsupported(`a Go ${t} over C memory (at 0x${a.toString(16)})`);
}

/** n elements of type elem over C memory at a (cgo/cptr.ts), or undefined when a is not in C
 *  memory; an array Go cannot hold there is not supported. t: the Go type, for the message. */
function cMemoryArray(a: I64, n: number, elem: RType, t: string): any[] | undefined {
  const cgo = machine?.cgo;
  if (cgo === undefined || !cgo.holds(a)) return undefined;
  const v = cgo.view(a as number, n, elem);
  if (typeof v === "string") unsupported(`a Go ${t} over C memory (at 0x${a.toString(16)}: ${v})`);
  return v as any[];
}

/** A pointer of type *elem (unsafe.Pointer when elem is undefined) to the address a where gort
 *  has no Go object: into the C program's memory (cgo/cptr.ts), or an AddrPtr. */
function wildPointer(a: I64, elem: RType | undefined): AddrPtr {
  return machine?.cgo?.pointer(a, elem) ?? new AddrPtr(a);
}

function noMemory(a: I64): never {
  unsupported(`a load or store at the address 0x${a.toString(16)}, where gort has no object,`);
}

/** (*elem)(p) for a pointer p to the address a where gort has no object: a pointer to a, or for a
 *  struct or array elem an object whose fields or elements cannot be read or written (one per
 *  address and type, so that pointers compare and %p prints the address). */
function wildPointerTo(a: I64, elem: RType): any {
  if (!isValueObject(elem)) return wildPointer(a, elem);
  if (elem.kind === Kind.Struct) notOverCMemory(a, `*${elem.str}`);
  if (typeof a !== "number") unsupported(`converting the address 0x${a.toString(16)} to *${elem.str}`);
  const key = `${a}:${elem.id ?? elem.str}`;
  let o = tables().wildObjs.get(key);
  if (o === undefined) {
    o = elem.kind === Kind.Struct ? wildStruct(a, elem)
      : cMemoryArray(a, elem.len!, elem.elem!, `*${elem.str}`) ?? wildArray(a, elem.len!, elem.elem!.size);
    tables().wildObjs.set(key, o);
    tables().wildAddrs.set(o, a);
    pinAddr(o, a);
  }
  return o;
}

function wildStruct(a: number, t: RType): object {
  const cls = (t.zero() as object).constructor as { prototype: object };
  const v = Object.create(cls.prototype);
  Object.defineProperty(v, "$view", { value: noValue }); // the collector marks nothing in it
  for (const f of t.fields!) {
    const at = a + f.offset;
    Object.defineProperty(v, f.prop, { get: () => noMemory(at), set: () => noMemory(at), enumerable: true });
  }
  return v;
}

/** An array of n elements at a where gort has no memory: its length is n, its elements fail. */
function wildArray(a: I64, n: number, elemSize: number): any[] {
  const index = (k: string | symbol): boolean => typeof k === "string" && /^(0|[1-9][0-9]*)$/.test(k);
  const at = (k: string): I64 => wrapU(BigInt(a) + BigInt(k) * BigInt(elemSize));
  return new Proxy([], {
    get(t, k, r) {
      if (k === "$view") return noValue;
      if (k === "length") return n;
      if (index(k)) noMemory(at(k as string));
      return Reflect.get(t, k, r);
    },
    set(t, k, x, r) {
      if (index(k)) noMemory(at(k as string));
      return Reflect.set(t, k, x, r);
    },
  });
}

// ---- What compiled code calls -------------------------------------------------------------------

/** unsafe.Pointer(p) for p of type *elem: p itself, with what it says about its objects. */
export function unsafePointer(p: any, elem: RType): any {
  if (p !== null) record(p, elem);
  return p;
}

/** unsafe.Pointer(&x) where x, of a struct or array type elem, is the field or element key of
 *  the container slot.o: the object x, with where it lies. */
export function unsafeElem(slot: Ptr, elem: RType): any {
  const o = slot.o;
  const t = typeof slot.k === "number" ? arrayLayout(elem, o.length) : structTypeOf(o);
  const x = o[slot.k];
  if (t !== undefined) {
    if (typeof slot.k === "number") recordArray(o, elem);
    tables().parents.set(x, { o, k: slot.k, t });
  }
  return unsafePointer(x, elem);
}

function describe(p: any): string {
  const l = locate(p);
  if (l === undefined) return "a pointer whose type gort does not know";
  if (p instanceof InteriorPtr) return `a pointer to byte ${l.off} of ${l.t.str}`;
  return l.off === 0 ? `a pointer to ${l.t.str}` : `a pointer to byte ${l.off} of ${l.t.str}`;
}

/** (*elem)(p) for an unsafe.Pointer p. */
export function unsafePointerTo(p: any, elem: RType): any {
  if (p === null) return null;
  const w = wildAddr(p);
  if (w !== undefined) return wildPointerTo(w, elem);
  const l = locate(p);
  if (l === undefined) {
    // Nothing recorded: p came from this type's own pointer (a pointer variable read as an
    // unsafe.Pointer) when it is an object of elem's representation.
    const st = structTypeOf(p);
    if (st !== undefined && sameRepr(st, elem)) return p;
    unsupported(`converting an unsafe.Pointer (${describe(p)}) to *${elem.str}`);
  }
  const r = resolve(l.root, l.t, l.off, elem);
  if (r === undefined) unsupported(`converting an unsafe.Pointer (${describe(p)}) to *${elem.str}`);
  record(r, elem);
  return r;
}

/** The address of a located root. */
function rootAddr(l: Loc): number {
  return l.root instanceof Ptr ? pointerAddr(l.root, l.t.size) : objAddr(l.root, l.t.size);
}

/** uintptr(p) for an unsafe.Pointer p: its address, remembered for converting it back. */
export function unsafeUintptr(p: any): I64 {
  if (p === null) return 0;
  const w = wildAddr(p);
  if (w !== undefined) return w;
  const l = locate(p);
  if (l === undefined) {
    const a = pointerAddr(p);
    remember(a, { root: p, t: undefined, size: 1 });
    return a;
  }
  const base = rootAddr(l);
  // The objects the pointer lies in get their place in the root as their address (%p agrees).
  if (p !== l.root && !(p instanceof Ptr)) pinAddr(p, base + l.off);
  remember(base, { root: l.root, t: l.t, size: Math.max(l.t.size, 1) });
  return base + l.off;
}

/** After a mark: forget the addresses whose heap objects were not reached (marked(address) is
 *  false), before sweep frees them and the allocator gives their slots to new objects. */
export function unsafeForgetDead(marked: (addr: number) => boolean): void {
  if (owner.t === null) return;
  for (const [a, e] of owner.t.addrTable) {
    const o = e.root instanceof Ptr ? e.root.o : e.root;
    const h = (o as { $addr?: unknown }).$addr;
    if (typeof h === "number" && h !== 0 && !marked(h)) owner.t.addrTable.delete(a);
  }
}

function remember(addr: number, e: AddrEntry): void {
  tables().addrTable.delete(addr);
  tables().addrTable.set(addr, e);
  if (tables().addrTable.size > addrTableSize) tables().addrTable.delete(tables().addrTable.keys().next().value as number);
}

/** unsafe.Pointer(u) for a uintptr u. */
export function unsafeFromUintptr(u: I64): any {
  if (u === 0) return null;
  if (typeof u === "number") {
    // The newest root the address is inside, else the newest it is one past the end of.
    let hit: [number, AddrEntry] | undefined;
    let end: [number, AddrEntry] | undefined;
    for (const [a, e] of tables().addrTable) {
      if (u >= a && u < a + e.size) hit = [a, e];
      else if (u === a + e.size && e.t !== undefined) end = [a, e];
    }
    hit ??= end;
    if (hit !== undefined) {
      const [a, e] = hit;
      if (e.t === undefined) {
        if (u === a) return e.root;
      } else {
        return natural(e.root, e.t, u - a);
      }
    }
  }
  if (!mayHoldObject(u)) return wildPointer(u, undefined);
  unsupported(`converting the uintptr 0x${u.toString(16)} to unsafe.Pointer (not the address of a live object that a conversion to uintptr gave)`);
}

/** unsafe.Add(p, n). */
export function unsafeAdd(p: any, n: I64): any {
  if (n === 0) return p;
  if (p === null) unsupported("unsafe.Add of a nil pointer");
  const w = wildAddr(p);
  if (w !== undefined) return unsafeFromUintptr(wrapU(BigInt(w) + BigInt(n)));
  const l = locate(p);
  if (l === undefined) unsupported(`unsafe.Add of ${describe(p)}`);
  if (typeof n !== "number") unsupported(`unsafe.Add of ${n} bytes`);
  const off = l.off + n;
  if (off < 0 || off > l.t.size) { // one past the end is a pointer too, never dereferenced
    unsupported(`unsafe.Add of ${n} bytes to ${describe(p)}, outside the ${l.t.size} bytes of ${l.t.str}`);
  }
  return natural(l.root, l.t, off);
}

/** The array of elements of elem's representation that byte off of x lies in: the outermost. */
function findArray(x: any, t: RType, off: number, elem: RType): { a: any[]; i: number; n: number } | undefined {
  if (t.kind === Kind.Array && sameRepr(t.elem!, elem) && elem.size > 0 && off % elem.size === 0) {
    return { a: x, i: off / elem.size, n: t.len! };
  }
  if (!isValueObject(t)) return undefined;
  const s = step(t, off);
  if (s === undefined || !isValueObject(s[1])) return undefined;
  return findArray(child(x, t, s[0], s[1]), s[1], off - s[2], elem);
}

/** unsafe.Slice(p, n) for p of type *elem (runtime.unsafeslice's checks, then the slice). */
export function unsafeSlice(p: any, n: I64, elem: RType): Slice | null {
  if (typeof n !== "number" || n < 0) throw new GoPanic(rt.runtimeError("unsafe.Slice: len out of range"));
  if (p === null) {
    if (n === 0) return null;
    if (elem.size > 0) throw new GoPanic(rt.runtimeError("unsafe.Slice: ptr is nil and len is not zero"));
    unsupported("unsafe.Slice of a nil pointer to a zero-size type");
  }
  const w = wildAddr(p);
  if (w !== undefined) {
    // runtime.unsafeslice: the elements must not run past the end of the address space.
    if (BigInt(n) * BigInt(elem.size) > 2n ** 64n - BigInt(w)) throw new GoPanic(rt.runtimeError("unsafe.Slice: len out of range"));
    const c = cMemoryArray(w, n, elem, `[]${elem.str}`);
    if (c !== undefined && c.length < n) unsupported(`a Go []${elem.str} of ${n} elements over C memory (at 0x${w.toString(16)}: past its end)`);
    return new Slice(c ?? wildArray(w, n, elem.size), 0, n, n);
  }
  record(p, elem);
  const l = locate(p);
  if (l === undefined) unsupported(`unsafe.Slice of ${describe(p)}`);
  if (n * elem.size > 2 ** 64 - (rootAddr(l) + l.off)) {
    throw new GoPanic(rt.runtimeError("unsafe.Slice: len out of range"));
  }
  const arr = findArray(l.root, l.t, l.off, elem);
  if (arr === undefined) {
    if (n === 0) return new Slice([], 0, 0, 0);
    // The elements as a view (the bytes of a number, the words of a struct).
    const v = resolve(l.root, l.t, l.off, arrayLayout(elem, n));
    if (v !== undefined) return new Slice(v, 0, n, n);
    unsupported(`unsafe.Slice of ${describe(p)}, which is not an element of an array of ${elem.str}`);
  }
  if (arr.i + n > arr.n) {
    unsupported(`unsafe.Slice of ${n} elements from element ${arr.i} of an array of ${arr.n}`);
  }
  recordArray(arr.a, elem);
  return new Slice(arr.a, arr.i, n, n);
}

/** p == q for unsafe.Pointers: the same location (a struct and its first field are equal). */
export function unsafeEqual(p: any, q: any): boolean {
  if (ptrEqual(p, q)) return true;
  if (p === null || q === null) return false;
  const wp = wildAddr(p);
  const wq = wildAddr(q);
  if (wp !== undefined || wq !== undefined) return (wp ?? unsafeUintptr(p)) === (wq ?? unsafeUintptr(q));
  const a = locate(p);
  const b = locate(q);
  return a !== undefined && b !== undefined && a.root === b.root && a.off === b.off;
}
