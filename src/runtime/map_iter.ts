// Map iteration (for k, v := range m) and the map introspection helpers.
//
// Models mapiterinit, mapiternext and mapaccessK of src/runtime/map.go (Go 1.19.8).
//
// Terms:
//   startBucket, offset  Where iteration begins: a random bucket, and a random slot offset
//                        (0..7) applied to every bucket, both from one fastrand.
//   checkBucket          When an iterator started during a growth to a larger table reads an
//                        old bucket that is not yet evacuated, it returns only the entries that
//                        will move to the new bucket it is visiting (noCheck otherwise).
//   wrapped              The iteration has passed the last bucket and restarted from bucket 0.
//
// Invariants: each entry present for the whole iteration is returned exactly once; an entry
// deleted before it is reached is not returned; an entry inserted during iteration may or may
// not be returned. With one bucket, the orders of successive iterations are rotations.
//
// Algorithm of mapiternext, in Go's order: (1) past the end of a bucket chain, move to the next
// bucket, reading the old bucket instead when the iterator began mid-growth and that old bucket
// is not evacuated; (2) scan slots from the offset, skipping empty ones; (3) in an old bucket,
// skip entries bound for the other half; (4) an entry whose slot says it was evacuated is
// looked up again in the current table (it may have been updated or deleted).
//
// Simplifications vs real Go: the iterator's key and elem are values, not pointers; hiter's
// overflow fields are kept only for fidelity (JS keeps buckets alive anyway).

import {
  bucketCnt, bucketIndex, bucketMask, bucketShift, type Bmap, emptyRest, evacuated,
  evacuatedEmpty, evacuatedX, evacuatedY, findSlot, foundIndex, growing, hashWriting, type Hmap,
  isEmpty, isSameSizeGrow, iterator, mapFatal, minTopHash, noldbuckets, oldIterator,
  slotElem, slotKey, tophash, fastrand, Mapextra, kslot, eslot, bucketArr, bucketOff, oslot,
  ooslot, OverflowList, type Buckets, raceBucket, W,
} from "./map.js";
import type { MapType } from "./map_fast.js";
import { hashHi } from "./hash64.js";
import { SimBug, type RuntimeFrame } from "./panic.js";
import { GOON, PENDING, pend, pending, yieldThen, type GoGen } from "./yield.js";
import { S, machine } from "./state.js";

const noCheck = -1;

const iterFrame: RuntimeFrame = {
  fn: "runtime.mapiternext", file: "/usr/lib/go-1.19/src/runtime/map.go", line: 873,
};

/** Go's hiter. key is undefined once the iteration is over. */
export class Hiter {
  key: any = undefined;
  elem: any = undefined;
  h: Hmap | null = null;
  buckets: Buckets | null = null;
  /** The bucket being read: at offset boff of bptr. */
  bptr: Bmap | null = null;
  boff = 0;
  overflow: OverflowList | null = null;
  oldoverflow: OverflowList | null = null;
  startBucket = 0;
  offset = 0;
  wrapped = false;
  B = 0;
  i = 0;
  bucket = 0;
  checkBucket = noCheck;
  /** -race: the element slot of the current entry (raceBucket's array and index). */
  raceSlots: unknown[] | null = null;
  raceIndex = 0;
  constructor(readonly t: MapType) {}
}

/** -race: the current entry's element, as a range loop's value reads it (Go's compiled load
 *  through hiter.elem, a read at the range statement that races with a store of the element). */
export function mapiterelemRace(it: Hiter): unknown {
  if (S.r !== null && it.raceSlots !== null) S.r.read(it.raceSlots, it.raceIndex);
  return it.elem;
}

/** -race: remember where the entry at position p of b keeps its element. */
function raceSlot(it: Hiter, b: Bmap, p: number): void {
  const i = p % W;
  it.raceSlots = raceBucket(b, p - i);
  it.raceIndex = eslot + i;
}

/** Start an iteration over h (nil or empty: the iterator is already done). */
export function mapiterinitp(t: MapType, h: Hmap | null): Hiter {
  const it = new Hiter(t);
  if (h === null || h.count === 0) return it;
  it.h = h;
  it.B = h.B;
  it.buckets = h.buckets;
  if (t.bucketNoscan) {
    if (h.extra === null) h.extra = new Mapextra();
    if (h.extra.overflow === null) h.extra.overflow = new OverflowList();
    it.overflow = h.extra.overflow;
    it.oldoverflow = h.extra.oldoverflow;
  }
  // fastrand64 when B > 31-bucketCntBits, so that the offset bits exist above B. (B never
  // reaches 32 here: 2^32 buckets would exceed any simulated heap.)
  const r0 = fastrand(h);
  let offsetBits = r0 >>> h.B;
  if (h.B > 28) offsetBits |= fastrand(h) << (32 - h.B);
  it.startBucket = bucketIndex(r0, bucketMask(h.B));
  it.offset = offsetBits & (bucketCnt - 1);
  it.bucket = it.startBucket;
  h.flags |= iterator | oldIterator;
  iternext(it, true);
  return it;
}

