// The heap of one simulated process: mallocgc and the building blocks of a GC cycle.
//
// Models src/runtime/malloc.go (mallocgc, its tiny/small/large paths, gcmarknewobject) and the
// allocator-facing parts of mgc.go (gcStart's sweep termination and gcMarkTinyAllocs,
// gcMarkTermination's resetLive/gcSweep/commit/flush, the heap trigger test), Go 1.19.
//
// Terms:
//   tiny         noscan objects smaller than 16 bytes share 16-byte blocks (class 2, span class
//                5); the block is freed only when every object in it is dead.
//   small        up to _MaxSmallSize (32 KiB): rounded up to a size class, taken from the
//                P's mcache span of that class.
//   large        above 32 KiB: a span of its own (span class 0 or 1), straight from the heap.
//   allocate black  while marking (gcphase != _GCoff) new objects are marked at once.
//
// A GC cycle, as the machine drives it (it owns time, goroutines and the marker):
//   1. startCycle(mcaches, ...)  sweep termination: finish sweeping, check every mcache was
//      flushed, heap0 = heapLive, pacer startCycle, gcphase = _GCmark, mark the tiny blocks.
//   2. the marker calls markObject(addr) for every reachable object (objectAt helps it).
//   3. finishMark(mcaches, ...)  mark termination: pacer endCycle, heap1 = heapLive,
//      heap2 = bytes marked, resetLive, gcphase = _GCoff, gcSweep (sweepgen += 2),
//      commit the pacer, then flush every mcache (prepareForSweep). Returns the gctrace numbers.
//   4. sweepone() from the background sweeper until it returns -1; allocation sweeps too.
//
// Invariants: checkHeap() (span accounting, page accounting, sweepgen of cached and listed
// spans) holds between any two calls into this module.
//
// Simplifications vs real Go: no assist credit (the machine may use gcController's
// assistWorkPerByte); no heap bitmap, no memory zeroing, no profiling sample, no -race/-msan
// hooks except the tiny allocator's -race rule; zerobase's address is a configurable constant.

import { GoFatal, SimBug } from "./panic.js";
import { MCache } from "./mcache.js";
import { MHeap } from "./mheap.js";
import { StackAlloc } from "./stack.js";
import { finishsweep, gcPaceSweeper, resetSweep, sweepone } from "./mgcsweep.js";
import {
  MSpan, MSpanState, emptymspan, makeSpanClass, maxTinySize, setBit, bitIsSet,
  spanClassNoscan, tinySpanClass,
} from "./mspan.js";
import {
  _MaxSmallSize, class_to_size, largeSizeDiv, size_to_class128, size_to_class8,
  smallSizeDiv, smallSizeMax,
} from "./sizeclasses.js";

/** maxAlloc (malloc.go): the largest allocation Go attempts, 1 << heapAddrBits on linux/amd64.
 *  makeslice, growslice, makemap and the string builders check against it. */
export const maxAlloc = 2 ** 48;

export const enum GCPhase {
  _GCoff = 0,
  _GCmark = 1,
  _GCmarktermination = 2,
}

interface HeapConfig {
  /** GOGC (default 100; -1 = off). */
  gcPercent?: number;
  /** GOMEMLIMIT in bytes (default math.MaxInt64). */
  memoryLimit?: bigint;
  /** The address returned for zero-size allocations (Go's &runtime.zerobase). */
  zerobaseAddr?: number;
  /** Built with -race: the tiny allocator never reuses a block. */
  race?: boolean;
  maxHeapBytes?: number;
}

/** What finishMark reports: the numbers a gctrace line prints. */
interface GcCycleResult {
  numgc: number;
  heap0: number;
  heap1: number;
  heap2: number;
  lastHeapGoalMB: number;
  maxStackScan: number;
  globalsScan: number;
  userForced: boolean;
}

