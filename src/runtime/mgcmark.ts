// Marking: real reachability over a gort program's JS values, from Go's roots.
//
// Models the work of src/runtime/mgcmark.go (markroot, scanstack, scanobject, greyobject) for
// Go 1.19, over gort's value representation (value.ts) instead of memory words.
//
// Terms:
//   heap object  a JS object carrying `$addr`, the address mallocgc gave it (newobject.ts). Its
//                mark bit lives in its span (mspan.gcmarkBits); marking it makes it grey, and
//                scanning its fields makes it black.
//   interior     an object without `$addr`: a value inside a heap object or a frame (a Slice
//                header, an Iface, a Ptr, a struct stored by value, a bucket's key array). It
//                has no mark bit; the marker scans it once per cycle (the `seen` set).
//   roots        the package variables ($P), every live goroutine's frames (each frame's scan
//                closure `s`, set by compiled code at the yield point the frame waits in, lists
//                the locals that are live there), deferred calls, a goroutine's start closure
//                (its go statement's arguments), the value a channel handed it before it ran
//                again, and its panics' values.
//   strings      Go strings are JS strings: they have no identity. A string allocation is
//                registered with its content (StringHeap); it stays alive while some reachable
//                string has equal content. Exact in bytes for distinct contents; two equal
//                strings, one live and one garbage, both stay.
//
// Invariants: a heap object is scanned at most once per cycle (its mark bit); an interior
// object at most once (seen). The marker never changes a Go value.
//
// Simplifications vs real Go: marking runs to completion at the start of the cycle (a
// snapshot: exactly what Go's hybrid write barrier guarantees to retain; objects allocated
// during the mark phase are allocated black by mallocgc). An interior pointer (a Ptr to a field,
// or a struct inside another) keeps its container alive only if the container is reachable by
// other means. Of what natives hold, only timers' funcs and channels are roots (a callback a
// native holds while it runs, such as sort.Slice's less, belongs to a frame anyway).

import { roundupsize, type Heap } from "./malloc.js";
import {
  Bmap, Box, Hmap, kslot, oslot, ooslot, W, OverflowList, bucketArr, bucketOff, type Buckets,
} from "./map.js";
import { HChan } from "./chan.js";
import { Gstatus, type G } from "./runtime2.js";
import { MSpanState, type MSpan } from "./mspan.js";
import { Iface, Ptr, Slice } from "./value.js";
import { SimBug } from "./panic.js";

/**
 * Strings allocated by the program, by size class, oldest first. A JS string has no identity,
 * so marking cannot tell which allocation a reachable string came from; it counts instead: for
 * each size class, as many string allocations stay marked as there are distinct reachable
 * strings of that class, the oldest first (long-lived strings are usually the old ones). The
 * live bytes and objects are exact when reachable contents are distinct; which slots survive
 * is not. Strings gort never allocated (literals) count too. Rejected: keeping each string or a
 * hash of its content (holding strings kept dead ones alive in the host until the next cycle,
 * a third of the host's time on a Sprintf loop; hashing cost O(length) per allocation).
 */
export class StringHeap {
  private byClass = new Map<number, number[]>();

  add(addr: number, s: string): void {
    const k = classKey(s.length);
    const l = this.byClass.get(k);
    if (l === undefined) this.byClass.set(k, [addr]);
    else l.push(addr);
  }

  /** Mark the string allocations that reachable strings account for; forget the others. */
  mark(m: Marker, reachable: StringSet): void {
    const need = new Map<number, number>();
    const items = reachable.items;
    for (let i = 0; i < reachable.size; i++) {
      const k = classKey(items[i]!.length);
      need.set(k, (need.get(k) ?? 0) + 1);
    }
    for (const [k, l] of this.byClass) {
      const n = Math.min(need.get(k) ?? 0, l.length);
      l.length = n;
      // markAddr leaves alone a slot freed and reused since (by a string gort could not see).
      for (let i = 0; i < n; i++) m.markAddr(l[i]!);
    }
  }

