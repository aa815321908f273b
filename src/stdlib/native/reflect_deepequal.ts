// reflect.DeepEqual over gort's values.
//
// Models Go 1.19's reflect/deepequal.go: identical dynamic types first, then a walk by kind.
// Arrays and structs compare element by element and field by field (blank fields too); slices
// and maps compare nil-ness, length, then (unless they share their data) elements, entries by
// key; pointers and interfaces compare what they point to or hold; funcs are equal only when
// both are nil; numbers by ==, so NaN is never deeply equal to itself.
//
// Terms: visited is Go's map of (address, address, type) for the "hard" kinds (non-nil
// pointers, maps, slices, interfaces): a pair met again on the walk is taken as equal, which
// ends the walk over cyclic data. gort's stand-in for an address is the identity of the object
// a reference holds (a Ptr's container and key, a Slice's backing array and offset, an hmap, an
// Iface), numbered per call.
//
// Invariant: the walk calls no Go code and never yields (map lookups use the plain model
// entry points), so DeepEqual is a plain native.

import { mapaccess2p, maplen, type Hmap } from "../../runtime/map.js";
import { mapEntries } from "../../runtime/map_iter.js";
import { mapType } from "../../runtime/link.js";
import { Complex, Iface, Kind, Ptr, Slice, ptrEqual, type RType } from "../../runtime/value.js";

class Visited {
  private ids = new Map<object, number>();
  private seen = new Set<string>();

  private id(o: object): number {
    let n = this.ids.get(o);
    if (n === undefined) this.ids.set(o, (n = this.ids.size + 1));
    return n;
  }

  /** The stand-in address of a reference value of type t. */
  private addr(t: RType, v: any): string {
    if (v instanceof Ptr) return `${this.id(v.o)}.${String(v.k)}`;
    if (t.kind === Kind.Slice) return `${this.id((v as Slice).a)}.${(v as Slice).off}`;
    return String(this.id(v as object));
  }

  /** Was (a, b, t) met before? Records it. */
  check(t: RType, a: any, b: any): boolean {
    let x = this.addr(t, a);
    let y = this.addr(t, b);
    if (x > y) [x, y] = [y, x];
    const key = `${x}|${y}|${t.id}`;
    if (this.seen.has(key)) return true;
    this.seen.add(key);
    return false;
  }
}

function hard(t: RType, a: any, b: any): boolean {
  switch (t.kind) {
    case Kind.Pointer: case Kind.Map: case Kind.Slice: case Kind.Interface:
      return a !== null && b !== null;
  }
  return false;
}

function deepValueEqual(t: RType, a: any, b: any, visited: Visited): boolean {
  if (hard(t, a, b) && visited.check(t, a, b)) return true;
  switch (t.kind) {
    case Kind.Array: {
      const e = t.elem!;
      for (let i = 0; i < t.len!; i++) if (!deepValueEqual(e, a[i], b[i], visited)) return false;
      return true;
    }
    case Kind.Slice: {
      if ((a === null) !== (b === null)) return false;
      if (a === null) return true;
      const x = a as Slice;
      const y = b as Slice;
      if (x.len !== y.len) return false;
      if (x.a === y.a && x.off === y.off) return true;
      const e = t.elem!;
      for (let i = 0; i < x.len; i++) if (!deepValueEqual(e, x.a[x.off + i], y.a[y.off + i], visited)) return false;
      return true;
    }
    case Kind.Interface: {
      if (a === null || b === null) return a === b;
      const x = a as Iface;
      const y = b as Iface;
      if (x.t !== y.t) return false;
      return deepValueEqual(x.t, x.v, y.v, visited);
    }
    case Kind.Pointer: {
      if (ptrEqual(a, b)) return true;
      if (a === null || b === null) return false;
      const e = t.elem!;
      const isObj = e.kind === Kind.Struct || e.kind === Kind.Array;
      return deepValueEqual(e, isObj ? a : (a as Ptr).get(), isObj ? b : (b as Ptr).get(), visited);
    }
    case Kind.Struct: {
      for (const f of t.fields!) if (!deepValueEqual(f.type, a[f.prop], b[f.prop], visited)) return false;
      return true;
    }
    case Kind.Map: {
      if ((a === null) !== (b === null)) return false;
      if (a === null) return true;
      const x = a as Hmap;
      const y = b as Hmap;
      if (maplen(x) !== maplen(y)) return false;
      if (x === y) return true;
      const mt = mapType(t.key!, t.elem!);
      for (const [k, v1] of mapEntries(mt, x)) {
        const [v2, ok] = mapaccess2p(mt, y, k);
        if (!ok || !deepValueEqual(t.elem!, v1, v2, visited)) return false;
      }
      return true;
    }
    case Kind.Func:
      return a === null && b === null;
    case Kind.Complex64: case Kind.Complex128:
      return (a as Complex).re === (b as Complex).re && (a as Complex).im === (b as Complex).im;
    case Kind.Chan: case Kind.UnsafePointer:
      return ptrEqual(a, b);
    default:
      // Booleans, numbers (canonical I64: === is ==; NaN !== NaN) and strings.
      return a === b;
  }
}

/** reflect.DeepEqual(x, y). */
export function deepEqual(x: Iface | null, y: Iface | null): boolean {
  if (x === null || y === null) return x === y;
  if (x.t !== y.t) return false;
  return deepValueEqual(x.t, x.v, y.v, new Visited());
}
