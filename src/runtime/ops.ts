// The run-time operations compiled code calls for slices, strings, interfaces, conversions and
// checks, with Go's exact panic texts.
//
// Models the parts of Go 1.19's runtime that compiled code reaches for these: slice.go
// (makeslice, growslice, slicecopy), string.go (the conversions), iface.go (assertions),
// panic.go's bounds errors (panicIndex, panicSlice*: "index out of range [5] with length 3",
// "slice bounds out of range [:7] with capacity 5"), and complex128div.
//
// Invariant: every Slice satisfies 0 <= off, 0 <= len <= cap, off + cap <= a.length.

import * as i64 from "../base/int64.js";
import * as utf8 from "../base/utf8.js";
import { GoPanic, SimBug, SimLimit } from "./panic.js";
import { boundsError, runtimeError, typeAssertionErrorT } from "./panicking.js";
import { Complex, Iface, Kind, Ptr, Slice, ptrEqual, type RType } from "./value.js";
import { maxAlloc, roundupsize } from "./malloc.js";
import { mallocarray, mallocstring, newarray, rawstring, registerstring, stackarray, tagarray } from "./newobject.js";
import { allocVia } from "./cpuprof.js";
import { filledArray, hostArrayLimit, hostArrayValueLimit, movebacking, newbacking, typedArrayOf } from "./backing.js";
import { types } from "./rtypes.js";
import { isValueObject, typedmemmove, typedslicecopy } from "./mbarrier.js";
import { S } from "./state.js";
import { sliceWindow } from "./unsafe.js";
import type { RaceDetector } from "./race.js";

// ---- Checks -----------------------------------------------------------------------------------

/** An index i (int of any width) checked against length n. */
export function ck(i: number | bigint, n: number): number {
  if (typeof i === "number" && i >= 0 && i < n) return i;
  // Go's boundsError omits the length for a negative index.
  if (i < 0) throw boundsError(`index out of range [${i}]`);
  throw boundsError(`index out of range [${i}] with length ${n}`);
}

export function divck<T extends number | bigint>(y: T): T {
  if (y === 0) throw new GoPanic(runtimeError("integer divide by zero"));
  return y;
}

export function tdiv(x: number, y: number): number {
  return Math.trunc(x / y);
}

export function nilck<T>(p: T): NonNullable<T> {
  if (p === null || p === undefined) {
    const e = new GoPanic(runtimeError("invalid memory address or nil pointer dereference"));
    e.sigpanic = true;
    throw e;
  }
  return p as NonNullable<T>;
}

/**
 * panicwrap (Go 1.19 runtime/error.go): the check in the wrapper that calls a value method
 * through a pointer receiver (*T's method table entry for T.m). A nil pointer panics with a
 * plainError naming the method instead of a nil dereference.
 */
export function panicwrap<T>(p: T, pkg: string, typ: string, meth: string): NonNullable<T> {
  if (p === null || p === undefined) {
    throw new GoPanic(runtimeError(`value method ${pkg}.${typ}.${meth} called using nil *${typ} pointer`, true));
  }
  return p as NonNullable<T>;
}

/** The stub of a standard function whose body was never checked or compiled, because no
 *  checked code refers to it (frontend/check/lazy.ts); only a method table may hold one. A
 *  call is a gap in that reachability: a bug in gort. */
export function uncheckedBody(goName: string): never {
  throw new SimBug(`compiler: ${goName} was called, but no checked code refers to it, so its body was not compiled`);
}

export function fnck(f: any): any {
  return nilck(f);
}

/** What a call through a nil func value calls (compiler/call.ts): Go's fault, raised once the
 *  arguments are evaluated. It is its own plain function ($p), as a plain literal's value is. */
export function nilfunc(..._args: unknown[]): never {
  return nilck(null);
}
(nilfunc as unknown as { $p: Function }).$p = nilfunc;