  /** How many string allocations are remembered (tests). */
  get size(): number {
    let n = 0;
    for (const l of this.byClass.values()) n += l.length;
    return n;
  }
}

/**
 * A set of strings (the distinct reachable strings of a mark), kept by the GC from one cycle
 * to the next and cleared after each: an open-addressing table whose capacity survives the
 * clear. V8's Set clears to its initial capacity, so a new or cleared Set grew and rehashed its
 * way up to every cycle's count again; measured on map_string (500,000 keys), the marker's
 * string adds took a quarter of the run's CPU time with a Set per cycle.
 *
 * Layout: slots in two Int32Arrays, idx (1 + the string's index in items, 0 when free) and
 * hs (its hash), probed linearly; items lists the strings in insertion order (StringHeap.mark
 * reads it). The table is at most half full. The hash is computed here (JS has no access to
 * V8's): all characters of a string of up to 16, 16 characters spread over a longer one and its
 * last, so that hashing never costs more than a short string's. Strings that agree on those
 * characters and their length collide, which costs probes, never correctness (a hit compares
 * the strings themselves).
 *
 * Invariants: size is the number of distinct strings added since the last clear; clear drops
 * every reference to them (the host may free dead ones).
 */
export class StringSet {
  private mask = minStringSetCap - 1;
  private idx = new Int32Array(minStringSetCap);
  private hs = new Int32Array(minStringSetCap);
  /** The strings added since the last clear, in order: items[0..size). */
  readonly items: string[] = [];
  size = 0;

  /** Add s; returns false if it was there already. */
  add(s: string): boolean {
    const h = stringHash(s);
    const m = this.mask, idx = this.idx, hs = this.hs;
    let i = h & m;
    for (;;) {
      const x = idx[i]!;
      if (x === 0) break;
      if (hs[i] === h && this.items[x - 1] === s) return false;
      i = (i + 1) & m;
    }
    idx[i] = this.size + 1;
    hs[i] = h;
    this.items[this.size++] = s;
    if (this.size * 2 > m) this.resize((m + 1) * 2);
    return true;
  }

  has(s: string): boolean {
    const h = stringHash(s);
    const m = this.mask;
    for (let i = h & m; ; i = (i + 1) & m) {
      const x = this.idx[i]!;
      if (x === 0) return false;
      if (this.hs[i] === h && this.items[x - 1] === s) return true;
    }
  }

  /** Empty the set, keeping its capacity unless it is 16 times more than the strings it held
   *  (then it shrinks, so that a heap that shrank is not cleared at its old size each cycle). */
  clear(): void {
    const n = this.size;
    if (n === 0) return;
    this.items.fill("", 0, n);
    this.size = 0;
    const cap = this.mask + 1;
    if (cap > minStringSetCap && n * 16 < cap) {
      let c = minStringSetCap;
      while (c < n * 4) c *= 2;
      this.items.length = n;
      this.mask = c - 1;
      this.idx = new Int32Array(c);
      this.hs = new Int32Array(c);
      return;
    }
    this.idx.fill(0);
  }

  /** Rehash into a table of cap slots. */
  private resize(cap: number): void {
    const m = cap - 1;
    const idx = new Int32Array(cap), hs = new Int32Array(cap);
    const oidx = this.idx, ohs = this.hs;
    for (let j = 0; j < oidx.length; j++) {
      const x = oidx[j]!;
      if (x === 0) continue;
      const h = ohs[j]!;
      let i = h & m;
      while (idx[i] !== 0) i = (i + 1) & m;
      idx[i] = x;
      hs[i] = h;
    }
    this.mask = m;
    this.idx = idx;
    this.hs = hs;
  }
}

const minStringSetCap = 1024;

/** StringSet's hash: FNV-1a's multiplier over the length and (up to 17 of) the characters,
 *  then a final avalanche so that the low bits the table uses depend on every character read. */
