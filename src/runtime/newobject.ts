// The typed allocation entry points: where a Go value becomes a heap object.
//
// Models the callers of mallocgc in Go 1.19: newobject and newarray (malloc.go), makeslice and
// growslice (slice.go), rawstring and concatstrings (string.go), convT and its variants
// (iface.go), and the closure objects the compiler allocates (funcval). Each one asks the
// allocator model for an address (machine.newobject → Heap.mallocgc on the current P's mcache)
// and tags the JS object with it as `$addr`, which is how the marker (mgcmark.ts), %p and
// pointer hashing (addr.ts) know it.
//
// Terms:
//   escape   the compiler's decision (compiler/escape.ts) that a value outlives its frame. A
//            value that does not escape lives "on the stack": it is not tagged, costs the
//            allocator nothing, and is reached by the marker through the frame that holds it.
//   noscan   the type has no pointers (RType.ptrdata === 0): Go allocates it in a noscan span
//            class, and the tiny allocator serves it when it is under 16 bytes.
//
// Invariant: a tagged object's $addr is the base address of an object that mallocgc returned
// for it (or zerobase for a zero-size one), and no two live tagged objects share one.

import { Iface, Kind, type RType, type GoValue } from "./value.js";
import { machine } from "./state.js";
import { SimLimit } from "./panic.js";
import { maxAlloc } from "./malloc.js";
import { allocVia } from "./cpuprof.js";
import type { RuntimeFrame } from "./panic.js";

/** Go's maxImplicitStackVarSize: a non-escaping new/&T{}/make up to 64 KiB stays on the stack. */
export const maxImplicitStackVarSize = 64 * 1024;

/** newobject(typ): tag o as a fresh heap object of type t. */
export function newobject<O extends object>(o: O, t: RType): O {
  (o as { $addr?: number }).$addr = machine.newobject(t.size, t.ptrdata === 0, allocVia.newobject);
  return o;
}

/** An object of a known size: new([N]T) (the compiler does not reference the array's RType),
 *  []byte(s) and []rune(s), a strings.Builder's buffer. Natives' unit tests run it without a
 *  machine: the object then stays untagged. */
export function newsized<O extends object>(o: O, size: number, noscan: boolean): O {
  if (machine !== undefined) (o as { $addr?: number }).$addr = machine.newobject(size, noscan);
  return o;
}

/** A value that does not escape: it stays on the stack unless it is too big for it. */
export function stackobject<O extends object>(o: O, t: RType): O {
  return t.size > maxImplicitStackVarSize ? newobject(o, t) : o;
}

/** newarray(typ, n): tag a as the backing array of n elements of type et. */
export function newarray<A extends object>(a: A, et: RType, n: number): A {
  (a as { $addr?: number }).$addr = machine.newobject(et.size * n, et.ptrdata === 0, allocVia.newarray);
  return a;
}

/** newarray's allocation half: charge the backing array of n elements of et to the heap before
 *  the host makes it (which may end the program with Go's out of memory). Returns its address:
 *  give it to tagarray once the host array exists. */
export function mallocarray(et: RType, n: number, esc: boolean, via: readonly RuntimeFrame[] = allocVia.makeslice): number {
  const size = et.size * n;
  if (!esc && size <= maxImplicitStackVarSize) return 0;
  return machine === undefined ? 0 : machine.newobject(size, et.ptrdata === 0, via);
}

/** Tag a as the heap object at addr (0: a stack object, left untagged). */
export function tagarray<A extends object>(a: A, addr: number): A {
  if (addr !== 0) (a as { $addr?: number }).$addr = addr;
  return a;
}

/** A backing array that does not escape (make with a constant size, a slice literal). */
export function stackarray<A extends object>(a: A, et: RType, n: number): A {
  return et.size * n > maxImplicitStackVarSize ? newarray(a, et, n) : a;
}

/** A closure object: its code pointer and captured variables (8 bytes each). captures lists
 *  the captured variables for the marker; fi is the literal's function index (-1 for a method
 *  value), which reflect's Value.Pointer gives as the code pointer. */
