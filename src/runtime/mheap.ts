// The page heap: arenas, a page allocator, span allocation and freeing, span lookup by address.
//
// Models src/runtime/mheap.go (mheap, allocSpan, initSpan, grow, freeSpan, spanOf) and the
// arena placement of malloc.go (mallocinit's arena hints), Go 1.19, linux/amd64.
//
// Terms:
//   page         8 KiB (_PageSize). Pages are numbered from arenaBase (page 0 = 0xc000000000).
//   arena        64 MiB of reserved address space (heapArenaBytes). Go's first arena hint on
//                linux/amd64 is 0x00c000000000 and later arenas follow it contiguously.
//   grow         maps more of the current arena: ask = npages rounded up to 512 pages (4 MiB,
//                pallocChunkPages), like mheap.grow. New memory is "released" (never used).
//   heapInUse    bytes in mSpanInUse spans; heapFree: free pages that were used before;
//                heapReleased: free pages never used since they were mapped (no background scavenger;
//                grow's --heap-limit check counts free pages as released, as its inline scavenging would);
//                inStacks: bytes in mSpanManual spans (goroutine stacks).
//
// Invariants (checked by checkPages):
//   - mapped bytes == heapInUse + inStacks + heapFree + heapReleased;
//   - the page allocator's free pages == (heapFree + heapReleased) / _PageSize;
//   - spans[p] is the span owning page p for every page of every live span, undefined otherwise
//     (the table may be longer than mappedPages: a recycled one, all undefined past it).
//
// Host records: a disposed heap's span records, bitmaps, mcentrals and page table go to the
// module's recycled pools, reset, for the next run's heap (gort makes a heap per run).
//
// Algorithm (page allocator): a sorted list of free runs [start, npages). alloc is address-
// ordered first fit, which is what Go's radix-tree pageAlloc computes (it finds the lowest
// address with enough contiguous free pages); free coalesces with its neighbours.
//
// Simplifications vs real Go: no per-P page cache (p.pcache) and no mspan cache, so the
// addresses of small spans can differ from Go's; no scavenger (freed pages stay in heapFree);
// no heap lock (one goroutine runs at a time); arenas are always contiguous.

import { GoFatal, SimBug, type RuntimeFrame } from "./panic.js";
import { MCentral, SpanSet } from "./mcentral.js";
import { GcController } from "./mgcpacer.js";
import { SweepData } from "./mgcsweep.js";
import {
  MSpan, MSpanState, _PageSize, arenaBase, gcBitsLength, newGCBits, noBits, numSpanClasses, spanClassSizeclass,
} from "./mspan.js";

export { arenaBase };
import {
  _NumSizeClasses, class_to_divmagic, class_to_size,
} from "./sizeclasses.js";

const heapArenaBytes = 64 << 20;
const pallocChunkPages = 512;

/**
 * What finished runs' heaps left for later runs' (MHeap.dispose): span records, their bitmaps
 * by length, one mcentral per span class and a page-to-span table. gort makes a machine for
 * each run, thousands a second, and these records were a fifth of what a run allocated; a
 * record taken from here is reset to what a new one holds (MSpan.reset, MCentral.reuse, zeroed
 * bitmaps, an empty table), so no run can tell. Module-level, shared by the machines of one
 * thread: a record is in one live heap or here, never both. Bounded, so that one large run
 * does not keep its heap's records for the rest of the process.
 */
const recycled = {
  spans: [] as MSpan[],
  bits: new Map<number, Uint32Array[]>(),
  nbits: 0,
  central: new Array<MCentral | undefined>(numSpanClasses),
  spanTable: undefined as (MSpan | undefined)[] | undefined,
  counts: [] as Float64Array[],
  centralTable: undefined as MCentral[] | undefined,
};
const maxRecycledSpans = 512;
const maxRecycledBits = 1024;
/** The largest page-to-span table kept: 64 MiB of pages (a run's first grow maps 4 MiB). */
const maxRecycledTable = heapArenaBytes / 8192;