export function shcnt(s: number): number {
  if (s < 0) throw new GoPanic(runtimeError("negative shift amount"));
  return s > 64 ? 64 : s;
}
export function shcntU(s: number): number {
  return s > 64 ? 64 : s;
}
export function shcnt64(s: number | bigint): number {
  if (s < 0) throw new GoPanic(runtimeError("negative shift amount"));
  return i64.shiftCount(s);
}
export function shl32(x: number, s: number): number {
  return s >= 32 ? 0 : x << s;
}
export function shr32(x: number, s: number): number {
  return s >= 32 ? (x < 0 ? -1 : 0) : x >> s;
}
export function shrU32(x: number, s: number): number {
  return s >= 32 ? 0 : x >>> s;
}
/** float → int32, int16, int8, uint16 or uint8, before the narrowing wraps it: amd64's 32-bit
 *  conversion (CVTTSD2SL), where a NaN or a value out of int32's range gives 0x80000000 (so
 *  int8(1e300) is 0 and int32(1e300) is -2147483648, as in Go). */
export function f2i32(f: number): number {
  return f > -2147483649 && f < 2147483648 ? Math.trunc(f) : -2147483648;
}

/** float → uint32, before the narrowing: amd64 converts to 64 bits (CVTTSD2SQ) and keeps the
 *  low half (uint32(5e9) is 705032704). */
export function f2u32(f: number): number {
  if (f !== f || f >= 2147483648 || f < -2147483648) return i64.toInt32(i64.fromFloat(f));
  return Math.trunc(f);
}

// ---- Slices ---------------------------------------------------------------------------------------

export function mkslice(a: any[]): Slice {
  return new Slice(a, 0, a.length, a.length);
}

/** A slice literal []T{...}: its backing array is a heap object unless it does not escape. */
export function mkslicelit(a: any[], et: RType, esc: boolean): Slice {
  // A literal of a fixed-width numeric type gets the typed backing array makeslice would give.
  const TA = typedArrayOf(et);
  const b = TA === undefined ? a : (TA.from(a) as unknown as any[]);
  return new Slice(esc ? newarray(b, et, b.length) : stackarray(b, et, b.length), 0, b.length, b.length);
}

/** A zero array value of n struct or array elements, each a fresh zero(). */
export function mkArray(n: number, zero: () => any): any[] {
  hostArrayValueLimit(n, true);
  const a = new Array(n);
  for (let i = 0; i < n; i++) a[i] = zero();
  return a;
}

/** An array value of more host slots than gort can hold (the compiler knows it statically). */
export function arrayValueLimit(slots: number): never {
  hostArrayValueLimit(slots, false);
  throw new Error("arrayValueLimit: within the limit");
}

/** A zero array value of n scalar elements; the compiler emits `new Array(n).fill(z)` for
 *  short arrays and this for long ones (host limits, and no dictionary-mode array). */
export function mkArrayFill(n: number, zero: unknown): any[] {
  hostArrayValueLimit(n, false);
  return filledArray(n, zero);
}

/** The slab that pkgTyped carves its arrays from, and how much of it is used. */
let slab = new ArrayBuffer(0);
let slabUsed = 0;
const slabBytes = 16 << 10;

/**
 * A zero array of n fixed-width numbers for a package variable (compiler/pkgtyped.ts pkgZero): a
 * view of a shared slab's fresh (zero) bytes, never handed out twice. V8 gives a typed array of
 * more than 64 bytes a buffer of its own outside its heap, about 1.3 µs to make and work for
 * every scavenge; a view costs a tenth of that. The compiler asks for at most 1 KiB, and only
 * for package variables, which live as long as their run: a slab outlives its arrays by at
 * most the arrays carved after them.
 */
export function pkgTyped(TA: TypedArrayCtor, n: number): ArrayLike<number> {
  const size = TA.BYTES_PER_ELEMENT;
  const bytes = n * size;
  let off = Math.ceil(slabUsed / 8) * 8;
  if (off + bytes > slab.byteLength) {
    slab = new ArrayBuffer(Math.max(slabBytes, bytes));
    off = 0;
  }
  slabUsed = off + bytes;
  return new TA(slab, off, n);
}

/** pkgTyped with the values of k (a package variable's table of constants). */
export function pkgTypedOf(TA: TypedArrayCtor, k: ArrayLike<number>): ArrayLike<number> {
  const a = pkgTyped(TA, k.length);
  (a as unknown as Float64Array).set(k);
  return a;
}

type TypedArrayCtor = { new (b: ArrayBuffer, off: number, n: number): ArrayLike<number>; readonly BYTES_PER_ELEMENT: number };

