// Go's hash map: creation, lookup, insert, delete, clear, and incremental growth.
//
// Models src/runtime/map.go and map_fast32.go, map_fast64.go, map_faststr.go (Go 1.19.8).
// The iterator and the introspection helpers are in map_iter.ts; the type descriptor (bucket
// layout, fast-variant choice, hasher) is in map_fast.ts; hashing is in alg.ts and hash64.ts.
//
// Terms (Go's):
//   hmap          The map header: count, flags, B (log2 of the bucket count), noverflow, hash0
//                 (the per-map seed), buckets, oldbuckets (non-null while growing), nevacuate,
//                 extra (overflow lists and the next preallocated overflow bucket).
//   bmap          A bucket: 8 tophash bytes, 8 keys, 8 elems and an overflow pointer.
//   tophash       The top byte of a key's 64-bit hash, raised by minTopHash when below it; small
//                 values mark empty or evacuated slots (emptyRest, emptyOne, evacuatedX/Y/Empty).
//   growing       oldbuckets != null. Growth is incremental: each write evacuates the old bucket
//                 it is about to use and one more (growWork); reads look in the old bucket while
//                 it is not yet evacuated.
//   write window  The span of a write during which hashWriting is set. The generator entry
//                 points yield STEP inside it, so that a goroutine on another P can observe it.
//
// Invariants (checked by checkmap in map_iter.ts):
//   - count equals the number of live slots (tophash >= minTopHash) in buckets plus in old
//     buckets that are not yet evacuated.
//   - Every live slot's tophash is tophash(hash(key)) and it sits in the bucket its hash picks.
//   - A slot marked emptyRest is followed only by emptyRest slots in its bucket chain.
//   - Old buckets below nevacuate are evacuated; growth ends when nevacuate reaches their count.
//
// Algorithm of mapassign (map.go:578), step by step as the code below numbers it:
//   1. nil map: panic "assignment to entry in nil map". 2. hashWriting set: fatal.
//   3. hash the key, then flags ^= hashWriting. 4. allocate the first bucket lazily.
//   5. if growing, growWork. 6. walk the chain: remember the first empty slot; an equal key is
//   updated. 7. absent and overloaded (or too many overflow buckets): hashGrow, go to 5.
//   8. no free slot: newoverflow. 9. store key and tophash, count++. 10. exit check, clear flag.
//
// Simplifications vs real Go:
//   - No locks or atomics: one goroutine runs at a time; concurrent misuse is detected exactly
//     where Go's plain flag checks would detect it, at the STEP yields.
//   - Buckets are slots of flat JS arrays (Bmap: a bucket array's buckets share one array, an
//     overflow bucket allocated on its own is an array of one bucket); memory is accounted
//     through env.newobject with Go's sizes (bucket arrays, overflow buckets, indirect keys and
//     elems), but keys and elems are JS values, not bytes. An indirect key or elem is a Box
//     whose v is the value.
//   - mapassign stores the elem itself (Go returns a pointer that compiled code writes through,
//     after the flag is cleared); the store happens right after the exit check. `m[k] op= v`
//     passes elemRef instead, and its compiled code updates the element in place, as Go's.
//   - A key or elem that is an array or struct is cloned on the way in (Go's typedmemmove);
//     lookups return the stored value without copying: the caller copies when it assigns.
//   - fastrand is env.prng.uint32(); fastrand64 is two draws.
//
// State: a map's state is its Hmap, made with the running machine's Env. The module variables
// below (nextOverflowIndex, newOverflowOff, hashTop, foundIndex, assignIndex, assignTop,
// insertFound, insertBucket, insertLastOff, and refBucket and refIndex, which compiled code
// reads) are return registers: each is set by a plain function and read by its caller before
// any yield, so no machine (or goroutine) switch can fall between the write and the read. mapHash's memo (memoKey...) caches the last hash of an integer
// or string key with its seed and hashkeyGen, which a machine switch changes: a hit is the value
// the hash would compute.

import { type Env } from "./env.js";
import { S, machine } from "./state.js";
import type { RaceDetector } from "./race.js";
import { hashHi, hashHi32, hashkeyGen, memhash32I, memhash64I, strhashI } from "./hash64.js";
import { i64Halves, i64HiHalf, panicRuntimeError } from "./alg.js";
import { GoFatal, assert, type RuntimeFrame } from "./panic.js";
import { GOON, PENDING, pend, pending, yieldThen, type GoGen, type YieldCode } from "./yield.js";
import { hashInt32, hashInt64, hashString, type MapType } from "./map_fast.js";
import type { Prng } from "../base/prng.js";
import { class_to_size, size_to_class128, size_to_class8 } from "./sizeclasses.js";
import { maxAlloc } from "./malloc.js";
import { growcap } from "./ops.js";
import { types } from "./rtypes.js";
import { hashNs, mapMissNs, mapOpNs, mapWindowNs } from "./costs.js";
import type { GoValue } from "./value.js";
import type { G } from "./runtime2.js";

export { newMapType, type MapType } from "./map_fast.js";

export const bucketCntBits = 3;
export const bucketCnt = 8;
const loadFactorNum = 13;
const loadFactorDen = 2;
/** Where a bucket's keys and elems start, from its offset (Bmap's comment). */
export const kslot = 8;
export const eslot = 16;

export const emptyRest = 0; // this slot and every later slot of the chain are empty
const emptyOne = 1; // this slot is empty
export const evacuatedX = 2; // the entry moved to the first half of the larger table
export const evacuatedY = 3; // the entry moved to the second half
export const evacuatedEmpty = 4; // the slot is empty and its bucket is evacuated
export const minTopHash = 5; // the smallest tophash of a live slot

export const iterator = 1; // there may be an iterator using buckets
export const oldIterator = 2; // there may be an iterator using oldbuckets
export const hashWriting = 4; // a goroutine is writing to the map
export const sameSizeGrow = 8; // the current growth keeps the bucket count

const fatalFrame: RuntimeFrame = {
  fn: "runtime.fatal", file: "/usr/lib/go-1.19/src/runtime/panic.go", line: 1066,
};

/** An indirect key or elem (one larger than 128 bytes): Go stores a pointer to it. */
export class Box {
  /** Its address: an indirect key or element is an object of its own. */
  $addr = 0;
  constructor(public v: any) {}
}

/**
 * Buckets are stored flat: a Bmap is a JS array holding one or more buckets, bucket after
 * bucket, W slots each, in bmap's order. For the bucket at offset o (a multiple of W), b[o + i]
 * is tophash[i], b[o + kslot + i] keys[i], b[o + eslot + i] elems[i], and the overflow pointer
 * is two slots: b[o + oslot] the Bmap holding the overflow bucket (or null) and b[o + ooslot]
 * its offset. A bucket is therefore named by (Bmap, offset); a slot by (Bmap, o + i), its
 * "position". Fresh buckets are zeroed: every tophash is emptyRest, overflow null.
 *
 * A bucket array (Buckets: h.buckets, h.oldbuckets) keeps all its buckets, the preallocated
 * overflow buckets included, in one Bmap per 2^chunkShift buckets (one Bmap up to B=19; V8's
 * `new Array(n)` is a slow dictionary above 2^25 slots): bucket j is in chunk j >>> chunkShift
 * at offset (j & chunkMask) * W. An overflow bucket allocated on its own is a Bmap of one
 * bucket (offset 0). A lookup in a large map then reads one array's elements, not a pointer in
 * the bucket array, a bucket object and its elements (three cache misses): measured, map_int
 * and map_string take 1.57x and 1.26x less CPU than with one JS array per bucket. `main`
 * tells a chunk of a bucket array from an overflow bucket of its own: the GC (mgcmark.ts) scans
 * a chunk's buckets as parts of the bucket array, and an overflow bucket as an object. Its slice
 * and map make plain arrays (Symbol.species).
 */
