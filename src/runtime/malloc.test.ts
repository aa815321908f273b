// Unit tests of the allocator: mallocgc's three paths, refill, mcentral list movement, sweeping,
// sweepgen transitions, mcache flushing and the heap invariants across GC cycles.
//
// Method: drive a Heap directly as the machine would (mallocgc, startCycle, markObject,
// finishMark, sweepone), with a hand-picked set of live addresses standing in for the marker,
// and run checkHeap after every step that matters.

import { test } from "node:test";
import assert from "node:assert/strict";
import { GCPhase, Heap } from "./malloc.js";
import type { MCache } from "./mcache.js";
import { MSpanState, arenaBase, emptymspan, makeSpanClass } from "./mspan.js";

/** One whole GC cycle keeping exactly the objects in live; sweeps to completion if asked. */
function gc(heap: Heap, caches: MCache[], live: Iterable<number>, sweep = true): void {
  heap.startCycle(caches, 0, caches.length, false);
  for (const a of live) heap.markObject(a);
  heap.finishMark(caches, { now: 1000, procs: caches.length });
  heap.checkHeap(caches);
  if (sweep) {
    while (heap.sweepone() !== -1) heap.checkHeap(caches);
  }
  heap.checkHeap(caches);
}

test("tiny allocator packs noscan objects into 16-byte blocks with Go's alignment", () => {
  const heap = new Heap();
  const c = heap.newMCache();
  const a = heap.mallocgc(1, true, c);
  assert.equal(a, arenaBase);
  assert.equal(heap.mallocgc(2, true, c), a + 2); // even size: 2-aligned
  assert.equal(heap.mallocgc(4, true, c), a + 4); // 4-aligned
  assert.equal(heap.mallocgc(8, true, c), a + 8); // 8-aligned
  assert.equal(c.tinyoffset, 16);
  const b = heap.mallocgc(3, true, c); // does not fit: a new block
  assert.equal(b, a + 16);
  assert.equal(c.tiny, b);
  assert.equal(c.tinyAllocs, 3);
  // A pointerful small object never uses the tiny allocator.
  const p = heap.mallocgc(8, false, c);
  assert.equal(heap.objectAt(p)!.span.spanclass, makeSpanClass(1, false));
  // Size 0 is zerobase.
  assert.equal(heap.mallocgc(0, true, c), heap.zerobaseAddr);
  heap.checkHeap([c]);
});

test("tiny block is replaced only when the new one has more room; -race never keeps it", () => {
  const heap = new Heap();
  const c = heap.newMCache();
  heap.mallocgc(12, true, c); // block 1, offset 12
  const x = heap.mallocgc(8, true, c); // off 16 > 16-8: new block, 8 < 12 -> replace
  assert.equal(c.tiny, x);
  assert.equal(c.tinyoffset, 8);
  const raceHeap = new Heap({ race: true });
  const rc = raceHeap.newMCache();
  const r1 = raceHeap.mallocgc(1, true, rc);
  const r2 = raceHeap.mallocgc(1, true, rc);
  assert.equal(r2 - r1, 16);
  assert.equal(rc.tiny, 0);
});

test("small objects come from their size class span, in address order", () => {
  const heap = new Heap();
  const c = heap.newMCache();
  const x = heap.mallocgc(100, false, c); // class 9 (112 bytes)
  const y = heap.mallocgc(112, false, c);
  assert.equal(y - x, 112);
  const o = heap.objectAt(y + 5)!;
  assert.equal(o.base, y);
  assert.equal(o.index, 1);
  assert.equal(o.span.elemsize, 112);
  assert.equal(o.span.spanclass, makeSpanClass(9, false));
  assert.equal(c.alloc[makeSpanClass(9, false)], o.span);
  // 1025 bytes uses size_to_class128: class 33 (1152).
  const z = heap.mallocgc(1025, true, c);
  assert.equal(heap.objectAt(z)!.span.elemsize, 1152);
  heap.checkHeap([c]);
});

test("refill: a full span goes back to mcentral's full swept set and a new one is cached", () => {
  const heap = new Heap();
  const c = heap.newMCache();
  const spc = makeSpanClass(26, false); // 512 bytes, 16 per span
  const first = heap.mallocgc(512, false, c);
  const s1 = heap.objectAt(first)!.span;
  assert.equal(s1.nelems, 16);
  assert.equal(s1.sweepgen, heap.h.sweepgen + 3);
  for (let i = 1; i < 16; i++) heap.mallocgc(512, false, c);
  assert.equal(s1.allocCount, 16);
  const next = heap.mallocgc(512, false, c);
  const s2 = heap.objectAt(next)!.span;
  assert.notEqual(s1, s2);
  assert.equal(c.alloc[spc], s2);
  const central = heap.h.central[spc]!;
  assert.deepEqual([...central.fullSwept(heap.h.sweepgen).spans()], [s1]);
  assert.equal(s1.sweepgen, heap.h.sweepgen);
  assert.equal(heap.h.stats.smallAllocCount[26], 16);
  heap.checkHeap([c]);
});

