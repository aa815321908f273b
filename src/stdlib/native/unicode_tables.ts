// Natives of package unicode that build its range tables: table(i, t) and caseRanges(t).
//
// Models the data of Go 1.19's unicode/tables.go. Go's linker lays the tables out in the data
// segment; here a table is built from unicode_tables.gen.ts when the package initializes, as
// static data: its objects are never given to the allocator model (no heap bytes, no mallocs,
// as in Go), and the marker scans them as interior objects reached from the package variables.
//
// Terms: proto — a typed nil (*RangeTable)(nil) or (*CaseRange)(nil) that the Go side passes
// so that the native can reach the struct types (their JS classes, through RType.zero) and
// field properties (RField.prop).
//
// Invariant: every run gets fresh objects (a program may write to a table); the text is decoded
// to numbers once per process.

import { Slice, type Iface, type RType, type GoStruct } from "../../runtime/value.js";
import { caseRanges as caseRangeText, rangeTables } from "./unicode_tables.gen.js";

const UpperLower = 0x110000;

/** A range list "lo[-hi][/stride] ..." as flat [lo, hi, stride, ...]; null for a nil slice. */
function decode(s: string | null): number[] | null {
  if (s === null) return null;
  const out: number[] = [];
  if (s === "") return out;
  for (const r of s.split(" ")) {
    const slash = r.indexOf("/");
    const stride = slash < 0 ? 1 : parseInt(r.slice(slash + 1), 16);
    const span = slash < 0 ? r : r.slice(0, slash);
    const dash = span.indexOf("-");
    const lo = parseInt(dash < 0 ? span : span.slice(0, dash), 16);
    const hi = dash < 0 ? lo : parseInt(span.slice(dash + 1), 16);
    out.push(lo, hi, stride);
  }
  return out;
}

const decoded: ({ lat: number; r16: number[] | null; r32: number[] | null } | undefined)[] = [];

function prop(t: RType, name: string): string {
  const f = t.fields?.find((x) => x.name === name);
  if (f === undefined) throw new Error(`unicode: no field ${name} in ${t.str}`);
  return f.prop;
}

/** A []Range16 or []Range32 of the flat ranges (element type et). */
function ranges(flat: number[] | null, st: RType): Slice | null {
  if (flat === null) return null;
  const et = st.elem!;
  const lo = prop(et, "Lo"), hi = prop(et, "Hi"), stride = prop(et, "Stride");
  const a: any[] = [];
  for (let i = 0; i < flat.length; i += 3) {
    const g = et.zero() as GoStruct;
    g[lo] = flat[i]!;
    g[hi] = flat[i + 1]!;
    g[stride] = flat[i + 2]!;
    a.push(g);
  }
  return new Slice(a, 0, a.length, a.length);
}

/** table(i, proto): the i-th RangeTable of the generated data. */
function table(i: number, proto: Iface): object {
  let d = decoded[i];
  if (d === undefined) {
    const [, lat, r16, r32] = rangeTables[i]!;
    d = decoded[i] = { lat, r16: decode(r16), r32: decode(r32) };
  }
  const tt = proto.t.elem!;
  const t = tt.zero() as GoStruct;
  const f16 = tt.fields!.find((f) => f.name === "R16")!;
  const f32 = tt.fields!.find((f) => f.name === "R32")!;
  t[f16.prop] = ranges(d.r16, f16.type);
  t[f32.prop] = ranges(d.r32, f32.type);
  t[prop(tt, "LatinOffset")] = d.lat;
  return t;
}

// Decoded on first use; immutable, shared by every machine.
let caseFlat: number[] | undefined;

/** caseRanges(proto): Go's _CaseRanges, a []CaseRange. */
function caseRanges(proto: Iface): Slice {
  if (caseFlat === undefined) {
    caseFlat = [];
    for (const r of caseRangeText.split(" ")) {
      const [span, deltas] = r.split(":") as [string, string];
      const [lo, hi] = span.split("-") as [string, string];
      caseFlat.push(parseInt(lo, 16), parseInt(hi, 16), ...deltas.split(",").map((x) => (x === "UL" ? UpperLower : Number(x))));
    }
  }
  const et = proto.t.elem!;
  const lo = prop(et, "Lo"), hi = prop(et, "Hi"), delta = prop(et, "Delta");
  const a: any[] = [];
  for (let i = 0; i < caseFlat.length; i += 5) {
    const c = et.zero() as GoStruct;
    c[lo] = caseFlat[i]!;
    c[hi] = caseFlat[i + 1]!;
    c[delta] = [caseFlat[i + 2], caseFlat[i + 3], caseFlat[i + 4]];
    a.push(c);
  }
  return new Slice(a, 0, a.length, a.length);
}

export const tableNatives: Record<string, Function> = { table, caseRanges };