// any: a bucket's slots hold tophash bytes, keys, elems, Boxes and overflow links alike.
export class Bmap extends Array<any> {
  static get [Symbol.species](): ArrayConstructor {
    return Array;
  }
  /** The bucket's address when it was allocated on its own (an overflow bucket); 0 in a chunk. */
  $addr = 0;
  /** -race: each bucket's stand-in for its slots, by offset (raceBucket). */
  rk: Map<number, unknown[]> | null = null;
  /** n zeroed buckets; main: a chunk of a bucket array; scalars: the map type's keys and elems
   *  are scalars (MapType.scalars), so the marker skips their slots. */
  constructor(n: number, readonly main: boolean, readonly scalars = false) {
    super(n * W);
    for (let o = 0; o < n * W; o += W) clearBucket(this, o);
  }
}

/** Slots of one bucket: 8 tophash, 8 keys, 8 elems, the overflow bucket's Bmap and offset. */
export const W = 26;
export const oslot = 24;
export const ooslot = 25;
/** A bucket array's chunk holds 2^chunkShift buckets (W * 2^20 slots < V8's 2^25 fast limit). */
const chunkShift = 20;
const chunkMask = (1 << chunkShift) - 1;

/** Zero the bucket at offset o of b: emptyRest tophashes, no keys or elems, no overflow. */
function clearBucket(b: Bmap, o: number): void {
  for (let i = 0; i < kslot; i++) b[o + i] = emptyRest;
  for (let i = kslot; i < oslot; i++) b[o + i] = undefined;
  b[o + oslot] = null;
  b[o + ooslot] = 0;
}

/** A bucket array: n buckets in chunks (Bmap's comment); one heap object of the simulated heap. */
export class Buckets {
  $addr = 0;
  constructor(readonly c: Bmap[], readonly n: number) {}
}

/** The Bmap holding bucket j of bs, and the bucket's offset in it. */
export function bucketArr(bs: Buckets, j: number): Bmap {
  return bs.c[j >>> chunkShift]!;
}
export function bucketOff(j: number): number {
  return (j & chunkMask) * W;
}

/** hmap.extra's overflow lists (Go's *[]*bmap): the buckets as (Bmap, offset) pairs. Its heap
 *  objects, as Go's: the slice header (new([]*bmap), $addr) and the backing array that append
 *  grows (arrAddr, of cap pointers). */
export class OverflowList {
  readonly a: Bmap[] = [];
  readonly o: number[] = [];
  $addr = 0;
  arrAddr = 0;
  cap = 0;
  push(b: Bmap, o: number): void {
    this.a.push(b);
    this.o.push(o);
  }
}

/** -race: the stand-in for the slots of the bucket at offset o of b: one 24-slot array per
 *  bucket, as when each bucket was its own array (the detector keeps a shadow per array). */
export function raceBucket(b: Bmap, o: number): unknown[] {
  const m = b.rk ??= new Map();
  let r = m.get(o);
  if (r === undefined) m.set(o, (r = new Array<unknown>(oslot).fill(undefined)));
  return r;
}

/** hmap.extra. nextOverflow is bucket nextOverflowIndex of nextOverflowArray (Go bumps a
 *  pointer); there is none when nextOverflowArray is null. */
export class Mapextra {
  /** new(mapextra)'s address (24 bytes, Go's mapextra). */
  $addr = 0;
  overflow: OverflowList | null = null;
  oldoverflow: OverflowList | null = null;
  nextOverflowArray: Buckets | null = null;
  nextOverflowIndex = 0;
}

/** The map header. A Go map value is a Hmap; the nil map is null. */
export class Hmap {
  count = 0;
  flags = 0;
  B = 0;
  noverflow = 0;
  hash0 = 0;
  /** 2^B buckets, followed by any preallocated overflow buckets. */
  buckets: Buckets | null = null;
  oldbuckets: Buckets | null = null;
  nevacuate = 0;
  extra: Mapextra | null = null;
  /** The hmap's address (0 for a map on the stack). */
  $addr = 0;
  constructor(readonly env: Env) {}
}

// ---- small helpers from map.go ----

// 2 ** b is a call to Math.pow in V8's optimized code: below 2^31 a shift is exact.

export function bucketShift(b: number): number {
  return b < 31 ? 1 << b : 2 ** b;
}

export function bucketMask(b: number): number {
  return b < 31 ? (1 << b) - 1 : 2 ** b - 1;
}

/** The bucket index: hash & mask, for masks up to 2^32-1 (the low half of the hash, as an
 *  int32 or a uint32). */
export function bucketIndex(hashLo: number, mask: number): number {
  return mask >= 0xffffffff ? hashLo >>> 0 : hashLo & mask;
}

/** tophash(hash) from the high half of the hash. */
export function tophash(hi: number): number {
  const top = hi >>> 24;
  return top < minTopHash ? top + minTopHash : top;
}

export function isEmpty(x: number): boolean {
  return x <= emptyOne;
}

/** Is the bucket at offset o of b evacuated? */
export function evacuated(b: Bmap, o: number): boolean {
  const h = b[o]!;
  return h > emptyOne && h < minTopHash;
}

function overLoadFactor(count: number, B: number): boolean {
  return count > bucketCnt && count > loadFactorNum * Math.floor(bucketShift(B) / loadFactorDen);
}

function tooManyOverflowBuckets(noverflow: number, B: number): boolean {
  return noverflow >= 1 << Math.min(B, 15);
}

export function growing(h: Hmap): boolean {
  return h.oldbuckets !== null;
}

export function isSameSizeGrow(h: Hmap): boolean {
  return (h.flags & sameSizeGrow) !== 0;
}

export function noldbuckets(h: Hmap): number {
  return bucketShift(isSameSizeGrow(h) ? h.B : h.B - 1);
}

export function fastrand(h: Hmap): number {
  return h.env.prng.uint32();
}

/** The key stored in the slot at position p of b (unboxed when indirect). */
export function slotKey(t: MapType, b: Bmap, p: number): any {
  return t.indirectkey ? (b[kslot + p] as Box).v : b[kslot + p];
}

/** The elem stored in the slot at position p of b (unboxed when indirect). */
export function slotElem(t: MapType, b: Bmap, p: number): any {
  return t.indirectelem ? (b[eslot + p] as Box).v : b[eslot + p];
}

/** Go's fatal() for a concurrent-misuse check. */
export function mapFatal(msg: string, at: RuntimeFrame, h: Hmap): never {
  if (S.tr !== null) S.tr.emit({ t: S.tr.clock(), ev: "MapFail", g: S.g.goid, map: S.tr.obj(h, "map"), fn: at.fn });
  throw new GoFatal(msg, "fatal", [fatalFrame, at]);
}

