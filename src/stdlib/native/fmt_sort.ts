// The key order fmt prints maps in, and the addresses fmt prints pointers as.
//
// Models Go 1.19's internal/fmtsort/sort.go (compare, Sort) and reflect.Value.Pointer as fmt
// uses it for %p and %v of chans, funcs, maps, pointers and slices.
//
// Terms:
//   - Address: a simulated uintptr. An object that carries a numeric `$addr` property (set by
//     the allocator model) has that address; any other object gets the stand-in address of
//     runtime/addr.ts, shared with print and pointer hashing.
//
// Invariants: addresses are stable for the life of an object and never 0 for a non-nil value.
//
// Simplifications vs real Go:
//   - Interface keys of different dynamic types: Go orders them by the address of the type
//     descriptor, and its linker lays the descriptors out by symbol size, then name
//     (cmd/link dodataSect). gort orders them by its estimate of that size (typeSymbolSize),
//     then by type string: exact for the predeclared types (float64 < int < string), for
//     string and a struct or array key, and in the cases measured.
//   - Stand-in addresses follow the order in which fmt first sees objects, not allocation order.

import { newMapType, type MapType } from "../../runtime/map_fast.js";
import { mapEntries } from "../../runtime/map_iter.js";
import { objAddr, pointerAddr } from "../../runtime/addr.js";
import { Complex, Iface, Kind, Slice, type RType } from "../../runtime/value.js";


/** reflect.Value.Pointer for a value of type t: 0 for nil. */
export function pointerOf(t: RType, v: any): number {
  if (v === null || v === undefined) return 0;
  switch (t.kind) {
    case Kind.Slice: {
      const s = v as Slice;
      const es = t.elem!.size;
      return objAddr(s.a, s.cap * es) + s.off * es;
    }
    case Kind.Pointer:
    case Kind.UnsafePointer:
      return pointerAddr(v, t.elem?.size ?? 8);
    case Kind.Func:
      return objAddr(v, 8, true);
    default:
      return objAddr(v, 48);
  }
}

function cmpNum(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cmpFloat(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0;
  if (Number.isNaN(a) && !Number.isNaN(b)) return -1;
  if (!Number.isNaN(a) && Number.isNaN(b)) return 1;
  return 0;
}

/** fmtsort.compare: -1, 0 or 1, ordering two values of type t. */
export function compare(t: RType, a: any, b: any): number {
  switch (t.kind) {
    case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
    case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64:
    case Kind.Uintptr:
      return cmpNum(a, b);
    case Kind.String:
      return a < b ? -1 : a > b ? 1 : 0;
    case Kind.Float32: case Kind.Float64:
      return cmpFloat(a, b);
    case Kind.Complex64: case Kind.Complex128: {
      const c = cmpFloat((a as Complex).re, (b as Complex).re);
      return c !== 0 ? c : cmpFloat((a as Complex).im, (b as Complex).im);
    }
    case Kind.Bool:
      return a === b ? 0 : a ? 1 : -1;
    case Kind.Pointer: case Kind.UnsafePointer: case Kind.Chan:
      return cmpNum(pointerOf(t, a), pointerOf(t, b));
    case Kind.Struct:
      for (const f of t.fields!) {
        const c = compare(f.type, a[f.prop], b[f.prop]);
        if (c !== 0) return c;
      }
      return 0;
    case Kind.Array:
      for (let i = 0; i < t.len!; i++) {
        const c = compare(t.elem!, a[i], b[i]);
        if (c !== 0) return c;
      }
      return 0;
    case Kind.Interface:
      return compareIface(a as Iface | null, b as Iface | null);
    default:
      throw new Error("bad type in compare: " + t.str);
  }
}

function compareIface(a: Iface | null, b: Iface | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (a.t !== b.t) {
    const sa = typeSymbolSize(a.t);
    const sb = typeSymbolSize(b.t);
    if (sa !== sb) return sa < sb ? -1 : 1;
  }
  const c = a.t.str < b.t.str ? -1 : a.t.str > b.t.str ? 1 : cmpNum(a.t.id, b.t.id);
  return c !== 0 ? c : compare(a.t, a.v, b.v);
}

/** The size of Go 1.19's type descriptor symbol for t on amd64 (reflectdata's writeType): the
 *  48-byte rtype, the kind's own fields, an uncommontype (16 bytes, and 16 a method) for a
 *  named type or one with methods, then the kind's trailing array (a struct's fields, an
 *  interface's methods, a func's parameters). */
function typeSymbolSize(t: RType): number {
  let n = 48;
  let tail = 0;
  // Every basic type is a named type in Go (int, string...: the predeclared ones have symbols).
  let basic = false;
  switch (t.kind) {
    case Kind.Array: n += 24; break;
    case Kind.Chan: n += 16; break;
    case Kind.Map: n += 40; break;
    case Kind.Pointer: case Kind.Slice: n += 8; break;
    case Kind.Struct: n += 32; tail = 24 * (t.fields?.length ?? 0); break;
    case Kind.Interface: n += 32; tail = 8 * (t.imethods?.length ?? 0); break;
    case Kind.Func: n += 8; tail = 8 * ((t.params?.length ?? 0) + (t.results?.length ?? 0)); break;
    default: basic = true;
  }
  if (t.named || basic || t.methods.length > 0) n += 16 + 16 * t.methods.length;
  return n + tail;
}

// By key and element type: immutable descriptors, shared by every machine (link.ts mapType).
const mapTypes = new WeakMap<RType, MapType>();

/** The map model's descriptor for a map RType: the hmap's own, or one built once per type. */
function mapTypeOf(t: RType, h: any): MapType {
  if (h.t !== undefined) return h.t as MapType;
  let mt = mapTypes.get(t);
  if (mt === undefined) {
    mt = newMapType(t.key!, t.elem!);
    mapTypes.set(t, mt);
  }
  return mt;
}

/** fmtsort.Sort: the map's entries, sorted by key. t is the map's RType. */
export function sortedEntries(t: RType, h: any): [any, any][] {
  const es = mapEntries(mapTypeOf(t, h), h) as [any, any][];
  const key = t.key!;
  // Array.prototype.sort is stable, as sort.Stable is.
  return es.slice().sort((x, y) => compare(key, x[0], y[0]));
}
