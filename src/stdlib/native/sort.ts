// Natives of package sort: the two reflect operations sort.Slice needs, and sort.Ints and
// sort.Strings, whose results are the same whatever the algorithm (equal elements cannot be told
// apart), sorted on the host and charged the simulated time pdqsort's comparisons would take.
//
// Models reflect.Swapper and reflect.Value.Len as sort/slice.go (Go 1.19) uses them. The
// sorting itself is Go code (stdlib/sort/pdqsort.go), so Less and Swap run on gort's engine.
//
// Invariant: sliceSwap swaps two slots of the backing array; element values (even structs and
// arrays, which are JS objects) move as a whole, which is what a Go swap of values does.
//
// Simplification: the panic for a non-slice argument carries a runtime error value with
// reflect's message, not a *reflect.ValueError; the printed text is the same.

import { GoPanic } from "../../runtime/panic.js";
import { rt } from "../../runtime/rt.js";
import { S } from "../../runtime/state.js";
import { Kind, Slice } from "../../runtime/value.js";
import type { Iface } from "../../runtime/value.js";
import { sortCompareNs } from "../../runtime/costs.js";

const kindNames = [
  "invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
  "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array",
  "chan", "func", "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer",
];

/** The Slice (or null for a nil slice) held by x; panics like reflect.Swapper otherwise. */
function sliceOf(x: Iface | null): Slice | null {
  if (x === null || x.t.kind !== Kind.Slice) {
    const kind = x === null ? "zero" : (kindNames[x.t.kind] as string);
    throw new GoPanic(rt.runtimeError(`reflect: call of Swapper on ${kind} Value`, true));
  }
  return x.v as Slice | null;
}


/** Sort s's elements in place with the host's sort (numbers, BigInts or byte strings). */
function hostSort(s: Slice | null): void {
  if (s === null || s.len < 2) return;
  const a = s.a;
  const part = a.slice(s.off, s.off + s.len);
  part.sort((x: number | bigint | string, y: number | bigint | string) => (x < y ? -1 : x > y ? 1 : 0));
  for (let i = 0; i < part.length; i++) a[s.off + i] = part[i];
  S.cost += Math.round(s.len * Math.log2(s.len) * sortCompareNs);
}

export const natives: Record<string, Function> = {
  sortInts: hostSort,
  sortStrings: hostSort,
  sliceLen: (x: Iface | null): number => sliceOf(x)?.len ?? 0,
  sliceSwap: (x: Iface | null, i: number, j: number): void => {
    const s = sliceOf(x) as Slice;
    const a = s.a;
    const t = a[s.off + i];
    a[s.off + i] = a[s.off + j];
    a[s.off + j] = t;
  },
};