/** roundupsize (msize.go): the size class an allocation of `size` bytes rounds up to. */
function roundupsize(size: number): number {
  if (size < 32768) {
    if (size <= 1024 - 8) return class_to_size[size_to_class8[Math.ceil(size / 8)]!]!;
    return class_to_size[size_to_class128[Math.ceil((size - 1024) / 128)]!]!;
  }
  return Math.ceil(size / 8192) * 8192;
}

// ---- creation ----

let nextOverflowIndex = -1;

/**
 * makeBucketArray: 2^b buckets, plus 2^(b-4) preallocated overflow buckets for b >= 4 (rounded
 * up to fill the size class). Sets nextOverflowIndex to the first spare bucket, or -1. The last
 * spare's overflow is the non-nil sentinel: bucket 0. With `dirty`, clears and reuses it.
 */
function makeBucketArray(t: MapType, h: Hmap, b: number, dirty: Buckets | null): Buckets {
  const base = bucketShift(b);
  let nbuckets = base;
  if (b >= 4) {
    nbuckets += bucketShift(b - 4);
    const sz = t.bucketsize * nbuckets;
    const up = roundupsize(sz);
    if (up !== sz) nbuckets = Math.floor(up / t.bucketsize);
  }
  let buckets: Buckets;
  if (dirty === null) {
    const addr = h.env.newobject(t.bucketsize * nbuckets, t.bucketNoscan);
    const chunk = bucketShift(chunkShift);
    const c: Bmap[] = [];
    for (let j = 0; j < nbuckets; j += chunk) c.push(new Bmap(Math.min(chunk, nbuckets - j), true, t.scalars));
    buckets = new Buckets(c, nbuckets);
    buckets.$addr = addr;
  } else {
    buckets = dirty;
    for (const bk of buckets.c) {
      for (let o = 0; o < bk.length; o += W) clearBucket(bk, o);
    }
  }
  nextOverflowIndex = -1;
  if (base !== nbuckets) {
    nextOverflowIndex = base;
    const last = bucketArr(buckets, nbuckets - 1);
    const lo = bucketOff(nbuckets - 1);
    last[lo + oslot] = bucketArr(buckets, 0);
    last[lo + ooslot] = 0;
  }
  return buckets;
}

function setNextOverflow(h: Hmap, buckets: Buckets): void {
  if (nextOverflowIndex < 0) return;
  if (h.extra === null) h.extra = newMapextra(h);
  h.extra.nextOverflowArray = buckets;
  h.extra.nextOverflowIndex = nextOverflowIndex;
}

const hmapSize = 48; // unsafe.Sizeof(hmap{}) on amd64

/**
 * makemap_small: make(map[k]v) with a small constant hint; buckets are allocated lazily.
 * onHeap: the map escapes, so the hmap itself is allocated (new(hmap)); the compiler passes
 * false for a map that lives on the stack.
 */
export function makemap_small(env: Env, onHeap = true): Hmap {
  const h = new Hmap(env);
  if (onHeap) h.$addr = env.newobject(hmapSize, false);
  h.hash0 = fastrand(h);
  return h;
}

/** makemap (and makemap64): make(map[k]v, hint). hint is an I64 (number or bigint). */
export function makemap(t: MapType, hint: number | bigint, env: Env, onHeap = true): Hmap {
  let n = typeof hint === "number" ? hint : 0;
  if (n < 0 || n * t.bucketsize > maxAlloc) n = 0;
  const h = new Hmap(env);
  if (onHeap) h.$addr = env.newobject(hmapSize, false);
  h.hash0 = fastrand(h);
  let B = 0;
  while (overLoadFactor(n, B)) B++;
  h.B = B;
  if (B !== 0) {
    h.buckets = makeBucketArray(t, h, B, null);
    setNextOverflow(h, h.buckets);
  } else if (!onHeap) {
    // A map on the stack with a hint of at most bucketCnt has its first bucket on the stack
    // too (walkMakeMap's `var bv bmap; h.buckets = &bv`): no allocation until it grows.
    h.buckets = firstBucket(t);
  }
  return h;
}

/** A bucket array of one bucket (B = 0), on the stack until its caller gives it an address. */
function firstBucket(t: MapType): Buckets {
  return new Buckets([new Bmap(1, true, t.scalars)], 1);
}

/** len(m). */
export function maplen(h: Hmap | null): number {
  return h === null ? 0 : h.count;
}

/** len(m) under -race: the compiled load of h.count is a read of the map header, which races
 *  with mapassign's and mapdelete's writes of it (Go reports it at the len). */
export function maplenRace(h: Hmap | null): number {
  if (h === null) return 0;
  if (S.r !== null) S.r.read(h, "hmap");
  return h.count;
}

// ---- overflow buckets ----

function incrnoverflow(h: Hmap): void {
  if (h.B < 16) {
    h.noverflow = (h.noverflow + 1) & 0xffff;
    return;
  }
  const mask = 2 ** (h.B - 15) - 1;
  if ((fastrand(h) & mask) === 0) h.noverflow = (h.noverflow + 1) & 0xffff;
}

function createOverflow(h: Hmap): void {
  if (h.extra === null) h.extra = newMapextra(h);
  if (h.extra.overflow === null) {
    h.extra.overflow = new OverflowList();
    h.extra.overflow.$addr = h.env.newobject(sliceHeaderSize, false);
  }
}

/** new(mapextra): two *[]*bmap and a *bmap. */
function newMapextra(h: Hmap): Mapextra {
  const x = new Mapextra();
  x.$addr = h.env.newobject(mapextraSize, false);
  return x;
}
const mapextraSize = 24;
const sliceHeaderSize = 24;

/** *h.extra.overflow = append(*h.extra.overflow, ovf): the backing array of pointers grows as
 *  growslice grows it (doubling below 256), each time a new heap array. */
function appendOverflow(h: Hmap, l: OverflowList, b: Bmap, o: number): void {
  if (l.a.length === l.cap) {
    const ptr = types["unsafe.Pointer"];
    l.cap = growcap(ptr, l.cap, l.cap + 1);
    l.arrAddr = h.env.newobject(l.cap * ptr.size, false);
  }
  l.push(b, o);
}

/** The offset of the bucket the last newoverflow returned. */
let newOverflowOff = 0;

/** newoverflow: take a preallocated overflow bucket or allocate one, and chain it after the
 *  bucket at offset o of b. Returns its Bmap, its offset in newOverflowOff. */
function newoverflow(t: MapType, h: Hmap, b: Bmap, o: number): Bmap {
  let ovf: Bmap;
  let oo = 0;
  const x = h.extra;
  if (x !== null && x.nextOverflowArray !== null) {
    const j = x.nextOverflowIndex;
    ovf = bucketArr(x.nextOverflowArray, j);
    oo = bucketOff(j);
    if (ovf[oo + oslot] === null) {
      x.nextOverflowIndex++;
    } else {
      ovf[oo + oslot] = null; // the last preallocated bucket: drop the sentinel
      ovf[oo + ooslot] = 0;
      x.nextOverflowArray = null;
    }
  } else {
    ovf = new Bmap(1, false, t.scalars);
    ovf.$addr = h.env.newobject(t.bucketsize, t.bucketNoscan);
  }
  incrnoverflow(h);
  if (t.bucketNoscan) {
    createOverflow(h);
    appendOverflow(h, h.extra!.overflow!, ovf, oo);
  }
  b[o + oslot] = ovf;
  b[o + ooslot] = oo;
  newOverflowOff = oo;
  return ovf;
}

