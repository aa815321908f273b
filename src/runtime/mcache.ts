// The per-P allocation cache: one span per span class, plus the tiny allocator's block.
//
// Models src/runtime/mcache.go (allocmcache, nextFree, refill, allocLarge, releaseAll,
// prepareForSweep), Go 1.19. In Go 1.19 the mcache belongs to a P (p.mcache), not to an M.
//
// Terms:
//   alloc[spc]   the span this P allocates spc objects from; emptymspan when none.
//   tiny         the address of the current 16-byte tiny block (0 = none); tinyoffset is the
//                next free byte in it; tinyAllocs counts allocations served from tiny blocks.
//   flushGen     the mheap.sweepgen at which this mcache was last flushed. After a GC cycle
//                advances sweepgen, the mcache must be flushed (prepareForSweep) before it is
//                used again, so that no span cached in an old cycle is allocated from unswept.
//
// Invariants:
//   - a real span in alloc[] has sweepgen h+3 (swept, then cached) or h+1 (cached before this
//     sweep began); it is never on an mcentral list;
//   - flushGen is h or h-2; anything else is "bad flushGen".
//
// Simplifications vs real Go: no stack cache (stackcache_clear is the stack model's business);
// no heap profiling sample (nextSample); scanAlloc is counted but only feeds heapScan.

import { SimBug, GoFatal } from "./panic.js";
import { oomFrames, outOfMemory, type MHeap } from "./mheap.js";
import { deductSweepCredit } from "./mgcsweep.js";
import {
  MSpan, _PageSize, emptymspan, makeSpanClass, numSpanClasses, spanClassSizeclass,
  tinySpanClass,
} from "./mspan.js";

/** The span tables of finished runs' mcaches (MCache.recycle), every slot emptymspan, for
 *  later runs' (a machine is made for each run; four tables of 136 slots were a tenth of an
 *  empty program's run). Module-level, shared by the machines of one thread; bounded. */
const freeAllocs: MSpan[][] = [];
const maxFreeAllocs = 64;
/** The table of a recycled mcache: none of its slots may be used again. */
const recycledAlloc: MSpan[] = [];

export class MCache {
  scanAlloc = 0;
  tiny = 0;
  tinyoffset = 0;
  tinyAllocs = 0;
  alloc: MSpan[] = freeAllocs.pop() ?? new Array<MSpan>(numSpanClasses).fill(emptymspan);
  flushGen: number;

  /** allocmcache: a new mcache whose slots are all emptymspan. */
  constructor(private readonly h: MHeap) {
    this.flushGen = h.sweepgen;
    h.mcacheInuse++;
    h.mcacheCount = Math.max(h.mcacheCount, h.mcacheInuse);
  }

  /** The run is over (Machine.dispose): the span table goes back, emptied, for a later
   *  run's mcache. */
  recycle(): void {
    const a = this.alloc;
    if (a === recycledAlloc) return;
    this.alloc = recycledAlloc;
    if (freeAllocs.length >= maxFreeAllocs) return;
    a.fill(emptymspan);
    freeAllocs.push(a);
  }

  /** nextFree: the next free object of class spc, refilling from the mcentral if needed.
   *  Returns [address, span, shouldhelpgc]. */
  nextFree(spc: number): [number, MSpan, boolean] {
    let s = this.alloc[spc]!;
    let shouldhelpgc = false;
    let freeIndex = s.nextFreeIndex();
    if (freeIndex === s.nelems) {
      // The span is full.
      if (s.allocCount !== s.nelems) {
        throw new GoFatal("s.allocCount != s.nelems && freeIndex == s.nelems", "throw");
      }
      this.refill(spc);
      shouldhelpgc = true;
      s = this.alloc[spc]!;
      freeIndex = s.nextFreeIndex();
    }
    if (freeIndex >= s.nelems) throw new GoFatal("freeIndex is not valid", "throw");
    const v = freeIndex * s.elemsize + s.base();
    s.allocCount++;
    if (s.allocCount > s.nelems) throw new GoFatal("s.allocCount > s.nelems", "throw");
    return [v, s, shouldhelpgc];
  }