/** A zero array value of n fixed-width numbers, in their typed array (compiler/typetable.ts
 *  typedArrayName), for arrays longer than the compiler writes inline. */
export function mkArrayTyped(TA: new (n: number) => ArrayLike<number>, n: number): any[] {
  hostArrayValueLimit(n, false);
  return new TA(n) as unknown as any[];
}

/** An array literal of fixed-width numbers with keyed elements: the zero array a, then items. */
export function fillTyped(a: any[], items: [number, number][]): any[] {
  for (const [i, v] of items) a[i] = v;
  return a;
}

export function fillArray(n: number, zero: () => any, items: [number, any][]): any[] {
  const a = mkArray(n, zero);
  for (const [i, v] of items) a[i] = v;
  return a;
}

export function slen(s: Slice | null): number {
  return s === null ? 0 : s.len;
}
export function scap(s: Slice | null): number {
  return s === null ? 0 : s.cap;
}
export function isNilSlice(s: Slice | null): boolean {
  return s === null;
}

/** The header that compiled code indexes in place of a nil slice: a store into an element
 *  (stmt.ts storeSlice) and a strip-mined loop's hoisted headers (stripmine.ts hoistSlices).
 *  Its length is 0, so every index fails its bounds check as Go's does (index out of range [i]
 *  with length 0), where `null.a` would be a nil dereference. Shared by every machine, so its
 *  array is frozen: no store reaches it, and none could. */
export const nilSlice = new Slice(Object.freeze([]) as unknown as unknown[], 0, 0, 0);

export function sliceIndex(s: Slice | null, i: number | bigint): any {
  const n = s === null ? 0 : s.len;
  const k = ck(i, n);
  return s!.a[s!.off + k];
}

/** &s[i] for an element that is not a struct or array (those are their own pointers, and the
 *  compiler takes them directly). */
export function slicePtr(s: Slice | null, i: number | bigint): Ptr {
  const k = ck(i, slen(s));
  return new Ptr(s!.a, s!.off + k);
}

export function strIndex(s: string, i: number | bigint): number {
  return s.charCodeAt(ck(i, s.length));
}

function num(x: number | bigint | undefined, dflt: number): number {
  if (x === undefined) return dflt;
  if (typeof x === "bigint") return x < 0n ? Number.MIN_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return x;
}

/**
 * panicSlice* texts for s[lo:hi:max] against capacity/length c. raw holds the operands as the
 * program computed them (exact for bigints), for the message. A negative bound uses Go's
 * boundsNegErrorFmts (runtime/error.go), which leave out the other operand.
 */
function checkSlice3(
  lo: number, hi: number, max: number, cap: number, three: boolean, byLength: boolean,
  raw: (number | bigint | undefined)[] = [],
): void {
  const what = byLength ? "length" : "capacity";
  const show = (i: number, v: number): string => String(raw[i] ?? v);
  const [L, H, M] = [show(0, lo), show(1, hi), show(2, max)];
  if (three) {
    if (max < 0) throw boundsError(`slice bounds out of range [::${M}]`);
    if (max > cap) throw boundsError(`slice bounds out of range [::${M}] with ${what} ${cap}`);
    if (hi < 0) throw boundsError(`slice bounds out of range [:${H}:]`);
    if (hi > max) throw boundsError(`slice bounds out of range [:${H}:${M}]`);
    if (lo < 0) throw boundsError(`slice bounds out of range [${L}::]`);
    if (lo > hi) throw boundsError(`slice bounds out of range [${L}:${H}:]`);
    return;
  }
  if (hi < 0) throw boundsError(`slice bounds out of range [:${H}]`);
  if (hi > cap) throw boundsError(`slice bounds out of range [:${H}] with ${what} ${cap}`);
  if (lo < 0) throw boundsError(`slice bounds out of range [${L}:]`);
  if (lo > hi) throw boundsError(`slice bounds out of range [${L}:${H}]`);
}

