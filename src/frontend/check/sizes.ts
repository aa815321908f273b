// Sizes, alignments and field offsets of types, as gc lays them out on amd64.
//
// Models Go 1.19's go/types sizes.go (StdSizes{WordSize: 8, MaxAlign: 8}) with the differences
// of cmd/compile/internal/noder/sizes.go (gcSizes), which is what unsafe.Sizeof, Alignof and
// Offsetof evaluate to in a program gc compiles:
//   - an array's size is elem size × len (the elem size already includes its padding);
//   - a struct whose last field has size zero and a non-zero offset gets one byte more before
//     rounding to its alignment, so that the address of that field is inside the object;
//   - complex64 and complex128 are aligned like [2]float32 and [2]float64;
//   - strings, slices and interfaces are aligned to a word.
// The compiler sizes allocations (new of an array) and stack frames with the same functions, so
// there is one definition of a type's layout on the compile side; runtime/rtypes.ts computes
// the same numbers for the run-time types (it may not import the front end).
//
// Simplification: gcSizes' sync/atomic.align64 special case is not modelled (gort's
// sync/atomic has no align64), and a size that overflows int64 is not reported here
// (compiler/sizecheck.ts reports gc's "type too large" errors).

import * as types from "../types.js";
import { BasicKind as K } from "../types.js";

const under = types.underlying;

/** The size in bytes of a Basic kind (gcSizes.Sizeof's basicSizes plus words). */
export function basicSize(k: K): number {
  switch (k) {
    case K.Bool: case K.Int8: case K.Uint8: return 1;
    case K.Int16: case K.Uint16: return 2;
    case K.Int32: case K.Uint32: case K.Float32: return 4;
    case K.Int: case K.Int64: case K.Uint: case K.Uint64: case K.Uintptr: case K.Float64:
    case K.Complex64: case K.UnsafePointer: return 8;
    case K.Complex128: case K.String: return 16;
    default: return 8;
  }
}

/** A struct's or array's size and alignment, once computed: a struct's size asks for its
 *  fields' sizes and alignments more than once, so without these a type nested n deep took
 *  3^n steps (a 24-deep struct, 8 s). Types do not change once checked. */
const sizes = new WeakMap<types.Type, number>();
const aligns = new WeakMap<types.Type, number>();

/** gcSizes.Sizeof: the size in bytes of a value of type t. */
export function sizeof(t: types.Type): number {
  const u = under(t);
  switch (u.tag) {
    case "Basic": return basicSize(u.kind);
    case "Slice": return 24;
    case "Interface": return 16;
    case "Array": case "Struct": {
      let n = sizes.get(u);
      if (n === undefined) sizes.set(u, (n = aggregateSize(u)));
      return n;
    }
    default: return 8; // pointers, maps, chans, funcs
  }
}

function aggregateSize(u: types.ArrayT | types.Struct): number {
  if (u.tag === "Array") return u.len <= 0 ? 0 : sizeof(u.elem) * u.len;
  const n = u.fields.length;
  if (n === 0) return 0;
  const offsets = offsetsof(u);
  let last = sizeof(u.fields[n - 1]!.type);
  if (last === 0 && offsets[n - 1]! > 0) last = 1;
  return roundUp(offsets[n - 1]! + last, alignof(u));
}

/** gcSizes.Alignof: the alignment in bytes of a variable of type t. */
export function alignof(t: types.Type): number {
  const u = under(t);
  switch (u.tag) {
    case "Array": return alignof(u.elem);
    case "Struct": {
      let a = aligns.get(u);
      if (a === undefined) aligns.set(u, (a = u.fields.reduce((m, f) => Math.max(m, alignof(f.type)), 1)));
      return a;
    }
    case "Slice": case "Interface": return 8;
    case "Basic":
      if (u.kind === K.String) return 8;
      if (u.kind === K.Complex64) return 4;
      if (u.kind === K.Complex128) return 8;
  }
  const a = sizeof(t);
  return a < 1 ? 1 : Math.min(a, 8);
}

/** gcSizes.Offsetsof: the offsets of a struct's fields. */
function offsetsof(s: types.Struct): number[] {
  const out: number[] = [];
  let o = 0;
  for (const f of s.fields) {
    o = roundUp(o, alignof(f.type));
    out.push(o);
    o += sizeof(f.type);
  }
  return out;
}

/** go/types' Config.offsetof: the offset of the field reached by index (a path through embedded
 *  fields, none of them through a pointer) from the start of a value of type t. */
export function offsetof(t: types.Type, index: number[]): number {
  let off = 0;
  for (const i of index) {
    const s = under(t) as types.Struct;
    off += offsetsof(s)[i]!;
    t = s.fields[i]!.type;
  }
  return off;
}

function roundUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}