/** Options of finishMark. Scan work not given is estimated from the mark bits. */
interface FinishMarkOptions {
  now: number;
  procs: number;
  heapScanWork?: number;
  stackScanWork?: number;
  globalsScanWork?: number;
  /** Sweep everything now (GODEBUG=gcstoptheworld=2, Go's gcForceBlockMode). */
  sweepNow?: boolean;
}

/** An object as findObject sees it. */
interface HeapObject {
  span: MSpan;
  index: number;
  base: number;
}

export class Heap {
  readonly h: MHeap;
  gcphase: GCPhase = GCPhase._GCoff;
  /** Set by mallocgc when the heap trigger fired; cleared by startCycle. */
  startGCRequested = false;
  numgc = 0;
  numforcedgc = 0;
  cycles = 0;
  heap0 = 0;
  userForced = false;
  readonly zerobaseAddr: number;
  readonly race: boolean;
  /** Goroutine stacks (stack.go): manual spans of the same page heap. */
  readonly stacks: StackAlloc;

  constructor(cfg: HeapConfig = {}) {
    this.h = new MHeap(cfg.gcPercent ?? 100);
    if (cfg.maxHeapBytes !== undefined) this.h.maxHeapBytes = cfg.maxHeapBytes;
    if (cfg.memoryLimit !== undefined) {
      this.h.gcController.setMemoryLimit(cfg.memoryLimit);
      this.h.gcController.commit(true);
    }
    this.zerobaseAddr = cfg.zerobaseAddr ?? 0x5a4f80;
    this.race = cfg.race ?? false;
    this.stacks = new StackAlloc(this.h, () => this.gcphase !== GCPhase._GCoff);
  }

  /** stackalloc: a goroutine stack of n bytes (a power of two, at least 2 KiB), counted in
   *  StackInuse and against the machine's memory; Go's "out of memory" when it does not fit.
   *  Returns the stack's address (stack.lo). Stack growth calls it with the new size and then
   *  stackfree with the old one, as copystack does. */
  stackalloc(n: number): number {
    return this.stacks.stackalloc(n);
  }

  /** stackfree: give back a stack of n bytes that stackalloc returned. */
  stackfree(addr: number, n: number): void {
    this.stacks.stackfree(addr, n);
  }

  /** allocmcache: a new mcache for a P. */
  newMCache(): MCache {
    return new MCache(this.h);
  }

  /** mallocgc allocates size bytes and returns the object's address. noscan: the type has no
   *  pointers. Not a yield point; afterwards the caller should test startGCRequested. */
  mallocgc(size: number, noscan: boolean, c: MCache): number {
    if (this.gcphase === GCPhase._GCmarktermination) {
      throw new GoFatal("mallocgc called with gcphase == _GCmarktermination", "throw");
    }
    if (size === 0) return this.zerobaseAddr;
    if (!(size > 0 && Number.isSafeInteger(size))) throw new SimBug(`mallocgc: bad size ${size}`);
    let span: MSpan;
    let x: number;
    let shouldhelpgc = false;
    if (size <= _MaxSmallSize) {
      if (noscan && size < maxTinySize) {
        const t = this.mallocTiny(size, c);
        if (t.span === null) return t.x;
        span = t.span;
        x = t.x;
        shouldhelpgc = t.shouldhelpgc;
      } else {
        const sizeclass =
          size <= smallSizeMax - 8
            ? size_to_class8[Math.ceil(size / smallSizeDiv)]!
            : size_to_class128[Math.ceil((size - smallSizeMax) / largeSizeDiv)]!;
        const spc = makeSpanClass(sizeclass, noscan);
        span = c.alloc[spc]!;
        x = span.nextFreeFast();
        if (x === 0) [x, span, shouldhelpgc] = c.nextFree(spc);
      }
    } else {
      shouldhelpgc = true;
      span = c.allocLarge(size, noscan);
      span.freeindex = 1;
      span.allocCount = 1;
      x = span.base();
    }
    span.freeIndexForScan = span.freeindex;
    if (this.gcphase !== GCPhase._GCoff) this.gcmarknewobject(span, x);
    if (shouldhelpgc && this.shouldTrigger()) this.startGCRequested = true;
    return x;
  }

