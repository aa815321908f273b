// The central free lists: per span class, the spans that mcaches can take objects from.
//
// Models src/runtime/mcentral.go (cacheSpan, uncacheSpan, grow) and the spanSet queue of
// mspanset.go, Go 1.19.
//
// Terms:
//   partial      spans with at least one free object; full: spans with none (or large spans).
//   swept/unswept  each of partial and full is a pair of spanSets; which one holds swept spans
//                flips every GC cycle: partialSwept(sg) = partial[sg/2%2], partialUnswept(sg) =
//                partial[1-sg/2%2], and likewise for full. Advancing sweepgen by 2 turns every
//                swept set into the unswept set of the next cycle without moving any span.
//
// Invariants (checked by Heap.checkHeap):
//   - a span in a swept set has sweepgen == h.sweepgen; in an unswept set, h.sweepgen-2;
//   - a span in a partial set has a free slot; a small span in a full set has none.
//
// Algorithm of cacheSpan, as in Go:
//   0. deduct sweep credit for one span's worth of pages;
//   1. pop a partial swept span;
//   2. else pop partial unswept spans, sweep each and use it;
//   3. else pop full unswept spans, sweep each, use it if a slot was freed, else move it to
//      full swept; steps 2-3 share a budget of 100 spans;
//   4. else grow: allocate a fresh span from the heap.
//   Then point allocCache at freeindex.
//
// Simplifications vs real Go: spanSet is a plain FIFO queue (Go's is a lock-free block queue with
// the same push-at-tail, pop-at-head order); no sweepLocker, since one goroutine runs at a time
// (tryAcquire is the plain sweepgen check-and-set).

import { SimBug } from "./panic.js";
import type { MHeap } from "./mheap.js";
import { MSpan, _PageSize, spanClassSizeclass } from "./mspan.js";
import { deductSweepCredit, sweepSpan, tryAcquire } from "./mgcsweep.js";
import { class_to_allocnpages, class_to_size } from "./sizeclasses.js";

/** spanSet: a FIFO queue of spans. */
export class SpanSet {
  private items: (MSpan | null)[] = [];
  private head = 0;

  push(s: MSpan): void {
    this.items.push(s);
  }

  pop(): MSpan | null {
    if (this.head >= this.items.length) return null;
    const s = this.items[this.head]!;
    this.items[this.head] = null;
    this.head++;
    if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return s;
  }

  /** Drops every entry, keeping nothing (MCentral.release, for a later run's heap). */
  clear(): void {
    this.items.length = 0;
    this.head = 0;
  }

  /** reset drops every entry (finishsweep_m does this to the unswept sets). */
  reset(): void {
    this.items = [];
    this.head = 0;
  }

  get length(): number {
    return this.items.length - this.head;
  }

  /** The spans in queue order (for invariant checks). */
  *spans(): IterableIterator<MSpan> {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i]!;
  }
}

export class MCentral {
  readonly partial: [SpanSet, SpanSet] = [new SpanSet(), new SpanSet()];
  readonly full: [SpanSet, SpanSet] = [new SpanSet(), new SpanSet()];

  constructor(
    private h: MHeap,
    readonly spanclass: number,
  ) {}

  /** The run is over (MHeap.dispose): this mcentral holds no span, for a later run's heap. */
  release(): this {
    this.partial[0].clear();
    this.partial[1].clear();
    this.full[0].clear();
    this.full[1].clear();
    return this;
  }

  /** A released mcentral of this span class, now heap h's (MHeap.centralOf). */
  reuse(h: MHeap): this {
    this.h = h;
    return this;
  }

  partialSwept(sg: number): SpanSet {
    return this.partial[(sg >>> 1) % 2]!;
  }
  partialUnswept(sg: number): SpanSet {
    return this.partial[1 - ((sg >>> 1) % 2)]!;
  }
  fullSwept(sg: number): SpanSet {
    return this.full[(sg >>> 1) % 2]!;
  }
  fullUnswept(sg: number): SpanSet {
    return this.full[1 - ((sg >>> 1) % 2)]!;
  }

  /** cacheSpan allocates a span with a free object for an mcache; null when the machine is out
   *  of memory. */
  cacheSpan(): MSpan | null {
    const h = this.h;
    const spanBytes = class_to_allocnpages[spanClassSizeclass(this.spanclass)]! * _PageSize;
    deductSweepCredit(h, spanBytes, 0);
    const sg = h.sweepgen;
    let s = this.partialSwept(sg).pop() ?? this.sweepForSpan(sg);
    if (s === null) s = this.grow();
    return s === null ? null : this.haveSpan(s);
  }

  /** Steps 2 and 3 of cacheSpan: find a span by sweeping unswept ones. */
  private sweepForSpan(sg: number): MSpan | null {
    const h = this.h;
    if (h.sweep.drained) return null;
    let spanBudget = 100;
    for (; spanBudget >= 0; spanBudget--) {
      const s = this.partialUnswept(sg).pop();
      if (s === null) break;
      if (tryAcquire(h, s)) {
        sweepSpan(h, s, true);
        return s;
      }
    }
    for (; spanBudget >= 0; spanBudget--) {
      const s = this.fullUnswept(sg).pop();
      if (s === null) break;
      if (tryAcquire(h, s)) {
        sweepSpan(h, s, true);
        const freeIndex = s.nextFreeIndex();
        if (freeIndex !== s.nelems) {
          s.freeindex = freeIndex;
          return s;
        }
        this.fullSwept(sg).push(s);
      }
    }
    return null;
  }

  /** The havespan tail of cacheSpan: initialize allocCache at freeindex. */
  private haveSpan(s: MSpan): MSpan {
    const n = s.nelems - s.allocCount;
    if (n === 0 || s.freeindex === s.nelems || s.allocCount === s.nelems) {
      throw new SimBug("span has no free objects");
    }
    const freeByteBase = s.freeindex & ~63;
    s.refillAllocCache(freeByteBase / 8);
    s.cacheShift(s.freeindex % 64);
    return s;
  }

  /** uncacheSpan returns a span from an mcache. A stale span (cached before this sweep began)
   *  is swept now; others go to the partial or full swept set. */
  uncacheSpan(s: MSpan): void {
    if (s.allocCount === 0) throw new SimBug("uncaching span but s.allocCount == 0");
    const sg = this.h.sweepgen;
    const stale = s.sweepgen === sg + 1;
    if (stale) {
      s.sweepgen = sg - 1;
      sweepSpan(this.h, s, false);
    } else {
      s.sweepgen = sg;
      if (s.nelems - s.allocCount > 0) this.partialSwept(sg).push(s);
      else this.fullSwept(sg).push(s);
    }
  }

  /** grow allocates a new span from the heap for this span class. */
  grow(): MSpan | null {
    const sizeclass = spanClassSizeclass(this.spanclass);
    const npages = class_to_allocnpages[sizeclass]!;
    const size = class_to_size[sizeclass]!;
    const s = this.h.alloc(npages, this.spanclass);
    if (s === null) return null;
    s.limit = s.base() + size * s.nelems;
    return s;
  }
}