export function sliceSlice(s: Slice | null, lo?: number | bigint, hi?: number | bigint, max?: number | bigint): Slice | null {
  const cap = s === null ? 0 : s.cap;
  const len = s === null ? 0 : s.len;
  const l = num(lo, 0);
  const h = num(hi, len);
  const m = num(max, cap);
  // In range (0 <= l <= h <= m <= cap) needs no check's texts: checkSlice3 formats them.
  if (!(l >= 0 && l <= h && h <= m && m <= cap)) checkSlice3(l, h, m, cap, max !== undefined, false, [lo, hi, max]);
  if (s === null) return null;
  return new Slice(s.a, s.off + l, h - l, m - l);
}

export function sliceArray(a: any[], lo?: number | bigint, hi?: number | bigint, max?: number | bigint): Slice {
  const n = a.length;
  const l = num(lo, 0);
  const h = num(hi, n);
  const m = num(max, n);
  // An array's capacity is its length: Go's messages say "length" (panicSliceAlen).
  if (!(l >= 0 && l <= h && h <= m && m <= n)) checkSlice3(l, h, m, n, max !== undefined, true, [lo, hi, max]);
  return new Slice(a, l, h - l, m - l);
}

export function sliceString(s: string, lo?: number | bigint, hi?: number | bigint): string {
  const n = s.length;
  const l = num(lo, 0);
  const h = num(hi, n);
  if (!(l >= 0 && l <= h && h <= n)) checkSlice3(l, h, n, n, false, true, [lo, hi]);
  return s.substring(l, h);
}


/** Does n elements of size bytes pass makeslice's size check (no overflow, at most maxAlloc)? */
function memOK(size: number, n: number | bigint): boolean {
  if (n < 0) return false;
  if (size === 0) return true;
  if (typeof n === "bigint") return false; // beyond 2^53 elements: beyond maxAlloc
  return n * size <= maxAlloc;
}

/** makeslice (slice.go), with Go's panics for bad lengths. The heap is charged before the host
 *  makes the backing array (backing.ts), so a slice beyond --heap-limit is Go's out of memory.
 *  fresh makes a zero element object for struct and array element types. */
export function makeslice(t: RType, len: number | bigint, cap: number | bigint | undefined, zero: any, fresh: (() => any) | undefined, esc = true): Slice {
  const et = t.elem!;
  const c = cap ?? len;
  if (!memOK(et.size, c) || len > c || len < 0) {
    if (!memOK(et.size, len)) throw new GoPanic(runtimeError("makeslice: len out of range"));
    throw new GoPanic(runtimeError("makeslice: cap out of range"));
  }
  // Past the checks a length with a non-zero element size is a safe integer; a zero-size
  // element type may ask for more than the host can index, which hostArrayLimit refuses.
  const n = Number(len);
  const nc = Number(c);
  if (typeof c === "bigint") hostArrayLimit(et, nc, true);
  const addr = mallocarray(et, nc, esc);
  return new Slice(tagarray(newbacking(et, nc, zero, fresh), addr), 0, n, nc);
}

/**
 * growslice (Go 1.19 slice.go): the new capacity doubles below 256 elements, then grows by
 * (newcap + 3*256)/4 until large enough, and is rounded up to the allocator's size class, so
 * that cap() matches real Go; for elements of size zero it is the length needed.
 */
export function growcap(et: RType, old: number, needed: number): number {
  // Elements of size zero: the capacity is what was asked for (growslice's zerobase slice).
  if (et.size === 0) return needed;
  let newcap = old;
  const doublecap = newcap + newcap;
  if (needed > doublecap) newcap = needed;
  else {
    const threshold = 256;
    if (old < threshold) newcap = doublecap;
    else {
      while (0 < newcap && newcap < needed) newcap += (newcap + 3 * threshold) >> 2;
      if (newcap <= 0) newcap = needed;
    }
  }
  const size = et.size;
  if (newcap * size > maxAlloc) throw new GoPanic(runtimeError("growslice: cap out of range"));
  const mem = roundupsize(newcap * size);
  return Math.floor(mem / size);
}

/** growslice: room for extra more elements, in place when the capacity allows. The new backing
 *  array is charged to the heap before the host makes it. */