// ---- hashing ----

/** The tophash of the key hashed by the last mapHash. */
let hashTop = 0;

/**
 * t.hasher(key, 0, seed) for the map's own paths: returns the low half of the hash as an int32
 * (the bits bucketIndex reads) and leaves tophash(high half) in hashTop. The fast64, fast32 and
 * faststr key kinds call their hash directly, so that V8 inlines it into a monomorphic path
 * (as Go's mapaccess1_fast64 calls memhash64 itself) and no heap number is allocated.
 */
function mapHash(t: MapType, key: GoValue, seed: number, prng: Prng): number {
  let lo: number, hi: number;
  const kind = t.hashKind;
  // The memo: the key, seed and hashkey of the last hash of a kind whose hash is a function of
  // them alone (not a float's, which draws for NaN), and its result. Under -race `m[k] op= v`
  // hashes the same key twice, in mapaccessOp and mapassign.
  if (key === memoKey && seed === memoSeed && kind === memoKind && hashkeyGen === memoGen) {
    hashTop = memoTop;
    return memoLo;
  }
  switch (kind) {
    case hashInt64:
      if (typeof key === "number") {
        // ToInt32 keeps the low 32 bits of any integer up to 2^53 in magnitude.
        lo = key | 0;
        hi = lo === key ? lo >> 31 : Math.floor(key / 4294967296) | 0;
      } else {
        lo = i64Halves(key as bigint);
        hi = i64HiHalf();
      }
      lo = memhash64I(hi, lo, 0, seed);
      hi = hashHi32;
      break;
    case hashInt32:
      lo = memhash32I(key as number, 0, seed);
      hi = hashHi32;
      break;
    case hashString:
      lo = strhashI(key as string, 0, seed);
      hi = hashHi32;
      break;
    default:
      lo = t.hasher(key, 0, seed, prng) | 0;
      hi = hashHi;
      hashTop = tophash(hi);
      return lo;
  }
  hashTop = tophash(hi);
  memoKey = key;
  memoSeed = seed;
  memoKind = kind;
  memoGen = hashkeyGen;
  memoLo = lo;
  memoTop = hashTop;
  return lo;
}

// mapHash's memo (its comment). === on keys is exact here: the kinds memoized are integers and
// strings, and -0 and +0 hash alike as integers. A memo of no kind (-1) matches nothing.
let memoKey: GoValue | undefined = undefined;
let memoSeed = 0;
let memoKind = -1;
let memoGen = 0;
let memoLo = 0;
let memoTop = 0;

// ---- lookup ----

/** The slot position (bucket offset + slot index) of the last successful findSlot. */
export let foundIndex = -1;

/**
 * The Bmap holding key (slot position in foundIndex), or null. Looks in the old bucket while it
 * is not evacuated. h must be non-empty. Shared by mapaccess1/2 and the iterator's mapaccessK.
 */
export function findSlot(t: MapType, h: Hmap, key: any): Bmap | null {
  const lo = mapHash(t, key, h.hash0, h.env.prng);
  const top = hashTop;
  let m = bucketMask(h.B);
  let j = bucketIndex(lo, m);
  let b: Bmap = h.buckets!.c[j >>> chunkShift]!;
  let o = (j & chunkMask) * W;
  if (h.oldbuckets !== null) {
    if (!isSameSizeGrow(h)) m = Math.floor(m / 2);
    j = bucketIndex(lo, m);
    const oldb = h.oldbuckets.c[j >>> chunkShift]!;
    const oldo = (j & chunkMask) * W;
    if (!evacuated(oldb, oldo)) {
      b = oldb;
      o = oldo;
    }
  }
  if (t.plainKey) {
    // mapaccess1_fast64 and friends: keys compared in place with ===.
    for (;;) {
      for (let p = o; p < o + bucketCnt; p++) {
        const th = b[p]!;
        if (th !== top) {
          if (th === emptyRest) return null;
          continue;
        }
        if (b[kslot + p] === key) {
          foundIndex = p;
          return b;
        }
      }
      const nb: Bmap | null = b[o + oslot];
      if (nb === null) return null;
      o = b[o + ooslot];
      b = nb;
    }
  }
  for (;;) {
    for (let p = o; p < o + bucketCnt; p++) {
      const th = b[p]!;
      if (th !== top) {
        if (th === emptyRest) return null;
        continue;
      }
      if (t.keyEqual(key, slotKey(t, b, p))) {
        foundIndex = p;
        return b;
      }
    }
    const nb: Bmap | null = b[o + oslot];
    if (nb === null) return null;
    o = b[o + ooslot];
    b = nb;
  }
}

/** The lookup both mapaccess variants share, after the STEP: returns the bucket or null. */
function access(t: MapType, h: Hmap | null, key: any, at: RuntimeFrame): Bmap | null {
  if (S.dbg !== null) S.dbg.hit(at.fn, S.g, h);
  if (h === null || h.count === 0) {
    if (t.hashMightPanic) t.hasher(key, 0, 0, h === null ? dummyPrng : h.env.prng);
    return null;
  }
  if ((h.flags & hashWriting) !== 0) mapFatal("concurrent map read and map write", at, h);
  if (S.wi !== null) S.wi.checkMap(S.g, mapAddrs(h), at);
  return findSlot(t, h, key);
}

/** The addresses of a map's header and bucket arrays (the stale-mcache what-if's check). */
function mapAddrs(h: Hmap): number[] {
  return [h.$addr, h.buckets?.$addr ?? 0, h.oldbuckets?.$addr ?? 0];
}

// A nil map has no Env; hashing a key only to detect an unhashable one never needs randomness
// except for NaN floats, whose hash is then discarded, so a fixed stream is harmless.
const dummyPrng = { uint32: () => 0 } as unknown as Env["prng"];

/** mapaccess1 without the yield: v := m[k]. */
export function mapaccess1p(t: MapType, h: Hmap | null, key: any): any {
  const b = access(t, h, key, t.frames.access1);
  return b === null ? t.elem.zero() : slotElem(t, b, foundIndex);
}

/** mapaccess2 without the yield: v, ok := m[k]. */
export function mapaccess2p(t: MapType, h: Hmap | null, key: any): [any, boolean] {
  const b = access(t, h, key, t.frames.access2);
  return b === null ? [t.elem.zero(), false] : [slotElem(t, b, foundIndex), true];
}

/** A map operation's entry cost: mapOpNs, plus mapMissNs when the map's bucket array is bigger
 *  than the cache (costs.ts mapCacheBytes). */
function entryNs(t: MapType, h: Hmap | null): number {
  return h !== null && h.B > t.cacheB ? mapOpNs + mapMissNs : mapOpNs;
}

/** v := m[k]. Yield point: one STEP before the concurrent-write check. */
export function* mapaccess1(t: MapType, h: Hmap | null, key: GoValue): GoGen<GoValue> {
  const v = mapaccess1n(t, h, key);
  return v === PENDING ? yield* pending() : v;
}