  /** The tiny path of mallocgc. span is null when the object fit in the current block. */
  private mallocTiny(
    size: number,
    c: MCache,
  ): { x: number; span: MSpan | null; shouldhelpgc: boolean } {
    let off = c.tinyoffset;
    // Align tiny pointer for required (conservative) alignment.
    if ((size & 7) === 0) off = (off + 7) & ~7;
    else if ((size & 3) === 0) off = (off + 3) & ~3;
    else if ((size & 1) === 0) off = (off + 1) & ~1;
    if (off + size <= maxTinySize && c.tiny !== 0) {
      // The object fits into the existing tiny block.
      c.tinyoffset = off + size;
      c.tinyAllocs++;
      return { x: c.tiny + off, span: null, shouldhelpgc: false };
    }
    // Allocate a new maxTinySize block.
    let span = c.alloc[tinySpanClass]!;
    let v = span.nextFreeFast();
    let shouldhelpgc = false;
    if (v === 0) [v, span, shouldhelpgc] = c.nextFree(tinySpanClass);
    // See if we need to replace the existing tiny block with the new one based on the amount
    // of remaining free space. With -race every tiny object gets its own block.
    if (!this.race && (size < c.tinyoffset || c.tiny === 0)) {
      c.tiny = v;
      c.tinyoffset = size;
    }
    return { x: v, span, shouldhelpgc };
  }

  /** gcmarknewobject: allocate black during a GC cycle. */
  private gcmarknewobject(span: MSpan, x: number): void {
    setBit(span.gcmarkBits, span.objIndex(x));
  }

  /** gcTrigger{kind: gcTriggerHeap}.test(): should a cycle start now? */
  shouldTrigger(): boolean {
    if (this.gcphase !== GCPhase._GCoff) return false;
    const c = this.h.gcController;
    return c.heapLive >= c.trigger()[0];
  }

  heapGoal(): number {
    return this.h.gcController.heapGoal();
  }

  /** findObject: the object containing addr, or null if addr is not in an allocated-or-free
   *  object slot of an in-use heap span. */
  objectAt(addr: number): HeapObject | null {
    const span = this.h.spanOf(addr);
    if (span === null || span.state !== MSpanState.mSpanInUse) return null;
    if (addr >= span.limit) return null;
    const index = span.objIndex(addr);
    if (index >= span.nelems) return null;
    return { span, index, base: span.base() + index * span.elemsize };
  }

  /** markObject sets the mark bit of the object containing addr. Returns true if the object
   *  was newly marked (the marker must then scan it), false if already marked or not a heap
   *  object. Marking a free slot is not checked here: sweep reports it as a zombie. */
  markObject(addr: number): boolean {
    const o = this.objectAt(addr);
    if (o === null) return false;
    if (bitIsSet(o.span.gcmarkBits, o.index)) return false;
    setBit(o.span.gcmarkBits, o.index);
    return true;
  }

  isMarked(addr: number): boolean {
    const o = this.objectAt(addr);
    return o !== null && bitIsSet(o.span.gcmarkBits, o.index);
  }

  /** Sweep termination and the start of marking (gcStart, with the world stopped). */
  startCycle(
    mcaches: MCache[],
    now: number,
    procs: number,
    forced: boolean,
    periodic = false,
  ): void {
    if (this.gcphase !== GCPhase._GCoff) throw new SimBug("startCycle: GC already running");
    finishsweep(this.h);
    for (const c of mcaches) {
      if (c.flushGen !== this.h.sweepgen) throw new GoFatal("p mcache not flushed", "throw");
    }
    this.userForced = forced;
    this.cycles++;
    const gc = this.h.gcController;
    this.heap0 = gc.heapLive;
    gc.startCycle(now, procs, periodic);
    this.gcphase = GCPhase._GCmark;
    this.h.gcBlackenEnabled = true;
    // gcMarkTinyAllocs: the current tiny blocks may receive new objects, so they stay alive.
    for (const c of mcaches) if (c.tiny !== 0) this.markObject(c.tiny);
    this.startGCRequested = false;
  }