function growslice(et: RType, s: Slice | null, extra: number): Slice {
  const len = s === null ? 0 : s.len;
  const cap = s === null ? 0 : s.cap;
  const need = len + extra;
  if (need <= cap) return new Slice(s!.a, s!.off, need, cap);
  const nc = growcap(et, cap, need);
  const addr = mallocarray(et, nc, true, allocVia.growslice);
  const fresh = isValueObject(et) ? () => et.zero() : undefined;
  const a = tagarray(newbacking(et, nc, fresh === undefined ? et.zero() : undefined, fresh), addr);
  if (len > 0) {
    // growslice copies the elements' memory: a struct or array element of the new array is a
    // copy, not the old array's object (which the old slice still sees).
    if (fresh !== undefined) for (let i = 0; i < len; i++) a[i] = et.clone(s!.a[s!.off + i]);
    else movebacking(a, 0, s!.a, s!.off, len);
  }
  return new Slice(a, 0, need, nc);
}


export function append(st: RType, s: Slice | null, vals: any[]): Slice {
  const et = st.elem!;
  const len = s === null ? 0 : s.len;
  const r = growslice(et, s, vals.length);
  // Without growth the slots past len may already be pointed to (&s[:cap(s)][len]): a struct or
  // array is copied into its slot's object. A grown array is fresh: its slots take the values.
  if (s !== null && r.a === s.a && isValueObject(et)) {
    for (let i = 0; i < vals.length; i++) typedmemmove(et, r.a[r.off + len + i], vals[i]);
  } else {
    for (let i = 0; i < vals.length; i++) r.a[r.off + len + i] = vals[i];
  }
  return r;
}

export function appendSlice(st: RType, s: Slice | null, src: Slice | null): Slice | null {
  const n = src === null ? 0 : src.len;
  if (n === 0) return s === null ? null : s;
  const et = st.elem!;
  const len = s === null ? 0 : s.len;
  if (!isValueObject(et)) {
    // Scalars need no clone: grow copies the old elements, then the source moves in (it may
    // overlap the destination's backing array when no growth was needed).
    const r = growslice(et, s, n);
    movebacking(r.a, r.off + len, src!.a, src!.off, n);
    return r;
  }
  // Copy the source first: it may overlap the destination's backing array.
  const tmp = src!.a.slice(src!.off, src!.off + n).map((x: any) => et.clone(x));
  const r = growslice(et, s, n);
  if (s !== null && r.a === s.a) for (let i = 0; i < n; i++) typedmemmove(et, r.a[r.off + len + i], tmp[i]);
  else for (let i = 0; i < n; i++) r.a[r.off + len + i] = tmp[i];
  return r;
}

/** append(b, s...) for a byte slice b and a string s: no temporary []byte. */
export function appendString(st: RType, b: Slice | null, s: string): Slice | null {
  const n = s.length;
  if (n === 0) return b;
  const len = b === null ? 0 : b.len;
  const r = growslice(st.elem!, b, n);
  const a = r.a;
  const off = r.off + len;
  for (let i = 0; i < n; i++) a[off + i] = s.charCodeAt(i);
  return r;
}

/** copy(dst, src); et is given when the elements are struct or array objects, which are copied
 *  into dst's existing elements (pointers to them stay valid, as in Go). */
export function copy(dst: Slice | null, src: Slice | null, et?: RType): number {
  const n = Math.min(slen(dst), slen(src));
  if (n === 0) return 0;
  if (S.r !== null && !S.r.clocksOnly) raceSlicecopy(S.r, dst!, src, n);
  if (et !== undefined) typedslicecopy(et, dst!, src!, n);
  else movebacking(dst!.a, dst!.off, src!.a, src!.off, n);
  return n;
}

/** -race: slicecopy's racereadrangepc and racewriterangepc, element by element (a report's
 *  address is the first conflicting element's, as TSan reports a range). */
function raceSlicecopy(r: RaceDetector, dst: Slice, src: Slice | null, n: number): void {
  for (let i = 0; i < n; i++) {
    if (src !== null) r.read(src.a, src.off + i, slicecopyFrame);
    r.write(dst.a, dst.off + i, slicecopyFrame);
  }
}
const slicecopyFrame = { fn: "runtime.slicecopy", file: "/usr/lib/go-1.19/src/runtime/slice.go", line: 307 };

