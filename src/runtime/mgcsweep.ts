// Sweeping: freeing the objects the last mark phase did not reach, span by span.
//
// Models src/runtime/mgcsweep.go (sweepone, mspan.sweep, finishsweep_m, deductSweepCredit,
// gcPaceSweeper, the sweepLocker) and mheap.go's reclaim/reclaimChunk, Go 1.19.
//
// Terms:
//   sweep        for one span: objects whose gcmarkBits bit is clear become free. allocBits
//                takes the mark bits, gcmarkBits is zeroed for the next cycle, allocCount is
//                recomputed, and the span goes back to its mcentral's swept sets, or to the heap
//                when it holds no object.
//   sweepone     sweeps the next unswept span, walking the mcentrals' unswept sets in order
//                (sweep class = spanclass*2 + full), as the background sweeper and sweep
//                termination do.
//   proportional sweep  allocating a span first sweeps enough pages that all in-use pages
//                are swept by the time heapLive reaches the GC trigger (sweepPagesPerByte,
//                set by gcPaceSweeper at the end of each mark phase).
//   reclaim      before allocating npages from the heap, mheap.alloc sweeps in-use spans that
//                have no marked object (they will be freed), in address order.
//
// Invariants: a span is swept at most once per cycle (tryAcquire moves sweepgen h-2 -> h-1,
// sweep moves it to h); a marked slot is always an allocated slot (else "found pointer to free
// object", a zombie).
//
// Simplifications vs real Go: no concurrent sweepers, so activeSweep is just a "drained" flag and
// tryAcquire needs no CAS; no specials (finalizers, profiling records); no work-buffer freeing.
// The bgsweep goroutine is the machine's business: it calls sweepone() and yields after each span.

import { GoFatal } from "./panic.js";
import type { MHeap } from "./mheap.js";
import {
  MSpan, MSpanState, _PageSize, arenaBase, numSpanClasses, spanClassSizeclass,
} from "./mspan.js";

const numSweepClasses = numSpanClasses * 2;
const pagesPerReclaimerChunk = 512;
const pagesPerArena = 8192;

/** Go's global `sweep` (sweepdata) plus the reclaimer's cursor. */
export class SweepData {
  /** The next sweep class to look at (sweep.centralIndex). */
  centralIndex = 0;
  /** All unswept spans have been handed out this cycle (activeSweep's drained bit). */
  drained = true;
  /** Spans swept by the background sweeper / at sweep termination (statistics only). */
  nbgsweep = 0;
  npausesweep = 0;
  /** reclaim's page cursor and the page limit of the arenas that existed at gcSweep. */
  reclaimIndex = 0;
  reclaimLimit = 0;

  /** isSweepDone: every span of this cycle has been swept. */
  isDone(): boolean {
    return this.drained;
  }

  /** reclaim sweeps and frees at least npage pages of unmarked spans, if it can. */
  reclaim(h: MHeap, npage: number): void {
    while (npage > 0) {
      if (h.reclaimCredit > 0) {
        const take = Math.min(h.reclaimCredit, npage);
        h.reclaimCredit -= take;
        npage -= take;
        continue;
      }
      const idx = this.reclaimIndex;
      if (idx >= this.reclaimLimit) {
        this.reclaimIndex = Infinity;
        break;
      }
      this.reclaimIndex = idx + pagesPerReclaimerChunk;
      const nfound = reclaimChunk(h, idx, pagesPerReclaimerChunk);
      if (nfound <= npage) npage -= nfound;
      else {
        h.reclaimCredit += nfound - npage;
        npage = 0;
      }
    }
  }
}

/** reclaimChunk sweeps the in-use spans starting in [pageIdx, pageIdx+n) that have no marked
 *  object. Returns the number of pages freed. */