/** newGCBits(nelems), from the recycled bitmaps when one of its length is there (zeroed). */
function takeGCBits(nelems: number): Uint32Array {
  const b = recycled.bits.get(gcBitsLength(nelems))?.pop();
  if (b === undefined) return newGCBits(nelems);
  recycled.nbits--;
  b.fill(0);
  return b;
}

function recycleGCBits(b: Uint32Array): void {
  if (b === noBits || recycled.nbits >= maxRecycledBits) return;
  let free = recycled.bits.get(b.length);
  if (free === undefined) recycled.bits.set(b.length, (free = []));
  free.push(b);
  recycled.nbits++;
}

/** An empty page-to-span table: the recycled one (its entries undefined), or a new one. */
function takeSpanTable(): (MSpan | undefined)[] {
  const t = recycled.spanTable;
  if (t === undefined) return [];
  recycled.spanTable = undefined;
  return t;
}

/** What a span is used for (mheap.go's spanAllocType, with the two we model). */
type SpanAllocType = "heap" | "stack";

/** The allocator's consistent statistics (mstats.go's heapStatsDelta, the parts we model). */
class HeapStats {
  smallAllocCount = takeCounts();
  smallFreeCount = takeCounts();
  largeAlloc = 0;
  largeAllocCount = 0;
  largeFree = 0;
  largeFreeCount = 0;
  tinyAllocCount = 0;
  /** gcController.totalAlloc / totalFree: bytes, flushed from mcaches at refill/releaseAll. */
  totalAlloc = 0;
  totalFree = 0;
}

/** The counts of a disposed heap (MHeap.dispose): none. */
const noCounts = new Float64Array(0);

/** A zeroed array of counts by size class: a finished run's (recycled.counts), or a new one. */
function takeCounts(): Float64Array {
  const a = recycled.counts.pop();
  if (a === undefined) return new Float64Array(_NumSizeClasses);
  a.fill(0);
  return a;
}

const rtsrc = "/usr/lib/go-1.19/src/runtime/";

/** Go's runtime frames above the allocating function when an allocation finds the machine out
 *  of memory, innermost first (runtime.throw, then the failing allocator, then mallocgc). */
export const oomFrames = {
  large: [
    { fn: "runtime.throw", file: rtsrc + "panic.go", line: 1047 },
    { fn: "runtime.(*mcache).allocLarge", file: rtsrc + "mcache.go", line: 235 },
    { fn: "runtime.mallocgc", file: rtsrc + "malloc.go", line: 1029 },
  ],
  small: [
    { fn: "runtime.throw", file: rtsrc + "panic.go", line: 1047 },
    { fn: "runtime.(*mcache).refill", file: rtsrc + "mcache.go", line: 183 },
    { fn: "runtime.(*mcache).nextFree", file: rtsrc + "malloc.go", line: 819 },
    { fn: "runtime.mallocgc", file: rtsrc + "malloc.go", line: 1018 },
  ],
  stack: [
    { fn: "runtime.throw", file: rtsrc + "panic.go", line: 1047 },
    { fn: "runtime.stackpoolalloc", file: rtsrc + "stack.go", line: 209 },
    { fn: "runtime.stackcacherefill", file: rtsrc + "stack.go", line: 290 },
    { fn: "runtime.stackalloc", file: rtsrc + "stack.go", line: 392 },
    { fn: "runtime.malg", file: rtsrc + "proc.go", line: 4080 },
    { fn: "runtime.newproc1", file: rtsrc + "proc.go", line: 4123 },
  ],
} satisfies Record<string, RuntimeFrame[]>;

/** throw("out of memory") after mheap.grow failed: the machine (--heap-limit) is full. */
export function outOfMemory(h: MHeap, frames: RuntimeFrame[]): GoFatal {
  return new GoFatal("out of memory", "throw", frames, h.oomMessage);
}

/** A free run of pages, [start, start+npages), in page numbers. */
interface FreeRun {
  start: number;
  npages: number;
}