export function copyString(dst: Slice | null, src: string): number {
  const n = Math.min(slen(dst), src.length);
  if (S.r !== null && !S.r.clocksOnly) raceSlicecopy(S.r, dst!, null, n);
  for (let i = 0; i < n; i++) dst!.a[dst!.off + i] = src.charCodeAt(i);
  return n;
}

/** (*[N]T)(s), Go 1.17's slice-to-array-pointer conversion, for the array type at ([N]T). The
 *  pointer aliases the slice's elements: the backing array itself when the slice covers it,
 *  else a window on it (unsafe.ts sliceWindow), the same one for the same elements. */
export function sliceToArrayPtr(s: Slice | null, at: RType): any[] | null {
  const n = at.len!;
  const len = slen(s);
  // Go's boundsError with code boundsConvert.
  if (len < n) throw boundsError(`cannot convert slice with length ${len} to pointer to array with length ${n}`);
  if (s === null) return null;
  if (s.off === 0 && s.a.length === n) return s.a;
  if (at.size === 0) {
    throw new SimLimit("unsupported", "gort: converting a slice to a pointer to a zero-size array that does not cover the whole backing array is not supported yet");
  }
  return sliceWindow(s.a, s.off, at);
}

// ---- Strings ----------------------------------------------------------------------------------------

/** Go's tmpBuf for a []byte(s) or []rune(s) that stays in its frame (tmpStringBufSize). */
const tmpStringBufSize = 32;

/** Where a []byte(s) or []rune(s) puts its result (compiler/call.ts strConv): undefined when
 *  it escapes, "stack" when it stays in the frame, "const" and "constheap" for a constant. */
type StrConv = "stack" | "const" | "constheap" | undefined;

/** Does a []byte(s) or []rune(s) of n elements live in its frame (no heap allocation)? */
function strConvOnStack(n: number, where: StrConv): boolean {
  return where === "const" || (where === "stack" && n <= tmpStringBufSize);
}

/** Its capacity: a constant's length, the stack buffer's, or the size class's (of size-byte
 *  elements). */
function strConvCap(n: number, size: number, where: StrConv): number {
  if (where === "const" || where === "constheap") return n;
  return strConvOnStack(n, where) ? tmpStringBufSize : roundupsize(n * size) / size;
}

/**
 * []byte(s) (stringtoslicebyte), the bytes charged before the host copies them. Its capacity
 * is Go's: a constant's bytes are a [n]byte (on the heap if they escape); a result that escapes
 * is rawbyteslice's, rounded up to a size class; one that stays in the frame is the 32-byte
 * stack buffer when s fits (no heap allocation), else rawbyteslice's.
 */
export function stringToBytes(s: string, where: StrConv = undefined): Slice {
  const n = s.length;
  const c = strConvCap(n, 1, where);
  const addr = mallocarray(types.uint8, c, !strConvOnStack(n, where), allocVia.rawbyteslice);
  const a = new Uint8Array(c);
  for (let i = 0; i < n; i++) a[i] = s.charCodeAt(i);
  return new Slice(tagarray(a as unknown as any[], addr), 0, n, c);
}
/** string(b) (slicebytetostring): the string is charged before the host builds it. */
export function bytesToString(b: Slice | null): string {
  if (b === null || b.len === 0) return "";
  const addr = mallocstring(b.len);
  return registerstring(addr, utf8.bytesToString(b.a, b.off, b.len));
}
/** []rune(s) (stringtoslicerune): Go counts the runes, then allocates; the capacity as
 *  stringToBytes' (a constant is a rune slice literal of its length; else rawruneslice's
 *  rounding, or the 32-rune stack buffer). */
export function stringToRunes(s: string, where: StrConv = undefined): Slice {
  const n = utf8.runeCount(s);
  const c = strConvCap(n, 4, where);
  const addr = mallocarray(types.int32, c, !strConvOnStack(n, where), allocVia.rawruneslice);
  const a = new Int32Array(c);
  const rs = utf8.stringToRunes(s);
  for (let i = 0; i < n; i++) a[i] = rs[i]!;
  return new Slice(tagarray(a as unknown as any[], addr), 0, n, c);
}
export function runesToString(r: Slice | null): string {
  return r === null ? "" : rawstring(utf8.runesToString(r.a, r.off, r.len));
}
export function runeToString(r: number | bigint): string {
  return rawstring(utf8.runeToString(r));
}

