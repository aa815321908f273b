// Test helpers for the map and hash tests: minimal RTypes, a fake Env, and a generator driver.
//
// The RTypes here are just complete enough for the map model (kind, size, align, ptrdata,
// comparable, equal, zero, clone, and fields/elem/len for composites); the real ones are built
// by the compiler. Struct values are plain objects keyed by field name.

import { Prng } from "../base/prng.js";
import type { Env } from "./env.js";
import { Complex, Iface, Kind, type RField, type RType, type GoStruct } from "./value.js";
import { STEP, type GoGen } from "./yield.js";
import { machine, setMachine, type MachineApi } from "./state.js";

// The map operations' steps ask the machine whether to yield (stepNow): with no machine, each
// yields STEP, so that the tests can interleave two operations at their steps.
if (machine === undefined) setMachine({ stepNow: () => STEP } as unknown as MachineApi);

let nextId = 1000;

function mk(p: Partial<RType> & Pick<RType, "kind" | "str" | "size">): RType {
  return {
    id: nextId++, named: false, pkgPath: "", name: "", align: Math.min(p.size, 8) || 1,
    ptrdata: 0, methods: [], comparable: true, equal: (a, b) => a === b, zero: () => 0,
    clone: (v) => v, ...p,
  };
}

export const tBool = mk({ kind: Kind.Bool, str: "bool", size: 1, zero: () => false });
export const tInt = mk({ kind: Kind.Int, str: "int", size: 8 });
export const tInt8 = mk({ kind: Kind.Int8, str: "int8", size: 1 });
export const tInt16 = mk({ kind: Kind.Int16, str: "int16", size: 2 });
export const tUint16 = mk({ kind: Kind.Uint16, str: "uint16", size: 2 });
export const tInt32 = mk({ kind: Kind.Int32, str: "int32", size: 4 });
export const tInt64 = mk({ kind: Kind.Int64, str: "int64", size: 8 });
export const tFloat32 = mk({ kind: Kind.Float32, str: "float32", size: 4 });
export const tFloat64 = mk({ kind: Kind.Float64, str: "float64", size: 8 });
const complexEq = (a: Complex, b: Complex): boolean => a.re === b.re && a.im === b.im;
export const tComplex64 = mk({
  kind: Kind.Complex64, str: "complex64", size: 8, align: 4, equal: complexEq,
  zero: () => new Complex(0, 0),
});
export const tComplex128 = mk({
  kind: Kind.Complex128, str: "complex128", size: 16, equal: complexEq,
  zero: () => new Complex(0, 0),
});
export const tString = mk({
  kind: Kind.String, str: "string", size: 16, ptrdata: 8, zero: () => "",
});
export const tSliceInt = mk({
  kind: Kind.Slice, str: "[]int", size: 24, ptrdata: 8, comparable: false, zero: () => null,
});

function ifaceEqual(a: Iface | null, b: Iface | null): boolean {
  if (a === null || b === null) return a === b;
  return a.t === b.t && a.t.equal(a.v, b.v);
}

export const tIface = mk({
  kind: Kind.Interface, str: "interface {}", size: 16, ptrdata: 16, equal: ifaceEqual,
  zero: () => null, imethods: [],
});

export function ptrTo(elem: RType): RType {
  return mk({
    kind: Kind.Pointer, str: "*" + elem.str, size: 8, ptrdata: 8, elem, zero: () => null,
  });
}

function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

/** A struct type with amd64 layout; values are plain objects keyed by field name. */
export function structType(str: string, spec: [string, RType][]): RType {
  let off = 0, align = 1, ptrdata = 0;
  const fields: RField[] = spec.map(([name, type]) => {
    off = alignUp(off, type.align);
    const f: RField = {
      name, prop: name, type, embedded: false, exported: true, tag: "", offset: off,
    };
    if (type.ptrdata > 0) ptrdata = off + type.ptrdata;
    off += type.size;
    align = Math.max(align, type.align);
    return f;
  });
  const size = alignUp(off, align);
  const live = fields.filter((f) => f.name !== "_");
  return mk({
    kind: Kind.Struct, str, size, align, ptrdata, fields,
    comparable: fields.every((f) => f.type.comparable),
    equal: (a, b) => live.every((f) => f.type.equal((a as GoStruct)[f.prop]!, (b as GoStruct)[f.prop]!)),
    zero: () => Object.fromEntries(fields.map((f) => [f.prop, f.type.zero()])),
    clone: (v) => Object.fromEntries(fields.map((f) => [f.prop, f.type.clone((v as GoStruct)[f.prop]!)])),
  });
}

/** An array type [len]elem; values are JS arrays. */
export function arrayType(elem: RType, len: number): RType {
  return mk({
    kind: Kind.Array, str: `[${len}]${elem.str}`, size: elem.size * len, align: elem.align,
    ptrdata: elem.ptrdata > 0 ? elem.size * (len - 1) + elem.ptrdata : 0, elem, len,
    comparable: elem.comparable,
    equal: (a: any[], b: any[]) => a.every((x, i) => elem.equal(x, b[i])),
    zero: () => Array.from({ length: len }, () => elem.zero()),
    clone: (v: any[]) => v.map((x) => elem.clone(x)),
  });
}

/** A fake Env that counts allocations. */
interface FakeEnv extends Env {
  allocs: number;
  bytes: number;
  noscanAllocs: number;
}

export function fakeEnv(seed: number): FakeEnv {
  const env: FakeEnv = {
    prng: new Prng(seed),
    allocs: 0,
    bytes: 0,
    noscanAllocs: 0,
    newobject(size: number, noscan: boolean): number {
      env.allocs++;
      env.bytes += size;
      if (noscan) env.noscanAllocs++;
      return 0xc000000000 + env.bytes;
    },
    write: () => {},
    nanotime: () => 0,
  };
  return env;
}

/** Run a generator to completion, ignoring the STEPs it yields. */
export function drive<T>(g: GoGen<T>): T {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}