/** The page allocator: address-ordered first fit over sorted free runs. */
export class PageAlloc {
  runs: FreeRun[] = [];
  freePages = 0;

  /** alloc returns the first page of npages contiguous free pages, or -1. */
  alloc(npages: number): number {
    for (let i = 0; i < this.runs.length; i++) {
      const r = this.runs[i]!;
      if (r.npages < npages) continue;
      const start = r.start;
      if (r.npages === npages) this.runs.splice(i, 1);
      else {
        r.start += npages;
        r.npages -= npages;
      }
      this.freePages -= npages;
      return start;
    }
    return -1;
  }

  /** free returns [start, start+npages) to the allocator, coalescing neighbours. */
  free(start: number, npages: number): void {
    let lo = 0;
    let hi = this.runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.runs[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    const prev = this.runs[lo - 1];
    const next = this.runs[lo];
    const overlaps =
      (prev !== undefined && prev.start + prev.npages > start) ||
      (next !== undefined && start + npages > next.start);
    if (overlaps) throw new SimBug("double free of pages");
    this.freePages += npages;
    if (prev !== undefined && prev.start + prev.npages === start) {
      prev.npages += npages;
      if (next !== undefined && prev.start + prev.npages === next.start) {
        prev.npages += next.npages;
        this.runs.splice(lo, 1);
      }
      return;
    }
    if (next !== undefined && start + npages === next.start) {
      next.start = start;
      next.npages += npages;
      return;
    }
    this.runs.splice(lo, 0, { start, npages });
  }
}

export class MHeap {
  pages = new PageAlloc();
  /** spans[p]: the span owning page p (Go's heapArena.spans), or undefined; pages from
   *  mappedPages on own none (the table may be longer: a recycled one). */
  spans: (MSpan | undefined)[] = takeSpanTable();
  /** Every live span (in-use or manual), in creation order. Go's allspans, minus dead ones. */
  allspans = new Set<MSpan>();
  central: MCentral[] = [];
  /** The span classes whose mcentral centralOf made, in order (dispose empties only those). */
  private readonly centralsMade: number[] = [];

  /** The mcentral of span class spc (Go's mheap_.central[spc].mcentral), made on first use. */
  centralOf(spc: number): MCentral {
    let c = this.central[spc];
    if (c === undefined) {
      const r = recycled.central[spc];
      if (r !== undefined) {
        recycled.central[spc] = undefined;
        c = r.reuse(this);
      } else c = new MCentral(this, spc);
      this.central[spc] = c;
      this.centralsMade.push(spc);
    }
    return c;
  }
  sweepgen = 0;
  sweep = new SweepData();
  gcController: GcController;
  stats = new HeapStats();

  /** Pages mapped so far (curArena.base - arenaBase, in pages) and arenas reserved. */
  mappedPages = 0;
  arenasReserved = 0;
  /** Pages at or above this have never been allocated (they are "released"). */
  usedHighPage = 0;
  /** Heap pages (not stacks) handed out for the first time so far: the allocator charges the
   *  first page fault after a long C call when this moves (Sched.coldFault). */
  freshPages = 0;
  heapInUse = 0;
  heapFree = 0;
  heapReleased = 0;
  inStacks = 0;

  /** Sweep pacing (mheap.go): pages in in-use heap spans, pages swept this cycle, ... */
  pagesInUse = 0;
  pagesSwept = 0;
  pagesSweptBasis = 0;
  sweepPagesPerByte = 0;
  sweepHeapLiveBasis = 0;
  reclaimCredit = 0;
  /** The largest number of mspan records live at once (for MSpanSys). */
  maxSpans = 0;
  /** The most mcaches live at once (for MCacheSys) and the number live now. */
  mcacheCount = 0;
  mcacheInuse = 0;
  /** Runtime memory we do not model piece by piece. The defaults are what a Go 1.19
   *  linux/amd64 hello-world reports in MemStats (GCSys, OtherSys, BuckHashSys). */
  gcSys = 7821208;
  otherSys = 367300;
  buckHashSys = 3492;
  /** gcBlackenEnabled (mgc.go): marking is on, so heapScan is frozen and assists run. */
  gcBlackenEnabled = false;
  /** The simulated machine's memory (--heap-limit; 1 GiB when not given): the heap's and the
   *  stacks' pages. Mapping more is Go's out-of-memory throw. */
  maxHeapBytes = 1024 * 1024 * 1024;
  /** What grow printed when it last failed (Go prints it before throwing). */
  oomMessage = "";