  /** refill acquires a new span of class spc; the current one must be full. */
  refill(spc: number): void {
    const h = this.h;
    let s = this.alloc[spc]!;
    if (s.allocCount !== s.nelems) {
      throw new GoFatal("refill of span with free space remaining", "throw");
    }
    if (s !== emptymspan) {
      if (s.sweepgen !== h.sweepgen + 3) throw new GoFatal("bad sweepgen in refill", "throw");
      h.centralOf(spc).uncacheSpan(s);
      const slotsUsed = s.allocCount - s.allocCountBeforeCache;
      h.stats.smallAllocCount[spanClassSizeclass(spc)]! += slotsUsed;
      if (spc === tinySpanClass) {
        h.stats.tinyAllocCount += this.tinyAllocs;
        this.tinyAllocs = 0;
      }
      h.stats.totalAlloc += slotsUsed * s.elemsize;
      s.allocCountBeforeCache = 0;
    }
    const got = h.centralOf(spc).cacheSpan();
    if (got === null) throw outOfMemory(h, oomFrames.small);
    s = got;
    if (s.allocCount === s.nelems) throw new GoFatal("span has no free space", "throw");
    // Indicate that this span is cached and prevent asynchronous sweeping in the next sweep.
    s.sweepgen = h.sweepgen + 3;
    s.allocCountBeforeCache = s.allocCount;
    // Assume all free objects will be allocated: count the whole span's free bytes as live.
    const usedBytes = s.allocCount * s.elemsize;
    h.gcController.update(s.npages * _PageSize - usedBytes, this.scanAlloc, h.gcBlackenEnabled);
    this.scanAlloc = 0;
    this.alloc[spc] = s;
  }

  /** allocLarge allocates a span for a large object of size bytes. */
  allocLarge(size: number, noscan: boolean): MSpan {
    const h = this.h;
    const npages = Math.ceil(size / _PageSize);
    // Pay for the pages first; the caller sweeps npages itself (by allocating them).
    deductSweepCredit(h, npages * _PageSize, npages);
    const spc = makeSpanClass(0, noscan);
    const s = h.alloc(npages, spc);
    if (s === null) throw outOfMemory(h, oomFrames.large);
    h.stats.largeAlloc += npages * _PageSize;
    h.stats.largeAllocCount++;
    h.stats.totalAlloc += npages * _PageSize;
    h.gcController.update(s.npages * _PageSize, 0, h.gcBlackenEnabled);
    // Put the large span in the mcentral swept list so that it is visible to the sweeper.
    h.centralOf(spc).fullSwept(h.sweepgen).push(s);
    s.limit = s.base() + size;
    return s;
  }

  /** releaseAll returns every cached span to its mcentral and drops the tiny block. */
  releaseAll(): void {
    const h = this.h;
    const scanAlloc = this.scanAlloc;
    this.scanAlloc = 0;
    const sg = h.sweepgen;
    let dHeapLive = 0;
    for (let i = 0; i < numSpanClasses; i++) {
      const s = this.alloc[i]!;
      if (s === emptymspan) continue;
      const slotsUsed = s.allocCount - s.allocCountBeforeCache;
      s.allocCountBeforeCache = 0;
      h.stats.smallAllocCount[spanClassSizeclass(i)]! += slotsUsed;
      h.stats.totalAlloc += slotsUsed * s.elemsize;
      if (s.sweepgen !== sg + 1) {
        // refill conservatively counted unallocated slots in heapLive. Undo this. If the span
        // is stale, heapLive was already reset by mark termination.
        dHeapLive -= (s.nelems - s.allocCount) * s.elemsize;
      }
      h.centralOf(i).uncacheSpan(s);
      this.alloc[i] = emptymspan;
    }
    this.tiny = 0;
    this.tinyoffset = 0;
    h.stats.tinyAllocCount += this.tinyAllocs;
    this.tinyAllocs = 0;
    h.gcController.update(dHeapLive, scanAlloc, h.gcBlackenEnabled);
  }

  /** prepareForSweep flushes the mcache if a GC cycle advanced sweepgen since its last flush.
   *  Called by acquirep (after a syscall/cgo hand-off), procresize and mark termination. */
  prepareForSweep(): void {
    const sg = this.h.sweepgen;
    if (this.flushGen === sg) return;
    if (this.flushGen !== sg - 2) {
      throw new GoFatal("bad flushGen", "throw");
    }
    this.releaseAll();
    this.flushGen = sg;
  }

  /** The spans currently cached (for invariant checks), with their span classes. */
  cachedSpans(): [number, MSpan][] {
    const out: [number, MSpan][] = [];
    for (let i = 0; i < numSpanClasses; i++) {
      const s = this.alloc[i]!;
      if (s !== emptymspan) out.push([i, s]);
    }
    return out;
  }

  /** freemcache (p.destroy when GOMAXPROCS shrinks): flush and forget this mcache. */
  destroy(): void {
    this.releaseAll();
    if (this.h.mcacheInuse <= 0) throw new SimBug("freemcache: no mcaches");
    this.h.mcacheInuse--;
  }
}