/** mapaccess1's plain entry (yield.ts): the element, or PENDING. */
export function mapaccess1n(t: MapType, h: Hmap | null, key: GoValue): GoValue {
  if (S.pf !== null) S.pf.enter(t.frames.access1, S.cost);
  if (S.r !== null && h !== null) S.r.read(h, "hmap", t.race.access1);
  S.cost += entryNs(t, h) + hashNs;
  const st = machine.stepNow();
  return st === GOON ? access1Stepped(t, h, key) : pend(yieldThen(st, access1Stepped, t, h, key));
}

/** mapaccess1 after its STEP. */
function access1Stepped(t: MapType, h: Hmap | null, key: GoValue): GoValue {
  if (S.r === null || h === null) return mapaccess1p(t, h, key);
  const b = raceAccess(S.r, t, h, key, t.frames.access1);
  return b === null ? t.elem.zero() : slotElem(t, b, foundIndex);
}

/** The read of `m[k] op= v` under -race, where Go's compiler makes the statement
 *  m[k] = m[k] op v: a mapaccess1, with its concurrent-write check, then a mapassign (without
 *  -race the statement is one mapassign of elemRef). A yield point that charges nothing (the
 *  mapassign after it is the cost). */
export function* mapaccessOp(t: MapType, h: Hmap | null, key: GoValue): GoGen<GoValue> {
  const v = mapaccessOpn(t, h, key);
  return v === PENDING ? yield* pending() : v;
}

/** mapaccessOp's plain entry (yield.ts). */
export function mapaccessOpn(t: MapType, h: Hmap | null, key: GoValue): GoValue {
  if (S.pf !== null) S.pf.enter(t.frames.access1, S.cost);
  if (S.r !== null && h !== null) S.r.read(h, "hmap", t.race.access1);
  const st = machine.stepNow();
  return st === GOON ? accessOpStepped(t, h, key) : pend(yieldThen(st, accessOpStepped, t, h, key));
}

/** mapaccessOp after its STEP: the element, read without mapaccess1's checks (-race: with). */
function accessOpStepped(t: MapType, h: Hmap | null, key: GoValue): GoValue {
  if (S.r !== null) return access1Stepped(t, h, key);
  if (h === null || h.count === 0) {
    if (t.hashMightPanic) t.hasher(key, 0, 0, h === null ? dummyPrng : h.env.prng);
    return t.elem.zero();
  }
  if (S.wi !== null) S.wi.checkMap(S.g, mapAddrs(h), t.frames.access1);
  const b = findSlot(t, h, key);
  return b === null ? t.elem.zero() : slotElem(t, b, foundIndex);
}

/** -race: the lookup, and after it the caller's read of the element that Go's compiled code
 *  does through the returned pointer. mapaccess's racereadpc of the header came before the
 *  STEP (the entries above), as Go's comes first: a report it prints takes time before the
 *  concurrent-write check (costs.ts raceFirstReportNs). */
function raceAccess(r: RaceDetector, t: MapType, h: Hmap, key: any, at: RuntimeFrame): Bmap | null {
  const b = access(t, h, key, at);
  if (b !== null) {
    const i = foundIndex % W;
    r.read(raceBucket(b, foundIndex - i), eslot + i);
  }
  return b;
}

/** v, ok := m[k]. Yield point: one STEP before the concurrent-write check. */
export function* mapaccess2(t: MapType, h: Hmap | null, key: GoValue): GoGen<[GoValue, boolean]> {
  const v = mapaccess2n(t, h, key);
  return v === PENDING ? yield* pending() : v as [GoValue, boolean];
}

/** mapaccess2's plain entry (yield.ts). */
export function mapaccess2n(t: MapType, h: Hmap | null, key: GoValue): [GoValue, boolean] | typeof PENDING {
  if (S.pf !== null) S.pf.enter(t.frames.access2, S.cost);
  if (S.r !== null && h !== null) S.r.read(h, "hmap", t.race.access2);
  S.cost += entryNs(t, h) + hashNs;
  const st = machine.stepNow();
  return st === GOON ? access2Stepped(t, h, key) : pend(yieldThen(st, access2Stepped, t, h, key));
}

/** mapaccess2 after its STEP. */
function access2Stepped(t: MapType, h: Hmap | null, key: GoValue): [GoValue, boolean] {
  if (S.r === null || h === null) return mapaccess2p(t, h, key);
  const b = raceAccess(S.r, t, h, key, t.frames.access2);
  return b === null ? [t.elem.zero(), false] : [slotElem(t, b, foundIndex), true];
}

/** Inside a write window no step preempts the goroutine (G.nonpreempt; map tests run without
 *  one). */
function nonpreempt(d: number): void {
  const g = S.g as G | undefined;
  if (g !== undefined) g.nonpreempt += d;
}

// ---- insert ----

/** The slot index chosen by the last mapassignBegin. */
let assignIndex = -1;

/**
 * mapassign up to the write window (steps 1-9): returns the bucket of the key's slot, with
 * the slot index in assignIndex. hashWriting is set on return.
 */
function mapassignBegin(t: MapType, h: Hmap | null, key: any): Bmap {
  const lo = mapassignHash(t, h, key);
  return mapassignInsert(t, h!, key, lo, assignTop);
}

/** The tophash computed by the last mapassignHash. */
let assignTop = 0;

/** mapassign steps 1-3: the nil-map panic, the entry check, and the hash (before the flag). */
function mapassignHash(t: MapType, h: Hmap | null, key: any): number {
  if (S.dbg !== null) S.dbg.hit(t.frames.assignEntry.fn, S.g, h);
  if (h === null) panicRuntimeError("assignment to entry in nil map", true); // 1
  if ((h.flags & hashWriting) !== 0) mapFatal("concurrent map writes", t.frames.assignEntry, h);
  const lo = mapHash(t, key, h.hash0, h.env.prng); // 3
  assignTop = hashTop;
  return lo;
}

/** mapassign from setting hashWriting (step 3) to the slot (step 9). */
function mapassignInsert(t: MapType, h: Hmap, key: any, lo: number, top: number): Bmap {
  h.flags ^= hashWriting;
  if (S.tr !== null) S.tr.mapWrite(S.g, h, t.frames.assignEntry.fn, true);
  if (h.buckets === null) { // 4
    h.buckets = firstBucket(t);
    h.buckets.$addr = h.env.newobject(t.bucketsize, t.bucketNoscan);
  }
  for (;;) {
    const bucket = bucketIndex(lo, bucketMask(h.B));
    if (growing(h)) growWork(t, h, bucket); // 5
    const b = searchForInsert(t, h.buckets.c[bucket >>> chunkShift]!, (bucket & chunkMask) * W, key, top); // 6
    if (insertFound) return b;
    if (!growing(h) && (overLoadFactor(h.count + 1, h.B) ||
      tooManyOverflowBuckets(h.noverflow, h.B))) {
      hashGrow(t, h); // 7
      continue;
    }
    let insb = insertBucket;
    if (insb === null) { // 8
      insb = newoverflow(t, h, b, insertLastOff);
      assignIndex = newOverflowOff;
    }
    storeNewKey(t, h, insb, assignIndex, key, top); // 9
    return insb;
  }
}

let insertFound = false;
let insertBucket: Bmap | null = null;
/** The offset of the last bucket of the chain searchForInsert walked. */
let insertLastOff = 0;