/** Advance the iterator, with Go's concurrent-write check. */
export function mapiternextp(it: Hiter): void {
  iternext(it, true);
}

/** for range m: create the iterator and find the first entry. Yield point: one STEP. */
/** -race: mapiterinit's racereadpc, at its func line. */
const iterinitRace: RuntimeFrame = { fn: "runtime.mapiterinit", file: "/usr/lib/go-1.19/src/runtime/map.go", line: 815 };

export function* mapiterinit(t: MapType, h: Hmap | null): GoGen<Hiter> {
  const it = mapiterinitn(t, h);
  return it === PENDING ? yield* pending() : it as Hiter;
}

/** mapiterinit's plain entry (yield.ts). */
export function mapiterinitn(t: MapType, h: Hmap | null): Hiter | typeof PENDING {
  const st = machine.stepNow();
  return st === GOON ? iterinitStepped(t, h) : pend(yieldThen(st, iterinitStepped, t, h, undefined));
}

function iterinitStepped(t: MapType, h: Hmap | null): Hiter {
  if (S.r !== null && h !== null) S.r.read(h, "hmap", iterinitRace);
  return mapiterinitp(t, h);
}

/** Find the next entry. Yield point: one STEP, then the concurrent-write check. */
export function* mapiternext(it: Hiter): GoGen<void> {
  if (mapiternextn(it) === PENDING) yield* pending();
}

/** mapiternext's plain entry (yield.ts). */
export function mapiternextn(it: Hiter): typeof PENDING | undefined {
  const st = machine.stepNow();
  if (st !== GOON) return pend(yieldThen(st, iternext, it, true, undefined));
  iternext(it, true);
  return undefined;
}

/** mapiternext's body; `check` enables the "concurrent map iteration and map write" check. */
function iternext(it: Hiter, check: boolean): void {
  const h = it.h;
  if (h === null) {
    it.key = it.elem = undefined;
    return;
  }
  if (check && (h.flags & hashWriting) !== 0) {
    mapFatal("concurrent map iteration and map write", iterFrame, h);
  }
  let bucket = it.bucket;
  let b = it.bptr;
  let o = it.boff;
  let i = it.i;
  let checkBucket = it.checkBucket;
  for (;;) {
    if (b === null) {
      if (bucket === it.startBucket && it.wrapped) {
        it.key = it.elem = undefined; // end of iteration
        return;
      }
      if (growing(h) && it.B === h.B) {
        // (1) Started mid-growth: read the old bucket while it is not evacuated.
        const ob = bucket & (noldbuckets(h) - 1);
        b = bucketArr(h.oldbuckets!, ob);
        o = bucketOff(ob);
        if (!evacuated(b, o)) {
          checkBucket = bucket;
        } else {
          b = bucketArr(it.buckets!, bucket);
          o = bucketOff(bucket);
          checkBucket = noCheck;
        }
      } else {
        b = bucketArr(it.buckets!, bucket);
        o = bucketOff(bucket);
        checkBucket = noCheck;
      }
      bucket++;
      if (bucket === bucketShift(it.B)) {
        bucket = 0;
        it.wrapped = true;
      }
      i = 0;
    }
    for (; i < bucketCnt; i++) {
      const offi = (i + it.offset) & (bucketCnt - 1);
      if (visit(it, h, b, o + offi, checkBucket)) {
        it.bucket = bucket;
        it.bptr = b;
        it.boff = o;
        it.i = i + 1;
        it.checkBucket = checkBucket;
        return;
      }
    }
    const nb: Bmap | null = b[o + oslot];
    o = b[o + ooslot];
    b = nb;
    i = 0;
  }
}

/** Steps (2)-(4) for the slot at position p of b: returns true and sets it.key/elem if it is
 *  returned. */
function visit(it: Hiter, h: Hmap, b: Bmap, p: number, checkBucket: number): boolean {
  const t = it.t;
  const top = b[p]!;
  if (isEmpty(top) || top === evacuatedEmpty) return false;
  const k = slotKey(t, b, p);
  const reflexive = t.reflexivekey || t.keyEqual(k, k);
  if (checkBucket !== noCheck && !isSameSizeGrow(h)) {
    if (reflexive) {
      const lo = t.hasher(k, 0, h.hash0, h.env.prng);
      if (bucketIndex(lo, bucketMask(it.B)) !== checkBucket) return false;
    } else if (Math.floor(checkBucket / 2 ** (it.B - 1)) !== (top & 1)) {
      return false; // NaN: the low tophash bit decides where it goes
    }
  }
  if ((top !== evacuatedX && top !== evacuatedY) || !reflexive) {
    it.key = k;
    it.elem = slotElem(t, b, p);
    if (S.r !== null) raceSlot(it, b, p);
    return true;
  }
  // (4) The table grew since this bucket was read: find the key's current entry.
  const rb = h.count === 0 ? null : findSlot(t, h, k);
  if (rb === null) return false; // deleted
  it.key = slotKey(t, rb, foundIndex);
  it.elem = slotElem(t, rb, foundIndex);
  if (S.r !== null) raceSlot(it, rb, foundIndex);
  return true;
}

