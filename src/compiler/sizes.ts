// Type sizes as cmd/compile lays them out on amd64 (go/types' StdSizes for gc/amd64).
//
// The run-time types (runtime/rtypes.ts) compute the same numbers; the compiler needs them
// where it must not reference an RType: an array's RType can only be declared after its
// element is resolved, and a named element may refer back to the array through a pointer
// (type T *[10]T), so `new([10]T)` is allocated by its size alone (newobject.ts).

import * as T from "../frontend/types.js";
import { under } from "./typeutil.js";

const K = T.BasicKind;

/** The size in bytes of a value of type t. */
export function sizeof(t: T.Type): number {
  const u = under(t);
  switch (u.tag) {
    case "Basic":
      switch (u.kind) {
        case K.Bool: case K.Int8: case K.Uint8: return 1;
        case K.Int16: case K.Uint16: return 2;
        case K.Int32: case K.Uint32: case K.Float32: return 4;
        case K.Complex128: return 16;
        case K.String: return 16;
        default: return 8;
      }
    case "Array":
      return u.len * sizeof(u.elem);
    case "Slice":
      return 24;
    case "Interface":
      return 16;
    case "Struct": {
      let off = 0;
      let align = 1;
      for (const f of u.fields) {
        const a = alignof(f.type);
        align = Math.max(align, a);
        off = Math.ceil(off / a) * a + sizeof(f.type);
      }
      // A struct ending in a zero-size field is padded (cmd/compile), as rtypes.ts does.
      if (u.fields.length > 0 && sizeof(u.fields[u.fields.length - 1]!.type) === 0 && off > 0) off++;
      return Math.ceil(off / align) * align;
    }
  }
  return 8; // pointers, maps, chans, funcs
}

function alignof(t: T.Type): number {
  const u = under(t);
  if (u.tag === "Array") return alignof(u.elem);
  if (u.tag === "Struct") return u.fields.reduce((a, f) => Math.max(a, alignof(f.type)), 1);
  if (u.tag === "Basic" && u.kind === K.Complex64) return 4;
  return Math.min(sizeof(t), 8) || 1;
}