/**
 * Walk the chain from the bucket at offset o of b. If key is present: insertFound, assignIndex
 * set to its position, key updated when needkeyupdate, returns its Bmap. Otherwise returns the
 * last bucket of the chain (its offset in insertLastOff), with the first empty slot (if any) in
 * insertBucket/assignIndex.
 */
function searchForInsert(t: MapType, b: Bmap, o: number, key: any, top: number): Bmap {
  insertFound = false;
  insertBucket = null;
  if (t.plainKey) return searchForInsertPlain(t, b, o, key, top);
  for (;;) {
    for (let p = o; p < o + bucketCnt; p++) {
      const th = b[p]!;
      if (th !== top) {
        if (th <= emptyOne && insertBucket === null) {
          insertBucket = b;
          assignIndex = p;
        }
        if (th === emptyRest) {
          insertLastOff = o;
          return b;
        }
        continue;
      }
      if (!t.keyEqual(key, slotKey(t, b, p))) continue;
      if (t.needkeyupdate) {
        const k = t.keyCopy ? t.key.clone(key) : key;
        if (t.indirectkey) (b[kslot + p] as Box).v = k;
        else b[kslot + p] = k;
      }
      insertFound = true;
      assignIndex = p;
      return b;
    }
    const nb: Bmap | null = b[o + oslot];
    if (nb === null) {
      insertLastOff = o;
      return b;
    }
    o = b[o + ooslot];
    b = nb;
  }
}

/** searchForInsert for keys compared with === in place (t.plainKey: scalar kinds and strings,
 *  never copied or boxed). */
function searchForInsertPlain(t: MapType, b: Bmap, o: number, key: GoValue, top: number): Bmap {
  for (;;) {
    for (let p = o; p < o + bucketCnt; p++) {
      const th = b[p]!;
      if (th !== top) {
        if (th <= emptyOne && insertBucket === null) {
          insertBucket = b;
          assignIndex = p;
        }
        if (th === emptyRest) {
          insertLastOff = o;
          return b;
        }
        continue;
      }
      if (b[kslot + p] !== key) continue;
      if (t.needkeyupdate) b[kslot + p] = key; // +0 replaced by -0, as Go's typedmemmove
      insertFound = true;
      assignIndex = p;
      return b;
    }
    const nb: Bmap | null = b[o + oslot];
    if (nb === null) {
      insertLastOff = o;
      return b;
    }
    o = b[o + ooslot];
    b = nb;
  }
}

function storeNewKey(t: MapType, h: Hmap, b: Bmap, p: number, key: any, top: number): void {
  const k = t.keyCopy ? t.key.clone(key) : key;
  if (t.indirectkey) {
    const bx = new Box(k);
    bx.$addr = h.env.newobject(t.key.size, t.key.ptrdata === 0);
    b[kslot + p] = bx;
  } else {
    b[kslot + p] = k;
  }
  if (t.indirectelem) {
    const bx = new Box(undefined);
    bx.$addr = h.env.newobject(t.elem.size, t.elem.ptrdata === 0);
    b[eslot + p] = bx;
  }
  b[p] = top;
  h.count++;
}

/** mapassign after the write window (step 10): exit check, clear the flag, store elem. */
function mapassignEnd(t: MapType, h: Hmap, b: Bmap, p: number, elem: any): void {
  if ((h.flags & hashWriting) === 0) mapFatal("concurrent map writes", t.frames.assignExit, h);
  if (S.wi !== null) S.wi.checkMap(S.g, mapAddrs(h), t.frames.assignExit);
  h.flags &= ~hashWriting;
  if (S.tr !== null) S.tr.mapWrite(S.g, h, t.frames.assignExit.fn, false);
  if (elem === elemRef) {
    // The element of a number or a string is never indirect (it is at most 16 bytes).
    assert(!t.indirectelem, "mapassign: elemRef of an indirect element");
    refBucket = b;
    refIndex = eslot + p;
    if (b[refIndex] === undefined) b[refIndex] = t.elem.zero();
    return;
  }
  const e = t.elemCopy ? t.elem.clone(elem) : elem;
  if (t.indirectelem) (b[eslot + p] as Box).v = e;
  else b[eslot + p] = e;
}

/**
 * The element argument of mapassign for `m[k] op= v`: store nothing, but leave the element's
 * place in mapRefBucket() and mapRefIndex() (return registers, read at once by the caller),
 * a new key's element set to the zero value. The compiled code then updates b[i] in place, as
 * Go's updates the element through the pointer mapassign returns: one mapassign and no read of
 * the map before it (Go has none; gort's mapaccessOp was a step, a lookup and a hash of its own,
 * and remains for -race, where Go's compiler makes the statement m[k] = m[k] op v).
 */
export const elemRef: GoValue = Object.freeze({ elemRef: true }) as unknown as GoValue;
let refBucket: Bmap | null = null;
let refIndex = 0;

/** The Bmap of the element the last mapassign of elemRef left (a return register), read once:
 *  the register lets it go, so that a map's buckets do not outlive its run in the host. */
export function mapRefBucket(): Bmap {
  const b = refBucket!;
  refBucket = null;
  return b;
}

/** The element's index in mapRefBucket(). */
export function mapRefIndex(): number {
  return refIndex;
}

/** m[k] = v without yields. */
export function mapassignp(t: MapType, h: Hmap | null, key: any, elem: any): void {
  const b = mapassignBegin(t, h, key);
  mapassignEnd(t, h!, b, assignIndex, elem);
}

/** m[k] = v. Yield points: a STEP before the entry check, one after the hash and one inside
 *  the write window. */
export function* mapassign(t: MapType, h: Hmap | null, key: any, elem: any): GoGen<void> {
  if (mapassignn(t, h, key, elem) === PENDING) yield* pending();
}

/** mapassign's plain entry (yield.ts): undefined, or PENDING at the first step that yields.
 *  Each stage below ends at a step and goes on to the next, or leaves the rest to a generator
 *  that yields and then calls it. */
export function mapassignn(t: MapType, h: Hmap | null, key: GoValue, elem: GoValue): typeof PENDING | undefined {
  // The CPU profile: each of the three slices ends inside mapassign.
  if (S.pf !== null) S.pf.enter(t.frames.assignEntry, S.cost);
  // -race: racewritepc comes first in Go's mapassign (its report's time is before the entry check).
  if (S.r !== null && h !== null) S.r.write(h, "hmap", t.race.assign);
  S.cost += entryNs(t, h);
  const st = machine.stepNow();
  return st === GOON ? assignEntered(t, h, key, elem) : pend(assignRest1(st, t, h, key, elem));
}

/** mapassign after its first STEP: the entry check and the hash, up to the second. */
function assignEntered(t: MapType, h: Hmap | null, key: GoValue, elem: GoValue): typeof PENDING | undefined {
  const lo = mapassignHash(t, h, key);
  const top = assignTop;
  // Hashing happens between the entry check and setting hashWriting: another writer can pass
  // its own entry check here, and then one of the two fails at the exit check (Go's XOR).
  if (S.pf !== null) S.pf.enter(t.frames.assignEntry, S.cost);
  S.cost += hashNs;
  // Inside mapassign nothing preempts the goroutine (Go preempts no runtime function): its
  // steps up to the window's end are interleavings with other Ps only (windowEnd undoes it).
  nonpreempt(1);
  const st = machine.stepNow();
  return st === GOON ? assignHashed(t, h!, key, elem, lo, top) : pend(assignRest2(st, t, h!, key, elem, lo, top));
}

