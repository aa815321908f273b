// The host representation of slices' backing arrays, and the host limits gort puts on them.
//
// Models no Go file: Go's backing array is n*elemsize bytes from mallocgc (slice.go makeslice,
// growslice). This file decides what the *host* holds for those bytes, so that host memory
// stays tied to the simulated heap:
//   - fixed-width numeric element types whose values are JS numbers (int8..int32, uint8..uint32,
//     float32, float64) use the matching typed array, so a 256 MiB []byte costs 256 MiB of host
//     memory, at any length;
//   - every other element type (bool, 64-bit integers, which are numbers or BigInts, strings,
//     pointers, interfaces, structs...) uses a JS Array, 8 bytes a slot. V8 keeps a JS Array in
//     fast mode only up to 2^25 elements when it is made by `new Array(n)` (beyond that it is a
//     dictionary, about 80 bytes an element), so longer arrays are built by doubling, and a
//     JS Array longer than maxHostArray elements is refused with a named gort limit.
//
// Invariants:
//   - every caller charges the simulated heap (newobject.ts) BEFORE calling newbacking, so a
//     program beyond --heap-limit dies with Go's out of memory before the host allocates;
//   - a backing array is either a JS Array or a typed array; consumers index it, read .length,
//     and copy with .slice, which both support (a slice of an array variable is a JS Array even
//     when its element type is numeric: both forms coexist).

import { SimLimit } from "./panic.js";
import { Kind, type RType } from "./value.js";

type TypedArrayCtor =
  | Int8ArrayConstructor | Uint8ArrayConstructor | Int16ArrayConstructor | Uint16ArrayConstructor
  | Int32ArrayConstructor | Uint32ArrayConstructor | Float32ArrayConstructor | Float64ArrayConstructor;

/** A backing array as ops.ts and the natives see it. */
type Backing = any[];

/** The longest JS Array V8 makes in fast mode with `new Array(n)` (kMaxFastArrayLength). */
const fastArrayMax = 1 << 25;
/** The longest JS Array gort builds: 2^26 slots are 512 MiB of host memory; V8's own limit for
 *  a fast array is just under 2^27. */
export const maxHostArray = 1 << 26;
/** Elements that are objects (structs, arrays) cost a host object each, far above their Go
 *  size: a backing array of more than this many is refused. */
const maxHostObjects = 1 << 23;

/** The typed array that holds elements of type et, or undefined when a JS Array must. */
export function typedArrayOf(et: RType): TypedArrayCtor | undefined {
  switch (et.kind) {
    case Kind.Int8: return Int8Array;
    case Kind.Uint8: return Uint8Array;
    case Kind.Int16: return Int16Array;
    case Kind.Uint16: return Uint16Array;
    case Kind.Int32: return Int32Array;
    case Kind.Uint32: return Uint32Array;
    case Kind.Float32: return Float32Array;
    case Kind.Float64: return Float64Array;
  }
  return undefined;
}

/** Is a a typed array (as opposed to a JS Array)? */
export function isTyped(a: Backing): boolean {
  return !Array.isArray(a);
}

/**
 * A new backing array of n elements of et, each the zero value: zero for scalars, fresh() for
 * value objects (structs and arrays). The caller has already charged the heap.
 */
export function newbacking(et: RType, n: number, zero: any, fresh?: () => any): Backing {
  const TA = typedArrayOf(et);
  if (TA !== undefined) return new TA(n) as unknown as Backing;
  hostArrayLimit(et, n, fresh !== undefined);
  if (fresh !== undefined) {
    const a = new Array(n);
    for (let i = 0; i < n; i++) a[i] = fresh();
    return a;
  }
  return filledArray(n, zero);
}

/** A fast-mode JS Array of n copies of zero (a scalar). */
export function filledArray(n: number, zero: unknown): any[] {
  if (n <= fastArrayMax) return new Array(n).fill(zero);
  // Double a fast array: `new Array(n)` above 2^25 would be a dictionary.
  let a: any[] = new Array(fastArrayMax).fill(zero);
  while (a.length * 2 <= n) a = a.concat(a);
  if (a.length < n) a = a.concat(a.slice(0, n - a.length));
  return a;
}

/** Refuse an array value (a Go array, not a slice's backing array) the host cannot hold. */
export function hostArrayValueLimit(n: number, objects: boolean): void {
  const max = objects ? maxHostObjects : maxHostArray;
  if (n <= max) return;
  throw new SimLimit(
    "heap",
    `gort: an array of ${n} elements is more than gort can hold (at most ${max} elements ` +
      `of ${objects ? "a struct or array type" : "this type"})`,
  );
}

/** Refuse a JS Array the host cannot hold in proportion to its Go size. */
export function hostArrayLimit(et: RType, n: number, objects: boolean): void {
  const max = objects ? maxHostObjects : maxHostArray;
  if (n <= max) return;
  throw new SimLimit(
    "heap",
    `gort: a backing array of ${n} elements of type ${et.str} is more than gort can hold ` +
      `(at most ${max} elements of this type; slices of byte and other fixed-width numeric ` +
      "types have no such limit)",
  );
}

/** Up to this many elements, movebacking copies between two typed arrays one by one, which
 *  costs less than the view set() needs (docs/ARCHITECTURE.md, "where CPU-bound programs still
 *  fall off": the third survey). */
const shortCopy = 32;

/** Copy n elements from src[so:] to dst[do:] (memmove: overlapping ranges are fine). */
export function movebacking(dst: Backing, dOff: number, src: Backing, sOff: number, n: number): void {
  if (!Array.isArray(dst) && !Array.isArray(src)) {
    const d = dst as unknown as Uint8Array;
    const s = src as unknown as Uint8Array;
    // Neither allocates: subarray makes a view object per call, which cost more than a short
    // copy itself (an append of a few bytes: time.Format, strconv.Append*, fmt's buffer).
    if (d === s) d.copyWithin(dOff, sOff, sOff + n);
    else if (n <= shortCopy && d.buffer !== s.buffer) for (let i = 0; i < n; i++) d[dOff + i] = s[sOff + i]!;
    else d.set(s.subarray(sOff, sOff + n), dOff);
    return;
  }
  if (dst === src && dOff > sOff) {
    for (let i = n - 1; i >= 0; i--) dst[dOff + i] = src[sOff + i];
    return;
  }
  for (let i = 0; i < n; i++) dst[dOff + i] = src[sOff + i];
}