function reclaimChunk(h: MHeap, pageIdx: number, n: number): number {
  if (h.sweep.drained) return 0;
  let nFreed = 0;
  const end = Math.min(pageIdx + n, h.mappedPages);
  for (let p = pageIdx; p < end; p++) {
    const s = h.spans[p];
    if (s === undefined || s.state !== MSpanState.mSpanInUse) continue;
    if (pageOf(s) !== p || s.countAlloc() !== 0) continue;
    if (tryAcquire(h, s)) {
      const npages = s.npages;
      if (sweepSpan(h, s, false)) nFreed += npages;
    }
  }
  return nFreed;
}

function pageOf(s: MSpan): number {
  return (s.startAddr - arenaBase) / _PageSize;
}

/** sweepLocker.tryAcquire: take ownership of an unswept span (sweepgen h-2 -> h-1). */
export function tryAcquire(h: MHeap, s: MSpan): boolean {
  if (s.sweepgen !== h.sweepgen - 2) return false;
  s.sweepgen = h.sweepgen - 1;
  return true;
}

/** nextSpanForSweep pops the next span from the unswept sets, or returns null. */
function nextSpanForSweep(h: MHeap): MSpan | null {
  const sg = h.sweepgen;
  for (let sc = h.sweep.centralIndex; sc < numSweepClasses; sc++) {
    const c = h.centralOf(sc >>> 1);
    const s = (sc & 1) !== 0 ? c.fullUnswept(sg).pop() : c.partialUnswept(sg).pop();
    if (s !== null) {
      h.sweep.centralIndex = sc;
      return s;
    }
  }
  h.sweep.centralIndex = numSweepClasses;
  return null;
}

/** sweepone sweeps one span. Returns the pages returned to the heap (0 if the span survived),
 *  or -1 (Go's ^uintptr(0)) when there was nothing left to sweep. */
export function sweepone(h: MHeap): number {
  if (h.sweep.drained) return -1;
  let npages = -1;
  for (;;) {
    const s = nextSpanForSweep(h);
    if (s === null) {
      h.sweep.drained = true;
      break;
    }
    if (s.state !== MSpanState.mSpanInUse) {
      // A span freed by reclaim or uncacheSpan; its queue entry is stale.
      if (!(s.sweepgen === h.sweepgen || s.sweepgen === h.sweepgen + 3)) {
        throw new GoFatal("non in-use span in unswept list", "throw");
      }
      continue;
    }
    if (tryAcquire(h, s)) {
      npages = s.npages;
      if (sweepSpan(h, s, false)) h.reclaimCredit += npages;
      else npages = 0;
      break;
    }
  }
  return npages;
}

/** finishsweep_m: sweep everything left, then drop stale entries from the unswept sets. */
export function finishsweep(h: MHeap): void {
  while (sweepone(h) !== -1) h.sweep.npausesweep++;
  const sg = h.sweepgen;
  for (const c of h.central) {
    if (c === undefined) continue;
    c.partialUnswept(sg).reset();
    c.fullUnswept(sg).reset();
  }
}

/** The zombie check of mspan.sweep: a marked slot at or after freeindex must be allocated. */
function checkZombies(s: MSpan): void {
  const words = s.gcmarkBits.length;
  for (let w = s.freeindex >>> 5; w < words; w++) {
    let bad = (s.gcmarkBits[w]! & ~s.allocBits[w]!) >>> 0;
    if (w === s.freeindex >>> 5) bad = (bad >>> (s.freeindex & 31)) << (s.freeindex & 31);
    if (bad !== 0) throw new GoFatal("found pointer to free object", "throw");
  }
}

/** mspan.sweep. preserve: keep the span out of the mcentral lists (the caller will use it).
 *  Returns true if the span was returned to the heap. */