test("large objects get their own span and free their pages when dead", () => {
  const heap = new Heap();
  const c = heap.newMCache();
  const big = heap.mallocgc(100_000, false, c);
  const s = heap.objectAt(big)!.span;
  assert.equal(s.spanclass, 0);
  assert.equal(s.npages, 13);
  assert.equal(s.elemsize, 13 * 8192);
  assert.equal(s.limit, big + 100_000);
  assert.equal(heap.h.heapInUse, 13 * 8192);
  const inUseBefore = heap.h.heapInUse;
  gc(heap, [c], []);
  assert.equal(s.state, MSpanState.mSpanDead);
  assert.equal(heap.h.spanOf(big), null);
  assert.equal(heap.h.heapInUse, inUseBefore - 13 * 8192);
  assert.equal(heap.h.stats.largeFreeCount, 1);
  // The freed pages are reused first (address-ordered first fit).
  const again = heap.mallocgc(90_000, true, c);
  assert.equal(again, big);
  heap.checkHeap([c]);
});

test("sweep frees unmarked objects and their slots are reused", () => {
  const heap = new Heap();
  const c = heap.newMCache();
  const objs: number[] = [];
  for (let i = 0; i < 64; i++) objs.push(heap.mallocgc(64, false, c));
  const span = heap.objectAt(objs[0]!)!.span;
  const live = objs.filter((_, i) => i % 3 === 0);
  gc(heap, [c], live);
  assert.equal(span.allocCount, live.length);
  for (const a of live) assert.ok(span.isAllocated(span.objIndex(a)));
  // New allocations fill the freed slots, lowest first.
  const reused = heap.mallocgc(64, false, c);
  assert.equal(reused, objs[1]);
  assert.equal(heap.mallocgc(64, false, c), objs[2]);
  assert.equal(heap.mallocgc(64, false, c), objs[4]);
  assert.equal(heap.h.stats.smallFreeCount[6], 64 - live.length);
  heap.checkHeap([c]);
});

test("a span with no live object returns to the heap", () => {
  const heap = new Heap();
  const c = heap.newMCache();
  const objs: number[] = [];
  for (let i = 0; i < 300; i++) objs.push(heap.mallocgc(256, true, c)); // 32 per span
  const spans = new Set(objs.map((a) => heap.objectAt(a)!.span));
  assert.equal(spans.size, 10);
  const pagesBefore = heap.h.pagesInUse;
  gc(heap, [c], objs.slice(0, 32)); // only the first span survives
  assert.equal(heap.h.pagesInUse, pagesBefore - 9);
  heap.checkHeap([c]);
});

test("sweepgen transitions: cached spans become stale and are swept when flushed", () => {
  const heap = new Heap();
  const c = heap.newMCache();
  const a = heap.mallocgc(48, false, c);
  const s = heap.objectAt(a)!.span;
  const sg0 = heap.h.sweepgen;
  assert.equal(s.sweepgen, sg0 + 3); // swept, then cached
  heap.startCycle([c], 0, 1, false);
  assert.equal(heap.gcphase, GCPhase._GCmark);
  const b = heap.mallocgc(48, false, c); // allocated black
  assert.ok(heap.isMarked(b));
  assert.ok(!heap.isMarked(a));
  // finishMark advances sweepgen by 2, so the cached span reads h+1, then flushes it.
  const other = heap.newMCache();
  const y = heap.mallocgc(48, false, other);
  const s2 = heap.objectAt(y)!.span;
  heap.finishMark([c], { now: 1, procs: 1 });
  assert.equal(heap.h.sweepgen, sg0 + 2);
  assert.equal(s2.sweepgen, heap.h.sweepgen + 1); // still cached in the unflushed mcache
  assert.equal(other.flushGen, sg0);
  assert.equal(c.flushGen, sg0 + 2);
  assert.equal(c.alloc[s.spanclass], emptymspan);
  // uncacheSpan swept the stale span: a was freed, b survived.
  assert.equal(s.sweepgen, heap.h.sweepgen);
  assert.ok(!s.isAllocated(s.objIndex(a)));
  assert.ok(s.isAllocated(s.objIndex(b)));
  // The other P flushes in acquirep (prepareForSweep): its stale span is swept now. y was
  // allocated black during the mark phase, so it survives.
  other.prepareForSweep();
  assert.equal(other.flushGen, heap.h.sweepgen);
  assert.equal(s2.sweepgen, heap.h.sweepgen);
  assert.ok(s2.isAllocated(s2.objIndex(y)));
  assert.equal(s2.allocCount, 1);
  heap.checkHeap([c, other]);
});

test("startCycle refuses an unflushed mcache; bad flushGen is fatal", () => {
  const heap = new Heap();
  const c = heap.newMCache();
  const d = heap.newMCache();
  gc(heap, [c], []);
  assert.throws(() => heap.startCycle([c, d], 0, 2, false), /p mcache not flushed/);
  d.flushGen = heap.h.sweepgen - 4;
  assert.throws(() => d.prepareForSweep(), /bad flushGen/);
});