export function funcval<F extends Function>(fn: F, captures: () => unknown[], n: number, fi = -1): F {
  (fn as unknown as { $c: unknown }).$c = captures;
  (fn as unknown as { $addr: number }).$addr = machine.newobject(8 + 8 * n, false, allocVia.newobject);
  (fn as unknown as { $fi: number }).$fi = fi;
  return fn;
}

/** A method expression's func value, named by the JS name of the method it calls, which
 *  Machine.funcIndexOf finds as it finds a declared function's. */
export function fnamed<F extends Function>(fn: F, js: string): F {
  (fn as unknown as { $js: string }).$js = js;
  return fn;
}

/** The func value of a literal that captures nothing, named by its function index (funcval). */
export function fitag<F extends Function>(fn: F, fi: number): F {
  (fn as unknown as { $fi: number }).$fi = fi;
  return fn;
}

/** funcval for a plain function literal (compiler/call.ts plainFuncval): fn makes the generator
 *  every func value makes when called, p is the plain function compiled calls call instead. */
export function funcvalp<F extends Function>(fn: F, captures: () => unknown[], n: number, p: Function, fi = -1): F {
  funcval(fn, captures, n, fi);
  (fn as unknown as { $p: Function }).$p = p;
  return fn;
}

/** The func value of a plain literal that captures nothing: no closure object, as Go's is a
 *  static one. */
export function plainfuncval<F extends Function>(fn: F, p: Function, fi: number): F {
  (fitag(fn, fi) as unknown as { $p: Function }).$p = p;
  return fn;
}

/** The generator a plain literal's func value makes when called as a generator: it runs the
 *  plain function and never yields. */
export function* callplain(p: Function, args: unknown[]): Generator<never, unknown, unknown> {
  return p(...args);
}

/** unsafe.Sizeof(runtime._defer{}) on linux/amd64, Go 1.19 (mallocgc(0x48) in newdefer). */
const deferSize = 72;

/** newdefer (panic.go): a defer statement executed in a loop cannot be open-coded nor put on
 *  the stack, so Go allocates its _defer record on the heap. d is the deferred call's thunk,
 *  tagged as that record; the frame's defer list keeps it marked until it runs. Simplified:
 *  the per-P deferpool is not modelled, so a record that ran is garbage for the next cycle. */
export function newdefer<F extends Function>(d: F): F {
  (d as unknown as { $addr: number }).$addr = machine.newobject(deferSize, false, allocVia.newdefer);
  return d;
}

/** The captures of a closure that does not escape (a deferred func literal): marked through. */
export function stackfuncval<F extends Function>(fn: F, captures: () => unknown[]): F {
  (fn as unknown as { $c: unknown }).$c = captures;
  return fn;
}

/** A deferred call whose callee is a plain function (it never yields): rundefersFast calls it
 *  directly, without the generators a deferred call otherwise costs. */
export function plaindefer<F extends Function>(fn: F, captures: () => unknown[]): F {
  const d = fn as unknown as { $c: unknown; $plain: boolean };
  d.$c = captures;
  d.$plain = true;
  return fn;
}

/** The longest string V8 can hold (String::kMaxLength on 64-bit hosts). */
const maxHostString = (1 << 29) - 24;

/** rawstring's allocation half, for a string of n bytes the program is about to build: charge it
 *  to the heap first (Go's out of memory beyond --heap-limit), then refuse what the host cannot
 *  hold. Returns the address for registerstring. */
export function mallocstring(n: number): number {
  if (n === 0) return 0;
  // Beyond Go's maxAlloc no heap could hold it (mallocgc would throw): the host limit says so.
  if (n > maxAlloc) hostStringLimit(n);
  const addr = machine === undefined ? 0 : machine.newobject(n, true, allocVia.rawstring);
  hostStringLimit(n);
  return addr;
}

/** Refuse a string longer than the host can hold, as a named gort limit. */
export function hostStringLimit(n: number): void {
  if (n <= maxHostString) return;
  throw new SimLimit(
    "heap",
    `gort: a string of ${n} bytes is longer than gort can hold (the host's limit is ${maxHostString} bytes)`,
  );
}

/** s, just built, is the string mallocstring charged at addr. */
export function registerstring(addr: number, s: string): string {
  if (addr !== 0 && machine !== undefined) machine.gc.strings.add(addr, s);
  return s;
}