export function sweepSpan(h: MHeap, s: MSpan, preserve: boolean): boolean {
  const sweepgen = h.sweepgen;
  if (s.state !== MSpanState.mSpanInUse || s.sweepgen !== sweepgen - 1) {
    throw new GoFatal("mspan.sweep: bad span state", "throw");
  }
  h.pagesSwept += s.npages;
  const spc = s.spanclass;
  const sizeclass = spanClassSizeclass(spc);
  if (s.freeindex < s.nelems) checkZombies(s);
  const nalloc = s.countAlloc();
  const nfreed = s.allocCount - nalloc;
  if (nalloc > s.allocCount) throw new GoFatal("sweep increased allocation count", "throw");
  s.allocCount = nalloc;
  s.freeindex = 0;
  s.freeIndexForScan = 0;
  // The mark bits become the allocation bits; the old allocation bitmap is reused, zeroed,
  // as the next cycle's mark bits.
  const old = s.allocBits;
  s.allocBits = s.gcmarkBits;
  old.fill(0);
  s.gcmarkBits = old;
  s.refillAllocCache(0);
  s.sweepgen = sweepgen;
  const c = h.centralOf(spc);
  if (sizeclass !== 0) {
    if (nfreed > 0) {
      s.needzero = 1;
      h.stats.smallFreeCount[sizeclass]! += nfreed;
      h.stats.totalFree += nfreed * s.elemsize;
    }
    if (preserve) return false;
    if (nalloc === 0) {
      h.freeSpan(s);
      return true;
    }
    if (nalloc === s.nelems) c.fullSwept(sweepgen).push(s);
    else c.partialSwept(sweepgen).push(s);
    return false;
  }
  if (preserve) return false;
  if (nfreed !== 0) {
    h.freeSpan(s);
    h.stats.largeFreeCount++;
    h.stats.largeFree += s.elemsize;
    h.stats.totalFree += s.elemsize;
    return true;
  }
  c.fullSwept(sweepgen).push(s);
  return false;
}

/** gcSweep's bookkeeping (mgc.go): start a new sweep cycle. sweepgen must already be advanced. */
export function resetSweep(h: MHeap): void {
  h.sweep.drained = false;
  h.sweep.centralIndex = 0;
  h.sweep.reclaimIndex = 0;
  h.sweep.reclaimLimit = h.arenasReserved * pagesPerArena;
  h.pagesSwept = 0;
  h.reclaimCredit = 0;
}

/** deductSweepCredit sweeps enough spans to pay for allocating spanBytes (proportional sweep).
 *  callerSweepPages: pages the caller will sweep itself (a large allocation's own pages). */
export function deductSweepCredit(h: MHeap, spanBytes: number, callerSweepPages: number): void {
  if (h.sweepPagesPerByte === 0) return;
  for (;;) {
    const sweptBasis = h.pagesSweptBasis;
    const live = h.gcController.heapLive;
    let newHeapLive = spanBytes;
    if (h.sweepHeapLiveBasis < live) newHeapLive += live - h.sweepHeapLiveBasis;
    const pagesTarget = Math.trunc(h.sweepPagesPerByte * newHeapLive) - callerSweepPages;
    let retry = false;
    while (pagesTarget > h.pagesSwept - sweptBasis) {
      if (sweepone(h) === -1) {
        h.sweepPagesPerByte = 0;
        break;
      }
      if (h.pagesSweptBasis !== sweptBasis) {
        retry = true;
        break;
      }
    }
    if (!retry) return;
  }
}

/** gcPaceSweeper sets the proportional sweep ratio for a new sweep cycle. */
export function gcPaceSweeper(h: MHeap, trigger: number): void {
  if (h.sweep.isDone()) {
    h.sweepPagesPerByte = 0;
    return;
  }
  const heapLiveBasis = h.gcController.heapLive;
  let heapDistance = trigger - heapLiveBasis;
  heapDistance -= 1024 * 1024;
  if (heapDistance < _PageSize) heapDistance = _PageSize;
  const pagesSwept = h.pagesSwept;
  const sweepDistancePages = h.pagesInUse - pagesSwept;
  if (sweepDistancePages <= 0) {
    h.sweepPagesPerByte = 0;
  } else {
    h.sweepPagesPerByte = sweepDistancePages / heapDistance;
    h.sweepHeapLiveBasis = heapLiveBasis;
    h.pagesSweptBasis = pagesSwept;
  }
}