  /** Mark termination through the start of the next sweep cycle (gcMarkDone's endCycle,
   *  gcMarkTermination, gcSweep, gcControllerCommit, and the mcache flush). */
  finishMark(mcaches: MCache[], opts: FinishMarkOptions): GcCycleResult {
    if (this.gcphase !== GCPhase._GCmark) throw new SimBug("finishMark: not marking");
    const h = this.h;
    const gc = h.gcController;
    const marked = this.countMarked();
    gc.heapScanWork = opts.heapScanWork ?? marked.scanBytes;
    gc.stackScanWork = opts.stackScanWork ?? 0;
    gc.globalsScanWork = opts.globalsScanWork ?? gc.globalsScan;
    gc.endCycle(opts.now, opts.procs);
    this.gcphase = GCPhase._GCmarktermination;
    h.gcBlackenEnabled = false;
    const heap1 = gc.heapLive;
    gc.resetLive(marked.bytes);
    this.gcphase = GCPhase._GCoff;
    // gcSweep.
    h.sweepgen += 2;
    resetSweep(h);
    if (opts.sweepNow === true) {
      h.sweepPagesPerByte = 0;
      while (sweepone(h) !== -1) h.sweep.npausesweep++;
    }
    this.gcControllerCommit();
    if (this.userForced) this.numforcedgc++;
    this.numgc++;
    for (const c of mcaches) c.prepareForSweep();
    return {
      numgc: this.numgc, heap0: this.heap0, heap1, heap2: marked.bytes,
      lastHeapGoalMB: gc.lastHeapGoalMB, maxStackScan: gc.maxStackScan,
      globalsScan: gc.globalsScan, userForced: this.userForced,
    };
  }

  /** work.bytesMarked, recomputed from the mark bits, and the marked bytes of scan spans. */
  private countMarked(): { bytes: number; scanBytes: number } {
    let bytes = 0;
    let scanBytes = 0;
    for (const s of this.h.allspans) {
      if (s.state !== MSpanState.mSpanInUse) continue;
      const n = s.countAlloc() * s.elemsize;
      bytes += n;
      if (!spanClassNoscan(s.spanclass)) scanBytes += n;
    }
    return { bytes, scanBytes };
  }

  /** gcControllerCommit: recompute goal and trigger, and repace the sweeper. */
  gcControllerCommit(): void {
    const gc = this.h.gcController;
    gc.commit(this.h.sweep.isDone());
    if (this.gcphase !== GCPhase._GCoff) gc.revise();
    const [trigger] = gc.trigger();
    gcPaceSweeper(this.h, trigger);
  }

  /** sweepone, for the background sweeper: pages freed, or -1 when sweeping is done. */
  sweepone(): number {
    const n = sweepone(this.h);
    if (n !== -1) this.h.sweep.nbgsweep++;
    return n;
  }

  isSweepDone(): boolean {
    return this.h.sweep.isDone();
  }

  /** debug.SetGCPercent's runtime half. Returns the old value. */
  setGCPercent(pct: number): number {
    const out = this.h.gcController.setGCPercent(pct);
    this.gcControllerCommit();
    return out;
  }

  /** debug.SetMemoryLimit's runtime half. Returns the old value. */
  setMemoryLimit(limit: bigint): bigint {
    const out = this.h.gcController.setMemoryLimit(limit);
    this.gcControllerCommit();
    return out;
  }

  /** runtime.ReadMemStats's numbers (flushes the given mcaches first, as Go does). */
  readMemStats(mcaches: MCache[]): MemStats {
    for (const c of mcaches) c.releaseAll();
    return computeMemStats(this);
  }

  /** The heap's invariants; throws SimBug on a violation. mcaches: every live P's mcache. */
  checkHeap(mcaches: MCache[]): void {
    this.h.checkHeap(mcaches);
  }
}