  constructor(gcPercent: number) {
    // mcentrals are created on first use: most programs touch a handful of the 136 span
    // classes, and a run builds a fresh heap (gort runs thousands of seeds per second).
    this.central = recycled.centralTable ?? new Array<MCentral>(numSpanClasses);
    recycled.centralTable = undefined;
    this.gcController = new GcController(this, gcPercent);
  }

  /** grow maps at least npage more pages (mheap.grow). Returns false when the simulated
   *  machine's memory (maxHeapBytes) cannot hold them: Go's sysAlloc then fails to reserve the
   *  space, grow prints why, and the caller throws "out of memory" (see outOfMemory). */
  grow(npage: number): boolean {
    const askPages = Math.ceil(npage / pallocChunkPages) * pallocChunkPages;
    const newEnd = this.mappedPages + askPages;
    // The limit is the machine's physical memory, not address space: Go 1.19's grow scavenges
    // free pages inline when the heap grows past its goal (mheap.go, "scavenge down what will
    // soon be used"), so pages that are free (fragments of old stacks, say) give their memory
    // back and only what is in use counts. A goroutine whose stack doubles to 512 MiB next to
    // the freed 1..256 MiB ones thus reaches Go's 1 GB stack limit, as on a real machine.
    if (this.heapInUse + this.inStacks + askPages * _PageSize > this.maxHeapBytes) {
      const inUse = this.heapFree + this.heapReleased + this.heapInUse;
      this.oomMessage = `runtime: out of memory: cannot allocate ${askPages * _PageSize}-byte block (${inUse} in use)\n`;
      return false;
    }
    const reservedPages = (this.arenasReserved * heapArenaBytes) / _PageSize;
    if (newEnd > reservedPages) {
      this.arenasReserved = Math.ceil((newEnd * _PageSize) / heapArenaBytes);
    }
    this.pages.free(this.mappedPages, askPages);
    // New pages own no span: growing the array makes them holes (undefined), cheaper than
    // pushing a value per page (a run's first grow maps 512 pages).
    if (this.spans.length < newEnd) this.spans.length = newEnd;
    this.mappedPages = newEnd;
    this.heapReleased += askPages * _PageSize;
    return true;
  }

  /** alloc allocates a heap span for spanclass (mheap.alloc); sweeps first to reclaim pages.
   *  null: the machine is out of memory (oomMessage says why). */
  alloc(npages: number, spanclass: number): MSpan | null {
    if (!this.sweep.isDone()) this.sweep.reclaim(this, npages);
    return this.allocSpan(npages, "heap", spanclass);
  }

  /** The run is over: its span records, their bitmaps, its mcentrals and its page table go to
   *  the recycled records for later runs' heaps (Machine.dispose). */
  dispose(): void {
    // The table keeps only undefined entries: a live span's pages are cleared here, and
    // freePages cleared the others'.
    const t = this.spans;
    const keep = recycled.spanTable === undefined && t.length <= maxRecycledTable;
    for (const s of this.allspans) {
      if (keep) {
        const page = (s.startAddr - arenaBase) / _PageSize;
        for (let p = page; p < page + s.npages; p++) t[p] = undefined;
      }
      recycleGCBits(s.allocBits);
      recycleGCBits(s.gcmarkBits);
      if (recycled.spans.length < maxRecycledSpans) {
        s.reset();
        recycled.spans.push(s);
      }
    }
    this.allspans.clear();
    for (const spc of this.centralsMade) {
      const c = this.central[spc]!;
      if (recycled.central[spc] === undefined) recycled.central[spc] = c.release();
      this.central[spc] = undefined as unknown as MCentral;
    }
    this.centralsMade.length = 0;
    recycled.centralTable ??= this.central;
    this.central = [];
    if (keep) recycled.spanTable = t;
    this.spans = [];
    this.mappedPages = 0;
    const st = this.stats;
    if (recycled.counts.length < 8) recycled.counts.push(st.smallAllocCount, st.smallFreeCount);
    st.smallAllocCount = noCounts;
    st.smallFreeCount = noCounts;
  }