/** The rune decoded by the last decodeRune call (range over a string reads it): a return
 *  register, read right after the call, before any yield. */
export let lastRune = 0;
/** Decode the rune at s[i]; returns its width and leaves the rune in lastRune. */
export function decodeRune(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) {
    lastRune = c;
    return 1;
  }
  const [r, w] = utf8.decodeRune(s, i);
  lastRune = r;
  return w;
}

// ---- Interfaces -------------------------------------------------------------------------------------

export function ifaceck(i: Iface | null): Iface {
  return nilck(i);
}

/** The method of an interface value's dynamic type (a generator function). */
export function icall(i: Iface | null, name: string): (...a: any[]) => Generator<any, any, any> {
  const x = nilck(i);
  const fn = methodTable(x.t)[name];
  if (fn === undefined) throw new Error(`gort: type ${x.t.str} has no method ${name}`);
  return fn;
}

/** The plain entry (RMethod.pfn) of i's method name, or undefined when the method may yield
 *  (then the call takes icall's generator); a nil i panics as in icall. */
export function icallp(i: Iface | null, name: string): ((...a: any[]) => any) | undefined {
  const x = nilck(i);
  const c = x.t as RType & { $pt?: Record<string, ((...a: any[]) => any) | undefined> };
  let pt = c.$pt;
  if (pt === undefined) {
    pt = Object.create(null) as Record<string, ((...a: any[]) => any) | undefined>;
    for (const m of x.t.methods) pt[m.name] = m.pfn;
    c.$pt = pt;
  }
  return pt[name];
}

/** A type's methods by name, built on first use and dropped by addMethod (rtypes.ts). */
function methodTable(t: RType): Record<string, (...a: any[]) => Generator<any, any, any>> {
  const c = t as RType & { $mt?: Record<string, (...a: any[]) => Generator<any, any, any>> };
  let mt = c.$mt;
  if (mt === undefined) {
    mt = Object.create(null) as Record<string, (...a: any[]) => Generator<any, any, any>>;
    for (const m of t.methods) mt[m.name] = m.fn;
    c.$mt = mt;
  }
  return mt;
}

export function ifaceMethodValue(i: Iface, name: string): (...a: any[]) => Generator<any, any, any> {
  const fn = icall(i, name);
  const v = i.v;
  return function* (...a: any[]) {
    return yield* fn(v, ...a);
  };
}

export function isType(i: Iface | null, t: RType): boolean {
  return i !== null && i.t === t;
}

declare module "./value.js" {
  interface RMethod {
    /**
     * The method's func type without the receiver, when the table's author knows it (compiled
     * method tables do; native tables may not). Go's itab check (iface.go: itab.init) compares
     * name and type; without mtyp gort compares the name only.
     */
    mtyp?: RType;
  }
}

/** Does dynamic type t have every method of interface type it (by name and type)? */
function hasMethods(t: RType, it: RType): string | undefined {
  for (const m of it.imethods ?? []) {
    if (!t.methods.some((x) => x.name === m.name && (x.mtyp === undefined || x.mtyp === m.type))) return m.name;
  }
  return undefined;
}

export function implements_(i: Iface | null, it: RType): boolean {
  return i !== null && hasMethods(i.t, it) === undefined;
}

function assertionError(i: Iface | null, t: RType, st: RType): GoPanic {
  // Go's TypeAssertionError names the static interface type only for assertions to a concrete
  // type (panicdottype); an assertion to an interface type says just "interface".
  const iname = t.kind === Kind.Interface ? "interface" : st.str;
  if (i === null) return new GoPanic(new Iface(typeAssertionErrorT, `interface conversion: ${iname} is nil, not ${t.str}`));
  if (t.kind === Kind.Interface) {
    const missing = hasMethods(i.t, t);
    return new GoPanic(new Iface(typeAssertionErrorT, `interface conversion: ${i.t.str} is not ${t.str}: missing method ${missing}`));
  }
  const same = i.t.str === t.str ? ` (types from different scopes)` : "";
  return new GoPanic(new Iface(typeAssertionErrorT, `interface conversion: ${iname} is ${i.t.str}, not ${t.str}${same}`));
}