test("mcentral: partial unswept spans are swept by cacheSpan and reused", () => {
  const heap = new Heap();
  const c = heap.newMCache();
  const spc = makeSpanClass(18, true); // 256 bytes, 32 per span
  const objs: number[] = [];
  for (let i = 0; i < 96; i++) objs.push(heap.mallocgc(256, true, c));
  const central = heap.h.central[spc]!;
  assert.equal(central.fullSwept(heap.h.sweepgen).length, 2);
  // Keep half of every span; do not sweep in the background.
  gc(heap, [c], objs.filter((_, i) => i % 2 === 0), false);
  assert.ok(!heap.isSweepDone());
  assert.equal(central.fullUnswept(heap.h.sweepgen).length, 2);
  // The span that was cached was swept when the mcache was flushed, so it is partial swept
  // and is used first.
  assert.equal(central.partialSwept(heap.h.sweepgen).length, 1);
  assert.equal(heap.mallocgc(256, true, c), objs[65]);
  for (let i = 67; i < 96; i += 2) assert.equal(heap.mallocgc(256, true, c), objs[i]);
  // The next refill sweeps a full-unswept span and uses its free slots.
  const x = heap.mallocgc(256, true, c);
  assert.equal(x, objs[1]);
  assert.equal(central.fullUnswept(heap.h.sweepgen).length, 1);
  heap.checkHeap([c]);
  while (heap.sweepone() !== -1);
  heap.checkHeap([c]);
  assert.equal(central.partialSwept(heap.h.sweepgen).length, 1);
  assert.equal(central.fullSwept(heap.h.sweepgen).length, 1);
});

test("span accounting holds across many cycles with a churning live set", () => {
  const heap = new Heap();
  const caches = [heap.newMCache(), heap.newMCache()];
  let live: number[] = [];
  let cycles = 0;
  const sizes = [8, 13, 24, 100, 700, 3000, 20000, 40000, 5];
  for (let i = 0; i < 60000; i++) {
    const c = caches[i % 2]!;
    const size = sizes[i % sizes.length]!;
    const a = heap.mallocgc(size, i % 4 === 0, c);
    if (i % 7 === 0) live.push(a);
    if (heap.startGCRequested) {
      live = live.filter((_, j) => j % 2 === 0);
      heap.startCycle(caches, 0, 2, false);
      for (const x of live) heap.markObject(x);
      heap.finishMark(caches, { now: 1, procs: 2 });
      heap.checkHeap(caches);
      cycles++;
    }
    if (i % 5 === 0) heap.sweepone();
  }
  assert.ok(cycles >= 3, `only ${cycles} cycles`);
  heap.checkHeap(caches);
  const ms = heap.readMemStats(caches);
  assert.equal(ms.HeapObjects, ms.Mallocs - ms.Frees);
  assert.equal(ms.HeapSys, ms.HeapInuse + ms.HeapIdle);
  assert.equal(ms.NumGC, cycles);
  heap.checkHeap(caches);
});

test("ReadMemStats: counts, BySize and the 4 MiB first grow", () => {
  const heap = new Heap();
  const c = heap.newMCache();
  for (let i = 0; i < 10; i++) heap.mallocgc(32, false, c);
  heap.mallocgc(5, true, c);
  heap.mallocgc(3, true, c); // shares the tiny block
  heap.mallocgc(50_000, true, c);
  const ms = heap.readMemStats([c]);
  assert.equal(ms.Mallocs, 10 + 2 + 1);
  assert.equal(ms.Frees, 1); // Go counts tiny allocations as both malloc and free
  assert.equal(ms.BySize.length, 61);
  assert.equal(ms.BySize[4]!.Size, 32);
  assert.equal(ms.BySize[4]!.Mallocs, 10);
  assert.equal(ms.BySize[2]!.Mallocs, 1); // the one 16-byte tiny block
  assert.equal(ms.HeapAlloc, 10 * 32 + 16 + 7 * 8192);
  assert.equal(ms.HeapSys, 4 << 20);
  assert.equal(ms.HeapInuse, 2 * 8192 + 7 * 8192); // class 4 span, tiny span, large span
  assert.equal(ms.HeapReleased, (4 << 20) - ms.HeapInuse);
  assert.equal(ms.NextGC, 4 << 20);
  assert.equal(ms.Sys, ms.HeapSys + ms.MSpanSys + ms.MCacheSys + ms.GCSys + ms.OtherSys +
    ms.BuckHashSys);
});

test("stack spans are manual and leave HeapSys", () => {
  const heap = new Heap();
  const s = heap.h.allocManual(4)!;
  assert.equal(s.state, MSpanState.mSpanManual);
  const ms = heap.readMemStats([]);
  assert.equal(ms.StackInuse, 4 * 8192);
  assert.equal(ms.HeapSys, (4 << 20) - 4 * 8192);
  heap.h.freeManual(s);
  heap.checkHeap([]);
});

test("a marked free slot is reported as a zombie at sweep", () => {
  const heap = new Heap();
  const c = heap.newMCache();
  const a = heap.mallocgc(64, false, c);
  heap.startCycle([c], 0, 1, false);
  heap.markObject(a + 64); // the next slot was never allocated
  assert.throws(() => heap.finishMark([c], { now: 1, procs: 1 }), /found pointer to free object/);
});