  /** allocManual allocates a span for goroutine stacks (state mSpanManual), or null. */
  allocManual(npages: number): MSpan | null {
    return this.allocSpan(npages, "stack", 0);
  }

  /** allocSpan takes npages pages from the page allocator (growing the heap if needed) and
   *  initializes a span over them. */
  allocSpan(npages: number, typ: SpanAllocType, spanclass: number): MSpan | null {
    if (!(npages > 0 && Number.isInteger(npages))) throw new SimBug(`allocSpan: npages ${npages}`);
    let page = this.pages.alloc(npages);
    if (page < 0) {
      if (!this.grow(npages)) return null;
      page = this.pages.alloc(npages);
      if (page < 0) throw new SimBug("allocSpan: no pages after grow");
    }
    const bytes = npages * _PageSize;
    const releasedPages = Math.max(0, page + npages - Math.max(page, this.usedHighPage));
    this.heapReleased -= releasedPages * _PageSize;
    if (typ !== "stack") this.freshPages += releasedPages;
    this.heapFree -= bytes - releasedPages * _PageSize;
    const s = recycled.spans.pop() ?? new MSpan();
    s.startAddr = arenaBase + page * _PageSize;
    s.npages = npages;
    s.needzero = page < this.usedHighPage ? 1 : 0;
    this.usedHighPage = Math.max(this.usedHighPage, page + npages);
    if (typ === "stack") {
      s.state = MSpanState.mSpanManual;
      s.elemsize = bytes;
      s.limit = s.startAddr + bytes;
      this.inStacks += bytes;
    } else {
      this.initHeapSpan(s, spanclass);
      this.heapInUse += bytes;
      this.pagesInUse += npages;
    }
    for (let p = page; p < page + npages; p++) this.spans[p] = s;
    this.allspans.add(s);
    this.maxSpans = Math.max(this.maxSpans, this.allspans.size);
    return s;
  }

  /** The heap-span half of mheap.initSpan plus allocSpan's publication. */
  private initHeapSpan(s: MSpan, spanclass: number): void {
    s.spanclass = spanclass;
    const sizeclass = spanClassSizeclass(spanclass);
    if (sizeclass === 0) {
      s.elemsize = s.npages * _PageSize;
      s.nelems = 1;
      s.divMul = 0;
    } else {
      s.elemsize = class_to_size[sizeclass]!;
      s.nelems = Math.floor((s.npages * _PageSize) / s.elemsize);
      s.divMul = class_to_divmagic[sizeclass]!;
    }
    s.freeindex = 0;
    s.cacheLo = 0xffffffff;
    s.cacheHi = 0xffffffff;
    s.allocBits = takeGCBits(s.nelems);
    s.gcmarkBits = takeGCBits(s.nelems);
    s.sweepgen = this.sweepgen;
    s.allocCount = 0;
    s.limit = s.startAddr + s.npages * _PageSize;
    s.state = MSpanState.mSpanInUse;
  }

  /** freeSpan returns a heap span's pages to the page allocator (mheap.freeSpan). */
  freeSpan(s: MSpan): void {
    if (s.state !== MSpanState.mSpanInUse) throw new SimBug("freeSpan: span not in use");
    this.pagesInUse -= s.npages;
    this.heapInUse -= s.npages * _PageSize;
    this.freePages(s);
  }

