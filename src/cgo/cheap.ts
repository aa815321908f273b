// The simulated C address space of a cgo program: read-only data, and a malloc heap.
//
// Models the parts of a Linux process's C memory that a preamble can touch: string literals in
// .rodata and glibc's malloc heap (malloc/free/calloc/realloc), with loads and stores of every
// C scalar type, little-endian as on amd64.
//
// Terms:
//   - address: a JS number. NULL is 0. Addresses below BASE are never mapped.
//   - rodata: [BASE, heapStart): string literals, interned at load time; stores fault.
//   - heap: [heapStart, brk): malloc chunks. A chunk's usable size is a multiple of 16 and is
//     recorded in `live` while allocated.
//
// Invariants:
//   - Every live chunk lies inside [heapStart, brk) and chunks never overlap.
//   - Memory fresh from the break is zero (as fresh pages from the kernel are); reused chunks keep
//     their old bytes, as glibc's do.
//   - A load or store outside [BASE, brk), or a store below heapStart, throws CFault("SIGSEGV").
//
// Simplifications vs glibc: the allocator is a bump pointer plus exact-size free lists (no
// coalescing, no bins, no mmap for big chunks); use-after-free inside the heap is not detected
// (real glibc does not detect it either). An invalid or double free raises SIGABRT, as glibc's
// checks do, with glibc's message.

import { SimLimit } from "../runtime/panic.js";
import { CFault } from "./fault.js";
import type { Pos } from "../frontend/ast.js";

/** The lowest mapped address (the NULL page and the rest of low memory are unmapped). */
const BASE = 0x400000;
const ALIGN = 16;
const HDR = 16; // bytes kept before each chunk, as glibc's chunk header
/** A typed array constructor (runtime/backing.ts typedArrayOf's). */
type ViewCtor = { new (b: ArrayBuffer, off: number, n: number): ArrayBufferView; readonly BYTES_PER_ELEMENT: number };
/** Room for string literals beyond the heap's limit. */
const rodataBytesMax = 16 << 20;

export class CHeap {
  /** The address space's bytes from BASE on, and u8 and dv over all of it: a new buffer each
   *  time it grows, until a Go slice is made over it (view), which makes it as large as it can
   *  get, once, so that the slice stays valid. (A resizable ArrayBuffer would keep views valid
   *  too, but made the interpreter's loads and stores about 15% slower.) */
  buf: ArrayBuffer;
  u8: Uint8Array;
  dv: DataView;
  /** Start of the heap; 0 until the first malloc seals rodata. */
  heapStart = 0;
  brk = 0;
  /** Allocated chunks: address → usable size. */
  readonly live = new Map<number, number>();
  private readonly free = new Map<number, number[]>();
  private readonly rodata = new Map<string, number>();
  heapBytesMax: number;
  /** Bytes in live chunks. */
  inUse = 0;

  constructor(heapBytesMax = 256 << 20) {
    this.heapBytesMax = heapBytesMax;
    this.buf = new ArrayBuffer(1 << 16);
    this.u8 = new Uint8Array(this.buf);
    this.dv = new DataView(this.buf);
    this.brk = BASE;
  }

  /** Intern a string literal in rodata (NUL-terminated); only before the first malloc. */
  literal(bytes: string): number {
    const got = this.rodata.get(bytes);
    if (got !== undefined) return got;
    if (this.heapStart !== 0) throw new Error("cgo: literal interned after malloc");
    const a = this.brk;
    this.grow(a + bytes.length + 1);
    for (let i = 0; i < bytes.length; i++) this.u8[a - BASE + i] = bytes.charCodeAt(i);
    this.brk = a + bytes.length + 1;
    this.rodata.set(bytes, a);
    return a;
  }

  /** End rodata: the heap starts on the next page. */
  private seal(): void {
    this.heapStart = this.brk = roundUp(this.brk + 1, 4096);
    this.grow(this.brk);
  }

  private grow(end: number): void {
    const need = end - BASE;
    if (need <= this.buf.byteLength) return;
    const max = this.heapBytesMax + rodataBytesMax;
    if (need > max) throw new SimLimit("heap", `cgo: C memory limit of ${max} bytes reached`);
    let n = this.buf.byteLength;
    while (n < need) n *= 2;
    this.reallocate(Math.min(n, max));
  }
  private reallocate(n: number): void {
    const u = new Uint8Array(n);
    u.set(this.u8);
    this.buf = u.buffer;
    this.u8 = u;
    this.dv = new DataView(u.buffer);
  }

  /** The heap as load left it (rodata and nothing allocated), for restore. */
  snapshot(): { heapStart: number; brk: number; bytes: Uint8Array } {
    return { heapStart: this.heapStart, brk: this.brk, bytes: this.u8.slice(0, this.brk - BASE) };
  }

  /** Back to a snapshot: a run of the program starts with the heap load left, whatever an
   *  earlier run allocated and wrote. */
  restore(s: { heapStart: number; brk: number; bytes: Uint8Array }): void {
    // In place: a run that used no C heap costs no allocation (the common case).
    const used = this.brk - BASE;
    if (used > s.bytes.length) this.u8.fill(0, s.bytes.length, used);
    this.u8.set(s.bytes);
    this.heapStart = s.heapStart;
    this.brk = s.brk;
    this.live.clear();
    this.free.clear();
    this.inUse = 0;
  }