/** mapassign after its second STEP: the slot, with hashWriting set, up to the third. */
function assignHashed(t: MapType, h: Hmap, key: GoValue, elem: GoValue, lo: number, top: number): typeof PENDING | undefined {
  const b = mapassignInsert(t, h, key, lo, top);
  const i = assignIndex;
  if (S.pf !== null) S.pf.enter(t.frames.assignExit, S.cost);
  S.cost += mapWindowNs; // a first bucket's mallocgc was charged by the allocator
  const st = machine.stepNow();
  if (st !== GOON) return pend(assignRest3(st, t, h, b, i, elem));
  assignWindowEnd(t, h, b, i, elem);
  return undefined;
}

/** mapassign after its write window: the exit check and the store. */
function assignWindowEnd(t: MapType, h: Hmap, b: Bmap, p: number, elem: GoValue): void {
  nonpreempt(-1);
  mapassignEnd(t, h, b, p, elem);
  // -race: the caller's store of the element through the pointer mapassign returns.
  if (S.r !== null) {
    const i = p % W;
    S.r.write(raceBucket(b, p - i), eslot + i);
  }
}

function* assignRest1(st: YieldCode, t: MapType, h: Hmap | null, key: GoValue, elem: GoValue): GoGen<void> {
  yield st;
  if (assignEntered(t, h, key, elem) === PENDING) yield* pending();
}

function* assignRest2(st: YieldCode, t: MapType, h: Hmap, key: GoValue, elem: GoValue, lo: number, top: number): GoGen<void> {
  yield st;
  if (assignHashed(t, h, key, elem, lo, top) === PENDING) yield* pending();
}

function* assignRest3(st: YieldCode, t: MapType, h: Hmap, b: Bmap, i: number, elem: GoValue): GoGen<void> {
  yield st;
  assignWindowEnd(t, h, b, i, elem);
}


// ---- delete ----

/** mapdelete up to the write window: returns false when there was nothing to do (no flag). */
function mapdeleteBegin(t: MapType, h: Hmap | null, key: any): h is Hmap {
  if (S.dbg !== null) S.dbg.hit(t.frames.deleteEntry.fn, S.g, h);
  if (h === null || h.count === 0) {
    if (t.hashMightPanic) t.hasher(key, 0, 0, h === null ? dummyPrng : h.env.prng);
    return false;
  }
  if ((h.flags & hashWriting) !== 0) mapFatal("concurrent map writes", t.frames.deleteEntry, h);
  const lo = mapHash(t, key, h.hash0, h.env.prng);
  const top = hashTop;
  h.flags ^= hashWriting;
  if (S.tr !== null) S.tr.mapWrite(S.g, h, t.frames.deleteEntry.fn, true);
  const bucket = bucketIndex(lo, bucketMask(h.B));
  if (growing(h)) growWork(t, h, bucket);
  const bOrig = h.buckets!.c[bucket >>> chunkShift]!;
  const oOrig = (bucket & chunkMask) * W;
  let b = bOrig;
  let o = oOrig;
  for (;;) {
    for (let i = 0; i < bucketCnt; i++) {
      const th = b[o + i]!;
      if (th !== top) {
        if (th === emptyRest) return true;
        continue;
      }
      if (!t.keyEqual(key, slotKey(t, b, o + i))) continue;
      b[o + kslot + i] = undefined;
      b[o + eslot + i] = undefined;
      b[o + i] = emptyOne;
      markEmptyRest(bOrig, oOrig, b, o, i);
      h.count--;
      if (h.count === 0) h.hash0 = fastrand(h); // reset the seed (issue 25237)
      return true;
    }
    const nb: Bmap | null = b[o + oslot];
    if (nb === null) return true;
    o = b[o + ooslot];
    b = nb;
  }
}

/** After deleting slot i of the bucket at offset o of b (its chain starting at offset oOrig of
 *  bOrig): if the chain ends in empty slots, turn them into emptyRest. */
function markEmptyRest(bOrig: Bmap, oOrig: number, b: Bmap, o: number, i: number): void {
  if (i === bucketCnt - 1) {
    const nb: Bmap | null = b[o + oslot];
    if (nb !== null && nb[b[o + ooslot]] !== emptyRest) return;
  } else if (b[o + i + 1] !== emptyRest) {
    return;
  }
  for (;;) {
    b[o + i] = emptyRest;
    if (i === 0) {
      if (b === bOrig && o === oOrig) return;
      const c = b;
      const co = o;
      for (b = bOrig, o = oOrig; b[o + oslot] !== c || b[o + ooslot] !== co;) {
        const nb: Bmap = b[o + oslot];
        o = b[o + ooslot];
        b = nb;
      }
      i = bucketCnt - 1;
    } else {
      i--;
    }
    if (b[o + i] !== emptyOne) return;
  }
}

/** mapdelete after the write window: exit check and clear the flag. */
function mapdeleteEnd(t: MapType, h: Hmap): void {
  if ((h.flags & hashWriting) === 0) mapFatal("concurrent map writes", t.frames.deleteExit, h);
  h.flags &= ~hashWriting;
  if (S.tr !== null) S.tr.mapWrite(S.g, h, t.frames.deleteExit.fn, false);
}

/** delete(m, k) without yields. */
export function mapdeletep(t: MapType, h: Hmap | null, key: any): void {
  if (mapdeleteBegin(t, h, key)) mapdeleteEnd(t, h);
}

/** delete(m, k). Yield points: a STEP before the entry check and one in the write window. */
export function* mapdelete(t: MapType, h: Hmap | null, key: any): GoGen<void> {
  if (mapdeleten(t, h, key) === PENDING) yield* pending();
}

/** mapdelete's plain entry (yield.ts). */
export function mapdeleten(t: MapType, h: Hmap | null, key: GoValue): typeof PENDING | undefined {
  if (S.pf !== null) S.pf.enter(t.frames.deleteEntry, S.cost);
  if (S.r !== null && h !== null) S.r.write(h, "hmap", t.race.delete);
  S.cost += entryNs(t, h);
  const st = machine.stepNow();
  return st === GOON ? deleteEntered(t, h, key) : pend(deleteRest(st, t, h, key));
}

/** mapdelete after its first STEP: the entry check and the removal, up to the window's STEP. */
function deleteEntered(t: MapType, h: Hmap | null, key: GoValue): typeof PENDING | undefined {
  if (!mapdeleteBegin(t, h, key)) return undefined;
  if (S.pf !== null) S.pf.enter(t.frames.deleteExit, S.cost);
  S.cost += hashNs;
  // The write window's step preempts nothing (as mapassign's: Go preempts no runtime function).
  nonpreempt(1);
  const st = machine.stepNow();
  if (st !== GOON) return pend(yieldThen(st, deleteWindowEnd, t, h, undefined));
  deleteWindowEnd(t, h);
  return undefined;
}

/** mapdelete after its write window's step. */
function deleteWindowEnd(t: MapType, h: Hmap): void {
  nonpreempt(-1);
  mapdeleteEnd(t, h);
}