  /** freeManual returns a stack span's pages (mheap.freeManual). */
  freeManual(s: MSpan): void {
    if (s.state !== MSpanState.mSpanManual) throw new SimBug("freeManual: span not manual");
    this.inStacks -= s.npages * _PageSize;
    this.freePages(s);
  }

  private freePages(s: MSpan): void {
    const page = (s.startAddr - arenaBase) / _PageSize;
    for (let p = page; p < page + s.npages; p++) this.spans[p] = undefined;
    this.heapFree += s.npages * _PageSize;
    this.pages.free(page, s.npages);
    s.state = MSpanState.mSpanDead;
    s.needzero = 1;
    // Drop the bitmaps so the host can reclaim them; the span record itself is unreachable
    // once it leaves allspans and the mcentral lists.
    s.allocBits = noBits;
    s.gcmarkBits = noBits;
    this.allspans.delete(s);
  }

  /** spanOf: the live span containing addr, or null. */
  spanOf(addr: number): MSpan | null {
    const page = Math.floor((addr - arenaBase) / _PageSize);
    if (page < 0 || page >= this.mappedPages) return null;
    return this.spans[page] ?? null;
  }

  /** The bytes the heap has mapped: heapInUse + inStacks + heapFree + heapReleased. */
  mappedBytes(): number {
    return this.mappedPages * _PageSize;
  }

  /** MSpanSys: fixalloc chunks of 16 KiB hold 113 mspans (144 bytes) each. */
  mspanSys(): number {
    return Math.ceil(this.maxSpans / 113) * 113 * 144;
  }

  /** MCacheSys: fixalloc chunks of 16 KiB hold 13 mcaches (1200 bytes) each. */
  mcacheSys(): number {
    return Math.ceil(this.mcacheCount / 13) * 13 * 1200;
  }

  /** totalMapped (readmemstats_m): every byte the runtime has mapped, as far as we model it. */
  totalMapped(): number {
    return (
      this.mappedBytes() + this.mspanSys() + this.mcacheSys() + this.gcSys + this.otherSys +
      this.buckHashSys
    );
  }

  /** gcController.mappedReady: mapped memory that is not released. */
  mappedReady(): number {
    return this.totalMapped() - this.heapReleased;
  }

  /** totalAlloc - totalFree, as flushed from the mcaches. */
  heapAllocFlushed(): number {
    return this.stats.totalAlloc - this.stats.totalFree;
  }

  /** checkPages verifies the page accounting invariants; throws SimBug on a violation. */
  checkPages(): void {
    const mapped = this.mappedBytes();
    const sum = this.heapInUse + this.inStacks + this.heapFree + this.heapReleased;
    if (mapped !== sum) throw new SimBug(`page accounting: mapped ${mapped} != parts ${sum}`);
    if (this.pages.freePages * _PageSize !== this.heapFree + this.heapReleased) {
      throw new SimBug("page accounting: free pages != heapFree + heapReleased");
    }
    let inUse = 0;
    let stacks = 0;
    let npagesInUse = 0;
    for (const s of this.allspans) {
      const page = (s.startAddr - arenaBase) / _PageSize;
      for (let p = page; p < page + s.npages; p++) {
        if (this.spans[p] !== s) throw new SimBug(`spans[${p}] does not point to its span`);
      }
      if (s.state === MSpanState.mSpanInUse) {
        inUse += s.npages * _PageSize;
        npagesInUse += s.npages;
      } else if (s.state === MSpanState.mSpanManual) stacks += s.npages * _PageSize;
      else throw new SimBug("dead span in allspans");
    }
    if (inUse !== this.heapInUse) throw new SimBug(`heapInUse ${this.heapInUse} != ${inUse}`);
    if (stacks !== this.inStacks) throw new SimBug(`inStacks ${this.inStacks} != ${stacks}`);
    if (npagesInUse !== this.pagesInUse) throw new SimBug("pagesInUse mismatch");
  }