export function assertE(i: Iface | null, t: RType, st: RType): any {
  if (i !== null && i.t === t) return i.v;
  throw assertionError(i, t, st);
}
export function assertE2(i: Iface | null, t: RType): [any, boolean] {
  if (i !== null && i.t === t) return [i.v, true];
  return [t.zero(), false];
}
export function assertI(i: Iface | null, t: RType, st: RType): Iface {
  if (i !== null && hasMethods(i.t, t) === undefined) return i;
  throw assertionError(i, t, st);
}
export function assertI2(i: Iface | null, t: RType): [Iface | null, boolean] {
  if (i !== null && hasMethods(i.t, t) === undefined) return [i, true];
  return [null, false];
}

// ---- Complex numbers -------------------------------------------------------------------------------

export const C0 = new Complex(0, 0);
export function cadd(a: Complex, b: Complex): Complex {
  return new Complex(a.re + b.re, a.im + b.im);
}
export function csub(a: Complex, b: Complex): Complex {
  return new Complex(a.re - b.re, a.im - b.im);
}
export function cmul(a: Complex, b: Complex): Complex {
  return new Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
}
/** complex128div (runtime/complex.go), with its special cases for infinities and NaNs. */
/** Go's isInf(f, 0): NaN is not infinite (JS !isFinite would say it is). */
function isInf(f: number): boolean {
  return f === Infinity || f === -Infinity;
}
/** inf2one (complex.go): ±1 for an infinity, ±0 otherwise, keeping the sign. */
function inf2one(f: number): number {
  return copysign(isInf(f) ? 1 : 0, f);
}

export function cdiv(n: Complex, m: Complex): Complex {
  let e: number;
  let f: number;
  if (Math.abs(m.re) >= Math.abs(m.im)) {
    const ratio = m.im / m.re;
    const denom = m.re + ratio * m.im;
    e = (n.re + n.im * ratio) / denom;
    f = (n.im - n.re * ratio) / denom;
  } else {
    const ratio = m.re / m.im;
    const denom = m.im + ratio * m.re;
    e = (n.re * ratio + n.im) / denom;
    f = (n.im * ratio - n.re) / denom;
  }
  if (e !== e && f !== f) {
    // Correct final result to infinities and zeros if applicable (Go's complex128div).
    let a = n.re, b = n.im, c = m.re, d = m.im;
    if (c === 0 && d === 0 && (a === a || b === b)) {
      e = copysign(Infinity, c) * a;
      f = copysign(Infinity, c) * b;
    } else if ((isInf(a) || isInf(b)) && isFinite(c) && isFinite(d)) {
      a = inf2one(a);
      b = inf2one(b);
      e = Infinity * (a * c + b * d);
      f = Infinity * (b * c - a * d);
    } else if ((isInf(c) || isInf(d)) && isFinite(a) && isFinite(b)) {
      c = inf2one(c);
      d = inf2one(d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  return new Complex(e, f);
}
function copysign(x: number, s: number): number {
  const neg = s < 0 || Object.is(s, -0);
  return neg ? -Math.abs(x) : Math.abs(x);
}
export function cneg(a: Complex): Complex {
  return new Complex(-a.re, -a.im);
}
export function ceq(a: Complex, b: Complex): boolean {
  return a.re === b.re && a.im === b.im;
}
export function c64(a: Complex): Complex {
  return new Complex(Math.fround(a.re), Math.fround(a.im));
}

export function ptrEq(a: any, b: any): boolean {
  return ptrEqual(a, b);
}

/** A declared plain function used as a func value: a generator wrapper, one per function (a
 *  cache keyed by the linked program's functions, held weakly: nothing per run). */
const genCache = new WeakMap<Function, Function>();
export function genOf(f: (...a: any[]) => any): (...a: any[]) => Generator<any, any, any> {
  let g = genCache.get(f);
  if (!g) {
    g = function* (...a: any[]) {
      return f(...a);
    };
    // Compiled calls through the func value call f itself (compiler/call.ts, `$p`).
    (g as unknown as { $p: Function }).$p = f;
    genCache.set(f, g);
  }
  return g as (...a: any[]) => Generator<any, any, any>;
}