/** The size an allocation of size bytes really takes (roundupsize). */
export function roundupsize(size: number): number {
  if (size <= _MaxSmallSize) {
    const sizeclass =
      size <= smallSizeMax - 8
        ? size_to_class8[Math.ceil(size / smallSizeDiv)]!
        : size_to_class128[Math.ceil((size - smallSizeMax) / largeSizeDiv)]!;
    return class_to_size[sizeclass]!;
  }
  return Math.ceil(size / 8192) * 8192;
}

export { emptymspan };

/** runtime.MemStats, the fields the allocator knows. LastGC, PauseNs, PauseTotalNs and
 *  GCCPUFraction belong to the machine (they are times). NextGC is an I64 (number or bigint). */
export interface MemStats {
  Alloc: number;
  TotalAlloc: number;
  Sys: number;
  Lookups: number;
  Mallocs: number;
  Frees: number;
  HeapAlloc: number;
  HeapSys: number;
  HeapIdle: number;
  HeapInuse: number;
  HeapReleased: number;
  HeapObjects: number;
  StackInuse: number;
  StackSys: number;
  MSpanInuse: number;
  MSpanSys: number;
  MCacheInuse: number;
  MCacheSys: number;
  BuckHashSys: number;
  GCSys: number;
  OtherSys: number;
  NextGC: number | bigint;
  NumGC: number;
  NumForcedGC: number;
  EnableGC: boolean;
  DebugGC: boolean;
  /** 61 entries, as Go's MemStats.BySize: size classes 0..60. */
  BySize: { Size: number; Mallocs: number; Frees: number }[];
}

/** readmemstats_m: compute MemStats from the consistent stats (mcaches already flushed). */
function computeMemStats(heap: Heap): MemStats {
  const h = heap.h;
  const st = h.stats;
  let totalAlloc = st.largeAlloc;
  let nMalloc = st.largeAllocCount;
  let totalFree = st.largeFree;
  let nFree = st.largeFreeCount;
  const bySize: { Size: number; Mallocs: number; Frees: number }[] = [];
  for (let i = 0; i < class_to_size.length; i++) {
    const a = st.smallAllocCount[i]!;
    const f = st.smallFreeCount[i]!;
    totalAlloc += a * class_to_size[i]!;
    totalFree += f * class_to_size[i]!;
    nMalloc += a;
    nFree += f;
    if (i < 61) bySize.push({ Size: class_to_size[i]!, Mallocs: a, Frees: f });
  }
  nFree += st.tinyAllocCount;
  nMalloc += st.tinyAllocCount;
  if (totalAlloc !== st.totalAlloc) {
    throw new SimBug("totalAlloc and consistent stats are not equal");
  }
  if (totalFree !== st.totalFree) throw new SimBug("totalFree and consistent stats are not equal");
  const goal = h.gcController.heapGoalExact();
  return {
    Alloc: totalAlloc - totalFree, TotalAlloc: totalAlloc, Sys: h.totalMapped(), Lookups: 0,
    Mallocs: nMalloc, Frees: nFree, HeapAlloc: totalAlloc - totalFree,
    HeapSys: h.heapInUse + h.heapFree + h.heapReleased, HeapIdle: h.heapFree + h.heapReleased,
    HeapInuse: h.heapInUse, HeapReleased: h.heapReleased, HeapObjects: nMalloc - nFree,
    StackInuse: h.inStacks, StackSys: h.inStacks, MSpanInuse: h.allspans.size * 144,
    MSpanSys: h.mspanSys(), MCacheInuse: h.mcacheInuse * 1200, MCacheSys: h.mcacheSys(),
    BuckHashSys: h.buckHashSys, GCSys: h.gcSys, OtherSys: h.otherSys,
    NextGC: goal <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(goal) : goal,
    NumGC: heap.numgc, NumForcedGC: heap.numforcedgc, EnableGC: true, DebugGC: false,
    BySize: bySize,
  };
}