  /** checkHeap verifies span, page and sweepgen accounting (see the file header and mcentral's
   *  invariants). mcaches must be every live mcache. Throws SimBug on a violation. */
  checkHeap(mcaches: readonly CacheView[]): void {
    this.checkPages();
    const where = new Map<MSpan, string>();
    const note = (s: MSpan, place: string): void => {
      const prev = where.get(s);
      if (prev !== undefined) throw new SimBug(`span ${hex(s)} both ${prev} and ${place}`);
      where.set(s, place);
    };
    const sg = this.sweepgen;
    let pending = 0;
    for (const c of mcaches) {
      if (c.flushGen !== sg && c.flushGen !== sg - 2) throw new SimBug("bad flushGen");
      for (const [spc, s] of c.cachedSpans()) {
        if (s.spanclass !== spc || s.state !== MSpanState.mSpanInUse) {
          throw new SimBug(`cached span ${hex(s)} has wrong class or state`);
        }
        if (s.sweepgen !== sg + 3 && s.sweepgen !== sg + 1) {
          throw new SimBug(`cached span ${hex(s)} sweepgen ${s.sweepgen}, heap ${sg}`);
        }
        pending += (s.allocCount - s.allocCountBeforeCache) * s.elemsize;
        note(s, "cached");
      }
    }
    for (const c of this.central) if (c !== undefined) this.checkCentral(c, note);
    let live = 0;
    for (const s of this.allspans) {
      if (s.state !== MSpanState.mSpanInUse) continue;
      if (!where.has(s)) throw new SimBug(`span ${hex(s)} is neither cached nor listed`);
      if (s.allocCount > s.nelems || s.allocCount !== s.countAllocatedSlow()) {
        throw new SimBug(`span ${hex(s)} allocCount ${s.allocCount} disagrees with its bitmap`);
      }
      const swept = s.sweepgen === sg || s.sweepgen === sg + 3 || s.sweepgen === sg + 1;
      if (this.sweep.isDone() && !swept) {
        throw new SimBug(`span ${hex(s)} unswept (sweepgen ${s.sweepgen}) after sweep done`);
      }
      live += s.allocCount * s.elemsize;
    }
    const expect = this.stats.totalAlloc + pending - this.stats.totalFree;
    if (live !== expect) {
      throw new SimBug(`span accounting: live object bytes ${live} != allocated-freed ${expect}`);
    }
  }

  /** The mcentral part of checkHeap: swept sets hold swept spans, unswept sets unswept or
   *  stale ones, partial sets spans with room, full sets spans without. */
  private checkCentral(c: MCentral, note: (s: MSpan, place: string) => void): void {
    const sg = this.sweepgen;
    const sets: [SpanSet, boolean, boolean][] = [
      [c.partialSwept(sg), true, false], [c.fullSwept(sg), true, true],
      [c.partialUnswept(sg), false, false], [c.fullUnswept(sg), false, true],
    ];
    for (const [set, swept, full] of sets) {
      for (const s of set.spans()) {
        if (s.spanclass !== c.spanclass) throw new SimBug(`span ${hex(s)} in wrong mcentral`);
        if (!swept && (s.state !== MSpanState.mSpanInUse || s.sweepgen !== sg - 2)) {
          continue; // A stale entry: the span was swept (or freed) out of order.
        }
        if (s.state !== MSpanState.mSpanInUse) throw new SimBug(`dead span ${hex(s)} listed`);
        if (swept && s.sweepgen !== sg) throw new SimBug(`span ${hex(s)} in swept set unswept`);
        if (swept && full !== (s.allocCount === s.nelems)) {
          throw new SimBug(`span ${hex(s)} in the wrong partial/full set`);
        }
        note(s, `${swept ? "swept" : "unswept"} ${full ? "full" : "partial"} set`);
      }
    }
  }
}

/** The parts of an mcache that checkHeap reads. */
interface CacheView {
  flushGen: number;
  cachedSpans(): [number, MSpan][];
}

function hex(s: MSpan): string {
  return "0x" + s.startAddr.toString(16);
}