function* deleteRest(st: YieldCode, t: MapType, h: Hmap | null, key: GoValue): GoGen<void> {
  yield st;
  if (deleteEntered(t, h, key) === PENDING) yield* pending();
}

// ---- clear ----

const clearEntry: RuntimeFrame = {
  fn: "runtime.mapclear", file: "/usr/lib/go-1.19/src/runtime/map.go", line: 1005,
};
const clearExit: RuntimeFrame = { ...clearEntry, line: 1036 };
/** -race: mapclear's racewritepc, at its func line. */
const clearRace: RuntimeFrame = { ...clearEntry, line: 993 };

/** mapclear up to the write window: empties the map, keeping its bucket array. */
function mapclearBegin(t: MapType, h: Hmap | null): h is Hmap {
  if (h === null || h.count === 0) return false;
  if ((h.flags & hashWriting) !== 0) mapFatal("concurrent map writes", clearEntry, h);
  h.flags ^= hashWriting;
  if (S.tr !== null) S.tr.mapWrite(S.g, h, clearEntry.fn, true);
  h.flags &= ~sameSizeGrow;
  h.oldbuckets = null;
  h.nevacuate = 0;
  h.noverflow = 0;
  h.count = 0;
  h.hash0 = fastrand(h);
  if (h.extra !== null) h.extra = new Mapextra();
  makeBucketArray(t, h, h.B, h.buckets);
  setNextOverflow(h, h.buckets!);
  return true;
}

/** mapclear after the write window. */
function mapclearEnd(h: Hmap): void {
  if ((h.flags & hashWriting) === 0) mapFatal("concurrent map writes", clearExit, h);
  h.flags &= ~hashWriting;
  if (S.tr !== null) S.tr.mapWrite(S.g, h, clearExit.fn, false);
}

/** Clear every entry (the `for k := range m { delete(m, k) }` idiom). Yields like mapdelete. */
export function* mapclear(t: MapType, h: Hmap | null): GoGen<void> {
  { const st = machine.stepNow(); if (st !== GOON) yield st; }
  if (S.r !== null && h !== null) S.r.write(h, "hmap", clearRace);
  if (!mapclearBegin(t, h)) return;
  nonpreempt(1);
  { const st = machine.stepNow(); if (st !== GOON) yield st; }
  nonpreempt(-1);
  mapclearEnd(h);
}

// ---- growth ----

/** hashGrow: start growing to 2^(B+1) buckets, or to the same size if only overflow is high. */
function hashGrow(t: MapType, h: Hmap): void {
  let bigger = 1;
  if (!overLoadFactor(h.count + 1, h.B)) {
    bigger = 0;
    h.flags |= sameSizeGrow;
  }
  const oldbuckets = h.buckets;
  const newbuckets = makeBucketArray(t, h, h.B + bigger, null);
  let flags = h.flags & ~(iterator | oldIterator);
  if ((h.flags & iterator) !== 0) flags |= oldIterator;
  h.B += bigger;
  h.flags = flags;
  h.oldbuckets = oldbuckets;
  h.buckets = newbuckets;
  h.nevacuate = 0;
  h.noverflow = 0;
  if (h.extra !== null && h.extra.overflow !== null) {
    if (h.extra.oldoverflow !== null) throw new GoFatal("oldoverflow is not nil", "throw");
    h.extra.oldoverflow = h.extra.overflow;
    h.extra.overflow = null;
  }
  setNextOverflow(h, newbuckets);
}

/** growWork: evacuate the old bucket behind `bucket`, then one more to make progress. */
function growWork(t: MapType, h: Hmap, bucket: number): void {
  evacuate(t, h, bucket & (noldbuckets(h) - 1));
  if (growing(h)) evacuate(t, h, h.nevacuate);
}

/** An evacuation destination: the bucket being filled (at offset o of b) and the next slot. */
interface EvacDst {
  b: Bmap;
  o: number;
  i: number;
}

/** evacuate: move every entry of old bucket `oldbucket` (and its chain) to the new table. */
function evacuate(t: MapType, h: Hmap, oldbucket: number): void {
  const old = h.oldbuckets!;
  const newbit = noldbuckets(h);
  const first = bucketArr(old, oldbucket);
  const fo = bucketOff(oldbucket);
  if (!evacuated(first, fo)) {
    const nb = h.buckets!;
    const x: EvacDst = { b: bucketArr(nb, oldbucket), o: bucketOff(oldbucket), i: 0 };
    const y: EvacDst | null = isSameSizeGrow(h) ? null :
      { b: bucketArr(nb, oldbucket + newbit), o: bucketOff(oldbucket + newbit), i: 0 };
    let b: Bmap | null = first;
    let o = fo;
    while (b !== null) {
      for (let i = 0; i < bucketCnt; i++) evacuateSlot(t, h, b, o + i, newbit, x, y);
      const ob: Bmap = b;
      b = ob[o + oslot];
      o = ob[o + ooslot];
    }
    if ((h.flags & oldIterator) === 0 && !t.bucketNoscan) {
      // Unlink the overflow buckets and clear keys and elems to help the GC; the tophash
      // bytes keep the evacuation state.
      first.fill(undefined, fo + kslot, fo + oslot);
      first[fo + oslot] = null;
      first[fo + ooslot] = 0;
    }
  }
  if (oldbucket === h.nevacuate) advanceEvacuationMark(h, newbit);
}

/** Evacuate the slot at position p of b. */
function evacuateSlot(t: MapType, h: Hmap, b: Bmap, p: number, newbit: number, x: EvacDst,
  y: EvacDst | null): void {
  let top = b[p]!;
  if (isEmpty(top)) {
    b[p] = evacuatedEmpty;
    return;
  }
  if (top < minTopHash) throw new GoFatal("bad map state", "throw");
  let useY = 0;
  if (y !== null) {
    const k = slotKey(t, b, p);
    const lo = mapHash(t, k, h.hash0, h.env.prng);
    if ((h.flags & iterator) !== 0 && !t.reflexivekey && !t.keyEqual(k, k)) {
      // NaN keys: the hash is not repeatable, so the old tophash's low bit decides, and a
      // fresh tophash spreads them on the next growth.
      useY = top & 1;
      top = hashTop;
    } else if ((newbit >= 4294967296 ? 0 : lo & newbit) !== 0) {
      useY = 1;
    }
  }
  b[p] = evacuatedX + useY;
  const dst = useY === 0 ? x : y!;
  if (dst.i === bucketCnt) {
    dst.b = newoverflow(t, h, dst.b, dst.o);
    dst.o = newOverflowOff;
    dst.i = 0;
  }
  const q = dst.o + dst.i;
  dst.b[q] = top;
  dst.b[kslot + q] = b[kslot + p]; // a Box moves as the pointer it models
  dst.b[eslot + q] = b[eslot + p];
  dst.i++;
}

function advanceEvacuationMark(h: Hmap, newbit: number): void {
  h.nevacuate++;
  const stop = Math.min(h.nevacuate + 1024, newbit);
  const old = h.oldbuckets!;
  while (h.nevacuate !== stop && evacuated(bucketArr(old, h.nevacuate), bucketOff(h.nevacuate))) h.nevacuate++;
  if (h.nevacuate === newbit) {
    h.oldbuckets = null;
    if (h.extra !== null) h.extra.oldoverflow = null;
    h.flags &= ~sameSizeGrow;
  }
}