/**
 * Every entry of h as [key, elem] pairs, in bucket order from bucket 0 and slot 0 (no
 * randomness, no flags changed). For fmt, which sorts them. Checks for a concurrent write.
 */
export function mapEntries(t: MapType, h: Hmap | null): [any, any][] {
  const out: [any, any][] = [];
  if (h === null || h.count === 0) return out;
  if ((h.flags & hashWriting) !== 0) {
    mapFatal("concurrent map iteration and map write", iterFrame, h);
  }
  const it = new Hiter(t);
  it.h = h;
  it.B = h.B;
  it.buckets = h.buckets;
  for (iternext(it, false); it.key !== undefined; iternext(it, false)) {
    out.push([it.key, it.elem]);
  }
  return out;
}

/** A snapshot of a map's structure, for tests and tools. */
interface MapDebug {
  B: number;
  count: number;
  noverflow: number;
  growing: boolean;
  sameSizeGrow: boolean;
  nevacuate: number;
  buckets: { tophash: number[]; keys: any[]; overflowCount: number }[];
}

/** mapDebug: the current buckets (not the preallocated spares), each with its chain length. */
export function mapDebug(h: Hmap): MapDebug {
  const buckets: MapDebug["buckets"] = [];
  const n = h.buckets === null ? 0 : bucketShift(h.B);
  for (let j = 0; j < n; j++) {
    const b = bucketArr(h.buckets!, j);
    const o = bucketOff(j);
    let overflowCount = 0;
    for (let c: Bmap | null = b[o + oslot], co: number = b[o + ooslot]; c !== null;) {
      overflowCount++;
      const nc: Bmap | null = c[co + oslot];
      co = c[co + ooslot];
      c = nc;
    }
    buckets.push({ tophash: b.slice(o, o + kslot), keys: b.slice(o + kslot, o + eslot), overflowCount });
  }
  return {
    B: h.B, count: h.count, noverflow: h.noverflow, growing: growing(h),
    sameSizeGrow: isSameSizeGrow(h), nevacuate: h.nevacuate, buckets,
  };
}

/**
 * checkmap: verify the invariants listed in map.ts's header; throws SimBug on a violation.
 * Hashes every key (NaN keys are exempt from the placement checks), so it costs O(count).
 */
export function checkmap(t: MapType, h: Hmap): void {
  const fail = (what: string): never => {
    throw new SimBug(`checkmap: ${what}`);
  };
  if ((h.flags & hashWriting) !== 0) fail("hashWriting set between operations");
  if (h.buckets === null) {
    if (h.count !== 0 || h.B !== 0) fail("no buckets but count or B set");
    return;
  }
  let live = 0;
  const nb = bucketShift(h.B);
  for (let j = 0; j < nb; j++) {
    live += checkChain(t, h, bucketArr(h.buckets, j), bucketOff(j), j, bucketMask(h.B), fail);
  }
  if (h.oldbuckets !== null) {
    const nold = noldbuckets(h);
    if (h.nevacuate >= nold) fail("growing but nevacuate reached the old bucket count");
    for (let j = 0; j < nold; j++) {
      const ob = bucketArr(h.oldbuckets, j);
      if (evacuated(ob, bucketOff(j))) continue;
      if (j < h.nevacuate) fail(`old bucket ${j} below nevacuate is not evacuated`);
      live += checkChain(t, h, ob, bucketOff(j), j, nold - 1, fail);
    }
  } else if (isSameSizeGrow(h)) {
    fail("sameSizeGrow set while not growing");
  }
  if (live !== h.count) fail(`count ${h.count} but ${live} live slots`);
}

/** Check one bucket chain (from offset o of b); returns its number of live slots. */
function checkChain(t: MapType, h: Hmap, b: Bmap, o: number, j: number, mask: number,
  fail: (what: string) => never): number {
  let live = 0;
  let restSeen = false;
  for (let c: Bmap | null = b, co = o; c !== null;) {
    for (let i = 0; i < bucketCnt; i++) {
      const top = c[co + i]!;
      if (restSeen && top !== emptyRest) fail(`bucket ${j}: slot after emptyRest not emptyRest`);
      if (top === emptyRest) restSeen = true;
      if (top > 1 && top < minTopHash) fail(`bucket ${j}: evacuation mark in a live bucket`);
      if (top < minTopHash) continue;
      live++;
      const k = slotKey(t, c, co + i);
      if (!t.reflexivekey && !t.keyEqual(k, k)) continue;
      const lo = t.hasher(k, 0, h.hash0, h.env.prng);
      if (tophash(hashHi) !== top) fail(`bucket ${j} slot ${i}: tophash mismatch`);
      if (bucketIndex(lo, mask) !== j) fail(`bucket ${j} slot ${i}: key in the wrong bucket`);
    }
    const nc: Bmap | null = c[co + oslot];
    co = c[co + ooslot];
    c = nc;
  }
  return live;
}