/** rawstring: s is a string the program just built; account its bytes as a heap object.
 *  Without a machine (natives' unit tests) it only returns s. */
export function rawstring(s: string): string {
  if (s.length === 0 || machine === undefined) return s;
  machine.gc.strings.add(machine.newobject(s.length, true, allocVia.rawstring), s);
  return s;
}

/** slicebytetostring of bytes the host holds as a string s (fmt's `string(p.buf)`): one byte is
 *  its entry of staticuint64s, no allocation; longer ones are rawstring's. */
export function slicebytestring(s: string): string {
  return s.length <= 1 ? s : rawstring(s);
}

/** s now lives in the buffer at addr (strings.Builder.String shares its buffer). */
export function bufferstring(addr: number, s: string): string {
  if (s.length > 0 && addr !== 0 && machine !== undefined) machine.gc.strings.add(addr, s);
  return s;
}

/** concatstrings of two operands: no allocation when one side is empty. The heap is charged
 *  before the host concatenates, so `for { s += s }` ends in Go's out of memory. */
export function concatstrings(a: string, b: string): string {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const addr = mallocstring(a.length + b.length);
  return registerstring(addr, a + b);
}

/** concatstring3..5 and concatstrings (a + b + c, compiler/func.ts): one allocation for the
 *  whole result; the empty operands skipped, and the only non-empty one returned itself. */
export function concatstringsN(...a: string[]): string {
  let n = 0;
  let count = 0;
  let idx = 0;
  for (let i = 0; i < a.length; i++) {
    const l = a[i]!.length;
    if (l === 0) continue;
    n += l;
    count++;
    idx = i;
  }
  if (count === 0) return "";
  if (count === 1) return a[idx]!;
  const addr = mallocstring(n);
  return registerstring(addr, a.join(""));
}

/** concatstrings with the caller's 32-byte stack buffer (tmpBuf: a result that does not
 *  escape, compiler/strtmp.ts): a result that fits is no allocation. */
export function concatstringsBuf(...a: string[]): string {
  let n = 0;
  for (let i = 0; i < a.length; i++) n += a[i]!.length;
  if (n > tmpStringBufSize) return concatstringsN(...a);
  return a.join("");
}

/** Go's tmpBuf (tmpStringBufSize): the stack buffer the compiler passes for a string, or a
 *  []byte(s) or []rune(s), that does not escape. */
export const tmpStringBufSize = 32;

/**
 * convT: box v of type t in an interface. Like Go's convT16/32/64/convTstring/convTslice, no
 * allocation for pointer-shaped types, zero-size types, one-byte values, integers below 256
 * (runtime.staticuint64s), the empty string and a nil slice.
 */
export function convT(t: RType, v: GoValue): Iface {
  const i = new Iface(t, v);
  if (convTAllocates(t, v)) (i as unknown as { $addr: number }).$addr = machine.newobject(t.size, t.ptrdata === 0, allocVia.convT);
  return i;
}

function convTAllocates(t: RType, v: unknown): boolean {
  if (t.size === 0 || isDirectIface(t)) return false;
  switch (t.kind) {
    case Kind.String:
      return (v as string).length > 0;
    case Kind.Slice:
      return v !== null;
    case Kind.Bool:
      return false;
  }
  if (t.size === 1) return false;
  if (t.ptrdata === 0 && (t.size === 2 || t.size === 4 || t.size === 8)) {
    if (typeof v === "number") {
      if (t.kind === Kind.Float64 || t.kind === Kind.Float32) return !Object.is(v, 0);
      return !(v >= 0 && v < 256);
    }
    return true;
  }
  return true;
}

/** isdirectiface: a pointer-shaped type is stored in the interface word itself. */
function isDirectIface(t: RType): boolean {
  switch (t.kind) {
    case Kind.Pointer: case Kind.Map: case Kind.Chan: case Kind.Func: case Kind.UnsafePointer:
      return true;
    case Kind.Array:
      return t.len === 1 && isDirectIface(t.elem!);
    case Kind.Struct:
      return t.fields!.length === 1 && isDirectIface(t.fields![0]!.type);
  }
  return false;
}