  /** malloc(n): a 16-byte aligned chunk, or 0 for a request no machine could satisfy. */
  malloc(n: number): number {
    if (n < 0 || n > 2 ** 40) return 0;
    if (this.heapStart === 0) this.seal();
    const size = Math.max(ALIGN, roundUp(n, ALIGN));
    const list = this.free.get(size);
    let a = list?.pop();
    if (a === undefined) {
      if (this.brk - this.heapStart + size + HDR > this.heapBytesMax) {
        throw new SimLimit("heap", `cgo: C heap limit of ${this.heapBytesMax} bytes reached`);
      }
      a = this.brk + HDR;
      this.grow(a + size);
      this.brk = a + size;
    }
    this.live.set(a, size);
    this.inUse += size;
    return a;
  }

  calloc(n: number, size: number): number {
    const a = this.malloc(n * size);
    if (a !== 0) this.u8.fill(0, a - BASE, a - BASE + n * size);
    return a;
  }

  /** free(a). free(NULL) does nothing. */
  freeChunk(a: number, line?: Pos): void {
    if (a === 0) return;
    const size = this.live.get(a);
    if (size === undefined) {
      const dbl = this.wasFreed(a);
      throw new CFault("SIGABRT", dbl ? "free(): double free detected in tcache 2" : "free(): invalid pointer", line);
    }
    this.live.delete(a);
    this.inUse -= size;
    let list = this.free.get(size);
    if (list === undefined) this.free.set(size, (list = []));
    list.push(a);
  }

  private wasFreed(a: number): boolean {
    for (const l of this.free.values()) if (l.includes(a)) return true;
    return false;
  }

  realloc(a: number, n: number, line?: Pos): number {
    if (a === 0) return this.malloc(n);
    const old = this.live.get(a);
    if (old === undefined) throw new CFault("SIGABRT", "realloc(): invalid pointer", line);
    if (n <= old) return a;
    const b = this.malloc(n);
    this.u8.copyWithin(b - BASE, a - BASE, a - BASE + old);
    this.freeChunk(a);
    return b;
  }

  /** n elements of ctor's type at the heap address a, as a typed array over this memory (Go's
   *  view of a C array, cptr.ts), at most as many as lie below brk; a reason when there is none. */
  view(ctor: ViewCtor, a: number, n: number): ArrayBufferView | string {
    if (this.heapStart === 0 || a < this.heapStart) return "read-only memory";
    const max = this.heapBytesMax + rodataBytesMax;
    if (this.buf.byteLength < max) this.reallocate(max); // never again: see buf
    const size = ctor.BYTES_PER_ELEMENT;
    if ((a - BASE) % size !== 0) return `not aligned to ${size} bytes`;
    const v = new ctor(this.buf, a - BASE, Math.max(0, Math.min(n, Math.floor((this.brk - a) / size))));
    // Its address, for comparing &s[i] with C pointers (runtime/value.ts ptrEqual).
    Object.defineProperty(v, "$cBase", { value: a });
    return v;
  }
  /** The address of byte off of the buffer (a view's byteOffset). */
  addressAt(off: number): number {
    return BASE + off;
  }
  /** Does a lie in the mapped memory (or just past its end, where a pointer may point)? */
  maps(a: number): boolean {
    return a >= BASE && a <= this.brk;
  }
  /** Check that [a, a+n) may be read; return the offset of a in u8. */
  rd(a: number, n: number): number {
    const o = a - BASE;
    if (!(o >= 0 && a + n <= this.brk)) throw segv(a);
    return o;
  }
  /** Check that [a, a+n) may be written; return the offset of a in u8. */
  wr(a: number, n: number): number {
    if (!(a >= this.heapStart && a + n <= this.brk && this.heapStart !== 0)) throw segv(a);
    return a - BASE;
  }

  /** Read a NUL-terminated string as a byte string. */
  cstring(a: number): string {
    let o = this.rd(a, 1);
    let s = "";
    for (;;) {
      if (o >= this.brk - BASE) throw segv(o + BASE);
      const c = this.u8[o++]!;
      if (c === 0) return s;
      s += String.fromCharCode(c);
    }
  }
  /** Read n bytes as a byte string. */
  bytes(a: number, n: number): string {
    if (n <= 0) return "";
    const o = this.rd(a, n);
    let s = "";
    for (let i = 0; i < n; i++) s += String.fromCharCode(this.u8[o + i]!);
    return s;
  }
  /** Write a byte string at a. */
  put(a: number, s: string): void {
    const o = this.wr(a, s.length);
    for (let i = 0; i < s.length; i++) this.u8[o + i] = s.charCodeAt(i) & 0xff;
  }
}

function segv(addr: number): CFault {
  return new CFault("SIGSEGV", `unexpected fault address 0x${addr.toString(16)}`, undefined, addr);
}

function roundUp(n: number, m: number): number {
  return Math.ceil(n / m) * m;
}
