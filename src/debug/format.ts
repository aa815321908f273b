// Go values in Delve's syntax, for print, locals and args: a compiled program's JS value read
// by a line hook (compiler/stmt.ts dbgLine), formatted by its Go type.
//
// Delve prints `main.T {a: 1, b: "x"}`, `[]int len: 3, cap: 4, [1,2,3]`,
// `map[string]int ["a": 1, ]`, `*main.T {...}`, `(*int)(0xc000012345)` and `nil`; this does the
// same for gort's representations (runtime/value.ts: Slice, Ptr, Iface; map.ts: Hmap).

import * as T from "../frontend/types.js";
import { typeString, under } from "../compiler/typeutil.js";
import { fieldProp } from "../compiler/typetable.js";
import { Complex, Iface, Ptr, Slice } from "../runtime/value.js";
import { Box, Hmap, minTopHash, type Bmap, bucketArr, bucketOff, oslot, ooslot } from "../runtime/map.js";
import { bytesToText } from "../base/utf8.js";

/** How many elements of a slice, array or map are shown (Delve's default is 64). */
const maxElems = 64;
/** How deep nested values are followed before `{...}`. */
const maxDepth = 3;

/** The Go value v of type t as Delve prints it. */
export function formatValue(v: unknown, t: T.Type, depth = 0): string {
  // A value laid out otherwise than the compiler lays out its type (a native's) is not read.
  if (v === undefined) return "(unreadable)";
  const u = under(t);
  switch (u.tag) {
    case "Basic": return basicText(v);
    case "Struct": return depth > maxDepth ? `${typeString(t)} {...}` : `${typeString(t)} {${structFields(v, u, depth)}}`;
    case "Pointer": return pointerText(v, t, u, depth);
    case "Slice": return sliceText(v, t, u.elem, depth);
    case "Array": return Array.isArray(v) ? `${typeString(t)} ${elemsText(v, 0, v.length, u.elem, depth)}` : "(unreadable)";
    case "Map": return mapText(v, t, u, depth);
    case "Interface": return ifaceText(v, t);
    default: return v === null || v === undefined ? `${typeString(t)} nil` : `${typeString(t)} {...}`;
  }
}

function basicText(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(bytesToText(v));
  if (v instanceof Complex) return `(${v.re} + ${v.im}i)`;
  if (v === null || v === undefined) return "nil";
  if (typeof v === "object") return "{...}";
  return String(v);
}

function structFields(v: unknown, s: T.Struct, depth: number): string {
  if (typeof v !== "object" || v === null) return "(unreadable)";
  const o = v as Record<string, unknown>;
  return s.fields.map((f, i) => `${f.name}: ${formatValue(o[fieldProp(f.name, i)], f.type, depth + 1)}`).join(", ");
}

/** The address gort gave an object (the heap's $addr), 0 when it has none. */
function addrOf(v: unknown): number {
  const o = v instanceof Ptr ? v.o : v;
  return typeof o === "object" && o !== null && "$addr" in o ? Number((o as { $addr: number }).$addr) : 0;
}

function pointerText(v: unknown, t: T.Type, p: T.Pointer, depth: number): string {
  if (v === null || v === undefined) return `${typeString(t)} nil`;
  if (under(p.elem).tag === "Struct" && depth <= maxDepth) return "*" + formatValue(v, p.elem, depth + 1);
  return `(${typeString(t)})(0x${addrOf(v).toString(16)})`;
}

function sliceText(v: unknown, t: T.Type, elem: T.Type, depth: number): string {
  if (!(v instanceof Slice)) return `${typeString(t)} len: 0, cap: 0, nil`;
  return `${typeString(t)} len: ${v.len}, cap: ${v.cap}, ${elemsText(v.a, v.off, v.len, elem, depth)}`;
}

function elemsText(a: unknown[], off: number, n: number, elem: T.Type, depth: number): string {
  if (depth > maxDepth) return "[...]";
  const xs: string[] = [];
  for (let i = 0; i < Math.min(n, maxElems); i++) xs.push(formatValue(a[off + i], elem, depth + 1));
  return `[${xs.join(",")}${n > maxElems ? `,...+${n - maxElems} more` : ""}]`;
}

/** A map's live slots, bucket by bucket (as Delve walks them; the old buckets of a growing map
 *  are not shown). */
function mapText(v: unknown, t: T.Type, m: T.MapT, depth: number): string {
  if (!(v instanceof Hmap)) return `${typeString(t)} nil`;
  if (depth > maxDepth) return `${typeString(t)} [...]`;
  let s = "";
  let n = 0;
  const slot = (x: unknown): unknown => (x instanceof Box ? x.v : x);
  const nb = v.buckets?.n ?? 0;
  for (let j = 0; j < nb; j++) {
    for (let b: Bmap | null = bucketArr(v.buckets!, j), o = bucketOff(j); b !== null;) {
      for (let i = o; i < o + 8; i++) {
        if ((b[i] as number) < minTopHash || n++ >= maxElems) continue;
        s += `${formatValue(slot(b[8 + i]), m.key, depth + 1)}: ${formatValue(slot(b[16 + i]), m.elem, depth + 1)}, `;
      }
      const nx: Bmap | null = b[o + oslot];
      o = b[o + ooslot];
      b = nx;
    }
  }
  return `${typeString(t)} [${s}${n > maxElems ? `...+${n - maxElems} more` : ""}]`;
}

function ifaceText(v: unknown, t: T.Type): string {
  if (!(v instanceof Iface)) return `${typeString(t)} nil`;
  const inner = typeof v.v === "string" ? JSON.stringify(bytesToText(v.v)) : typeof v.v === "object" && v.v !== null ? "{...}" : String(v.v);
  return `${typeString(t)}(${v.t.str}) ${inner}`;
}