function stringHash(s: string): number {
  const n = s.length;
  let h = n;
  if (n <= 16) {
    for (let i = 0; i < n; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  } else {
    const step = n / 16;
    for (let i = 0; i < 16; i++) h = Math.imul(h ^ s.charCodeAt(Math.floor(i * step)), 0x01000193);
    h = Math.imul(h ^ s.charCodeAt(n - 1), 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/** Strings of one key share a size class: the tiny allocator below 16 bytes, then roundupsize. */
function classKey(len: number): number {
  return len < 16 ? 0 : roundupsize(len);
}

/** What one marking pass found. */
export interface MarkResult {
  /** Bytes of stack frames scanned (8 per scanned local), for the gctrace "stacks" figure. */
  stackBytes: number;
  /** Bytes of package variables scanned. */
  globalsBytes: number;
  /** Heap objects newly marked, and their bytes (the heap scan work). */
  objects: number;
  bytes: number;
  /** The marked bytes that were scanned (objects with pointers). */
  scanBytes: number;
  /** References to heap objects the mark followed (a pointer word found by scanobject or a
   *  root, whether its object was marked already or not): greyobject's calls. */
  pointers: number;
  /** The longest chain of objects marked one after another (breadth-first levels). */
  depth: number;
}

export class Marker {
  /** The grey objects of the current level, and those found while scanning it (the next). */
  private work: object[] = [];
  private workN = 0;
  private next: object[] = [];
  /** Beside work and next: the $scan of a queued object's class when the field that held it
   *  named it (sptr), else undefined (scanobject finds it). */
  private scans: (StructScan | undefined)[] = [];
  private nextScans: (StructScan | undefined)[] = [];
  private readonly seen = new Set<object>();
  private objects = 0;
  private bytes = 0;

  /** reachOnly: a walk for goroutineleak.ts, outside any GC cycle. Every object is visited
   *  once through `seen`, mark bits are neither read nor set, nothing is counted, and a struct
   *  is scanned field by field (its $scan skips fields without pointers, but a Mutex or a
   *  channel inside a struct must be visited: a goroutine may wait on it).
   *  strings: where the mark collects the distinct reachable strings; the GC passes the one it
   *  keeps from cycle to cycle (StringSet), cleared: the marker clears it too. A reachOnly walk
   *  collects none, and makes no set (gort test's leak check walks once per run). */
  private readonly strings: StringSet | null;

  constructor(
    private readonly heap: Heap,
    private readonly reachOnly = false,
    strings?: StringSet,
  ) {
    this.strings = strings ?? (reachOnly ? null : new StringSet());
    this.strings?.clear();
  }

  /** reachOnly: visit the values vs and what they reach. */
  reach(vs: readonly unknown[]): void {
    for (const v of vs) this.value(v);
    this.drain();
  }

  /** reachOnly: visit what goroutine g's stack reaches (scanstack). */
  reachStack(g: G): void {
    this.scanstack(g);
    this.drain();
  }

  /** reachOnly: was o visited? */
  reached(o: object): boolean {
    return this.seen.has(o);
  }

  /** Mark everything reachable from the roots: package variables, goroutines, and the
   *  values the runtime holds for the program (extra: its timers' funcs and channels). */
  markAll(globals: readonly object[], gs: readonly G[], strs: StringHeap, extra: readonly unknown[] = []): MarkResult {
    for (const x of extra) this.value(x);
    let globalsBytes = 0;
    for (const p of globals) {
      for (const k in p) {
        globalsBytes += 8;
        this.value((p as Record<string, unknown>)[k]);
      }
    }
    let stackBytes = 0;
    for (const g of gs) {
      // The G struct is a heap object that allgs keeps alive, dead or not (Go never frees Gs).
      if (g.gaddr !== 0) this.markAddr(g.gaddr);
      if (g.status === Gstatus._Gdead || g.gen === undefined) continue;
      stackBytes += this.scanstack(g);
    }
    this.drain();
    if (this.strings === null) throw new SimBug("markAll: a reachOnly marker collects no strings");
    strs.mark(this, this.strings);
    return {
      stackBytes, globalsBytes, objects: this.objects, bytes: this.bytes, scanBytes: this.scanBytes,
      pointers: this.pointers, depth: this.levels,
    };
  }

  /** Mark what o refers to (not o itself) and the value f, after the roots (finalizers). */
  markFrom(o: object, f: unknown): void {
    this.scanobject(o);
    this.value(f);
    this.drain();
  }

  /** Mark v and what it reaches, after the roots. */
  markValue(v: unknown): void {
    this.value(v);
    this.drain();
  }

  /** scanstack: the live locals of every frame, the frames' deferred calls, the start closure,
   *  the value a channel operation handed the goroutine before it ran again (its sudog, in
   *  param), and the values of its panics (what recover returns). */
  private scanstack(g: G): number {
    let bytes = 0;
    if (g.startRoots !== undefined) this.value(g.startRoots);
    for (const d of g.deferring) this.value(d);
    const sg = g.param as { elem?: unknown } | undefined;
    if (sg !== undefined && sg !== null && typeof sg === "object") this.value(sg.elem);
    for (let p = g.panic; p !== null && p !== undefined; p = p.link ?? null) this.value(p.value);
    for (let i = 1; i <= g.d; i++) {
      const f = g.fr[i]!;
      if (f.defers) this.value(f.defers);
      const s = f.s;
      if (!s) continue;
      for (const th of s()) {
        bytes += 8;
        try {
          this.value(th());
        } catch {
          // The local is not initialized yet at this yield point (a JS temporal dead zone):
          // it holds nothing.
        }
      }
    }
    return bytes;
  }

  /** greyobject for any Go value: mark a heap object and queue it, skip scalars. */
  value(v: unknown): void {
    for (;;) {
      if (typeof v !== "object" || v === null) {
        if (typeof v === "function") this.func(v);
        else if (typeof v === "string" && v.length > 0 && this.strings !== null) this.strings.add(v);
        return;
      }
      const a = (v as { $addr?: number }).$addr;
      if (a !== undefined && a !== 0) {
        const r = this.markAddr(a);
        if (r === 0) return;
        if (r === 2 && this.firstVisit(v)) return;
      } else if (v instanceof Slice) {
        v = v.a;
        continue;
      } else if (v instanceof Ptr) {
        v = v.o;
        continue;
      } else if (v instanceof Iface) {
        v = v.v;
        continue;
      } else if ((v as { $view?: unknown }).$view !== undefined) {
        v = (v as { $view?: unknown }).$view; // a view (unsafe.ts) holds what its root holds
        continue;
      } else if (!this.reachOnly && (v as { constructor: { $noptr?: true } }).constructor.$noptr === true) {
        // A struct held by value with no pointer fields (unicode's Range16s): nothing to mark.
        // The leak walk still visits it: a goroutine may wait on a Mutex.
        return;
      } else if (this.firstVisit(v)) return;
      this.scans[this.workN] = undefined;
      this.work[this.workN++] = v;
      return;
    }
  }

  /** Returns true if v was already visited this cycle. */
  private firstVisit(v: object): boolean {
    if (this.seen.has(v)) return true;
    this.seen.add(v);
    return false;
  }

  /** 0: already marked; 1: newly marked; 2: not a live heap object (scan it as interior).
   *  findObject and greyobject inlined: this is the marker's hottest path. */
  markAddr(a: number): 0 | 1 | 2 {
    if (this.reachOnly) return 2;
    this.pointers++;
    // Objects found together are often in the same span: try the last one first.
    let span = this.lastSpan;
    if (span === null || a < span.startAddr || a >= span.limit) {
      span = this.heap.h.spanOf(a);
      if (span === null || span.state !== MSpanState.mSpanInUse || a >= span.limit) return 2;
      this.lastSpan = span;
    }
    const i = span.objIndex(a);
    if (i >= span.nelems || !span.isAllocated(i)) return 2;
    const bits = span.gcmarkBits;
    const w = i >>> 5;
    const m = 1 << (i & 31);
    if ((bits[w]! & m) !== 0) return 0;
    bits[w]! |= m;
    this.objects++;
    this.bytes += span.elemsize;
    // A noscan object is only marked, never scanned: it adds no scan work.
    if ((span.spanclass & 1) === 0) this.scanBytes += span.elemsize;
    return 1;
  }

  private func(f: Function): void {
    const a = (f as { $addr?: number }).$addr;
    if (a !== undefined && a !== 0 && this.markAddr(a) === 0) return;
    const c = (f as { $c?: unknown }).$c;
    if (c === undefined) return;
    if (this.firstVisit(f)) return;
    this.value(typeof c === "function" ? c() : c);
  }

  /** Scan level by level (breadth first): the number of levels is the longest chain of
   *  pointers the mark must follow one after another, which no number of workers shortens. */
  private drain(): void {
    while (this.workN > 0) {
      this.levels++;
      const level = this.work;
      const scans = this.scans;
      const n = this.workN;
      this.work = this.next; // value() queues the next level here, from index 0
      this.scans = this.nextScans;
      this.workN = 0;
      for (let i = 0; i < n; i++) {
        const scan = scans[i];
        if (scan !== undefined) scan(level[i]!, this);
        else this.scanobject(level[i]!);
      }
      this.next = level; // its stale entries are overwritten before they are read
      this.nextScans = scans;
    }
  }

  /**
   * value(v) of a field of type *T, T a struct of class cls (a compiled $scan): the same
   * marking, but an object of class cls is queued with cls.$scan, which the drain then calls
   * without scanobject's look-up of the object's kind (binarytrees' nodes). Any other value
   * (nil, an interior struct without an address, another representation) takes value().
   */
  sptr(v: object | null, cls: { $scan: StructScan }): void {
    if (v === null) return;
    const a = (v as { $addr?: number }).$addr;
    if (a === undefined || a === 0 || this.reachOnly || (v.constructor as unknown) !== cls) return this.value(v);
    const r = this.markAddr(a);
    if (r === 0 || (r === 2 && this.firstVisit(v))) return;
    this.scans[this.workN] = cls.$scan;
    this.work[this.workN++] = v;
  }

  /** The span of the last object marked (a cache for markAddr). */
  private lastSpan: MSpan | null = null;
  /** Bytes of marked objects that hold pointers (Go's heapScanWork). */
  private scanBytes = 0;
  /** markAddr's calls (MarkResult.pointers). */
  private pointers = 0;
  /** Levels of the last drain (MarkResult.depth). */
  private levels = 0;

  /** scanobject: queue what o refers to. */
  private scanobject(o: object): void {
    if (Array.isArray(o)) {
      // A Bmap (an overflow bucket of its own) is an array. Tested among arrays only: instanceof
      // walks the prototype chain of every struct object the marker scans (binarytrees: 3.44 ->
      // 3.00 s CPU).
      if (o instanceof Bmap) return this.bmap(o, 0);
      // A Go array or backing array (it has an address) holds values of one Go type, and only
      // numbers and bools are JS primitives other than strings: if its first element is a
      // number, a bigint or a bool, every element is one, and value() would mark none of them
      // (a []int or []bool of millions of elements cost a loop over all of them per cycle).
      // Arrays without an address may be the runtime's mixed ones (a func value's captures).
      if (o.length > 0 && (o as { $addr?: number }).$addr !== undefined) {
        const t = typeof o[0];
        if (t === "number" || t === "boolean" || t === "bigint") return;
      }
      for (let i = 0; i < o.length; i++) this.value(o[i]);
      return;
    }
    const c = (o as { constructor?: unknown }).constructor as { $scan?: StructScan } | undefined;
    if (c !== undefined && c.$scan !== undefined && !this.reachOnly) return c.$scan(o, this);
    if (o instanceof BucketRef) return this.bmap(o.b, o.o);
    if (o instanceof Slice) return this.value(o.a);
    if (o instanceof Ptr) return this.value(o.o);
    if (o instanceof Iface) return this.value(o.v);
    if (o instanceof Hmap) return this.hmap(o);
    if (o instanceof OverflowList) {
      if (o.arrAddr !== 0) this.markAddr(o.arrAddr);
      for (let i = 0; i < o.a.length; i++) this.bucket(o.a[i]!, o.o[i]!);
      return;
    }
    if (o instanceof Box) return this.value(o.v);
    if (o instanceof HChan) {
      this.value(o.buf);
      for (const sg of o.sendq) this.value(sg.elem);
      return;
    }
    if (ArrayBuffer.isView(o)) return;
    if (isGoObject(o)) {
      const r = o as Record<string, unknown>;
      for (const k in r) if (k !== "$addr") this.value(r[k]);
    }
  }

  /** A bucket array: one heap object; its buckets and their keys and elements are inside it,
   *  so they are scanned in place (no seen set). */
  private buckets(bs: Buckets | null): void {
    if (bs === null) return;
    const a = bs.$addr;
    if (a !== 0 ? this.markAddr(a) === 0 : this.firstVisit(bs)) return;
    for (const c of bs.c) for (let o = 0; o < c.length; o += W) this.bmap(c, o);
  }

  /** The bucket at offset o of b: its keys and elems, then its overflow pointer. The keys and
   *  elems of a map of scalars (Bmap.scalars) are JS primitives that value() would pass over:
   *  they are not visited at all (map_int's GC cycles scanned 16 numbers per bucket). */
  private bmap(b: Bmap, o: number): void {
    if (!b.scalars) for (let i = o + kslot; i < o + oslot; i++) this.value(b[i]);
    const ob: Bmap | null = b[o + oslot];
    if (ob !== null) this.bucket(ob, b[o + ooslot]);
  }

  /** value() of a pointer to the bucket at offset o of b. One allocated on its own is an object
   *  with an address; one inside a bucket array (a preallocated overflow bucket, or bucket 0 as
   *  their sentinel) has none: it is queued once per cycle (the seen set, per bucket), as
   *  value() queues any object without an address. */
  private bucket(b: Bmap, o: number): void {
    if (!b.main) {
      this.value(b);
      return;
    }
    let s = this.seenBuckets.get(b);
    if (s === undefined) this.seenBuckets.set(b, (s = new Set()));
    if (s.has(o)) return;
    s.add(o);
    this.scans[this.workN] = undefined;
    this.work[this.workN++] = new BucketRef(b, o);
  }

  /** The buckets of bucket arrays that bucket() queued, by chunk. */
  private readonly seenBuckets = new Map<Bmap, Set<number>>();

  private hmap(h: Hmap): void {
    this.buckets(h.buckets);
    this.buckets(h.oldbuckets);
    const x = h.extra;
    if (x !== null) {
      if (x.$addr !== 0) this.markAddr(x.$addr);
      this.value(x.overflow);
      this.value(x.oldoverflow);
      if (x.nextOverflowArray !== null) {
        const j = x.nextOverflowIndex;
        this.bucket(bucketArr(x.nextOverflowArray, j), bucketOff(j));
      }
    }
  }
}

/** A grey bucket inside a bucket array (Marker.bucket). */
class BucketRef {
  constructor(readonly b: Bmap, readonly o: number) {}
}

/** A compiled struct class's static $scan (compiler/typetable.ts): value() on each field that
 *  may hold a reference. */
type StructScan = (o: object, m: Marker) => void;

/** A compiled struct (its class has static zero/clone/assign), a variable's box ({v}), or a
 *  package-variable record. Other objects are the runtime's and are not Go values. */
function isGoObject(o: object): boolean {
  const c = (o as { constructor?: unknown }).constructor as Function | undefined;
  return c === undefined || c === Object || isStructClass(c);
}

function isStructClass(c: Function): boolean {
  return typeof (c as { assign?: unknown }).assign === "function";
}
