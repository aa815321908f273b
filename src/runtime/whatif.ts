// What-if models: named, deliberately wrong variants of the runtime, to test a hypothesis about
// Go against the model of the real thing (`gort run --model NAME`; RunOptions.model).
//
// "stale-mcache" is the hypothesis of the project's seed article: after a blocking cgo call the
// M keeps the allocation cache (mcache) it had and keeps allocating from it on whatever P it
// gets back. That is not Go 1.19 (nor any Go since 1.1, when the mcache moved from the M to the
// P). Go 1.19's invariants, which the default model (go1.19) follows:
//   - the mcache belongs to the P (p.mcache, mcache.go); mallocgc takes it with getMCache(mp),
//     that is mp.p.ptr().mcache: an M has no cache of its own, and entersyscall gives it none;
//   - acquirep (proc.go) calls p.mcache.prepareForSweep() before the P can allocate, and
//     procresize flushes or frees the caches of the Ps it keeps or destroys (freemcache), so no
//     P allocates from a cache that is stale with respect to the sweep generation;
//   - a span is cached by one mcache at a time: mcentral.cacheSpan marks it sweepgen h+3 and
//     takes it off the mcentral lists; refill throws "bad sweepgen in refill" and the sweeper
//     leaves alone any span whose sweepgen says it is cached (mspan.sweepgen checks); so only
//     the P's own M ever runs nextFreeFast on it, and its unsynchronized read-modify-write of
//     s.freeindex and s.allocCache never races.
//
// What the what-if changes, step by step (each step is a trace event, WhatIf, that --explain
// names with the invariant above that rules it out):
//   1. keep     at a cgo call's entersyscall the M remembers the mcache of the P it leaves
//               (Go: the mcache belongs to the P; the M keeps nothing);
//   2. stale    after exitsyscall the M allocates from that mcache on the P it got back (an idle
//               one acquired by acquirep, or one that a later startm gives the parked M), while
//               the old P, handed off by sysmon, runs other goroutines that allocate from the
//               same cache: two Ps allocate from one span (Go: getMCache reads the new P's
//               mcache, and acquirep flushes it first);
//   3. double   two allocations from one span by Ms on different Ps that overlap in time both
//               read the same s.freeindex and allocCache, so one slot is handed out twice: two
//               live objects share an address (Go: one span, one mcache, one M at a time);
//   4. corrupt  a map whose header or bucket array is such a slot is written (mapassign's exit
//               check) or read (mapaccess): its memory is also another object's, so the map
//               is corrupted and the run ends with a what-if throw, runtime.throw over the map
//               function (Go: cannot happen, every object has its own slot).
//
// The crash text is gort's own, and says it is the what-if's:
//   fatal error: what-if stale-mcache: map memory was handed out twice (map corrupted)
// Real memory corruption of a map has no single signature (a fault on a garbage overflow
// pointer, a lost or duplicated key, or nothing at all); gort stops at the first map access
// that touches the shared memory, so that every corruption is seen and named.
//
// Simplifications:
//   - Two allocations overlap when their mallocgc start times on their Ps' clocks are less
//     than nextFreeFastNs apart: the load-to-store span of nextFreeFast. The share of runs that
//     fail depends on that constant; the what-if shows that the failure exists, not how often.
//   - The second allocation is given the first one's address; the slot mallocgc gave it stays
//     allocated with no object in it (the next GC frees it), instead of Go's lost update of
//     freeindex. The heap's accounting therefore stays consistent (checkHeap holds).
//   - The tiny allocator (noscan objects under 16 bytes: they share blocks by design) and large
//     objects (a span each, from the locked mheap) are not checked for double hand-outs.
//   - An M keeps the first mcache it kept for the rest of the run; goroutine structs (malg)
//     still come from the P's mcache.

import { nextFreeFastNs } from "./costs.js";
import { GoFatal, type RuntimeFrame } from "./panic.js";
import type { G, M, P } from "./runtime2.js";
import type { MCache } from "./mcache.js";
import type { MHeap } from "./mheap.js";
import type { Trace } from "./trace.js";
import { maxTinySize, type MSpan } from "./mspan.js";
import { _MaxSmallSize } from "./sizeclasses.js";

/** The runtime models `--model` selects: Go 1.19's (the default) and the what-ifs. */
export const models = ["go1.19", "stale-mcache"] as const;
export type Model = (typeof models)[number];
export const defaultModel: Model = "go1.19";

/** One line per model, for the usage text and the docs. */
export const modelHelp: Record<Model, string> = {
  "go1.19": "Go 1.19's runtime (the default)",
  "stale-mcache": "what-if: after a cgo call the M keeps its old P's mcache (the seed article's claim; not Go)",
};


/** The frame the corruption's throw prints on top of the map function's. */
const throwFrame: RuntimeFrame = { fn: "runtime.throw", file: "/usr/lib/go-1.19/src/runtime/panic.go", line: 1047 };

/** How many recent allocations per span the overlap check remembers. */
const recentPerSpan = 16;

/** The steps of the what-if, as WhatIf trace events name them. */
export type WhatIfStep = "keep" | "stale" | "double" | "corrupt";

/** What the explanation says of each step: what happened, and the Go 1.19 invariant that
 *  rules it out. */
export const stepInvariant: Record<WhatIfStep, string> = {
  keep: "the mcache belongs to the P (p.mcache); an M owns none, and entersyscall gives it none to keep",
  stale: "mallocgc takes the cache of the M's current P (getMCache: mp.p.ptr().mcache), and acquirep (like procresize) flushes that P's cache with prepareForSweep before it allocates",
  double: "a span is in one mcache at a time (mcentral.cacheSpan sets sweepgen h+3 and takes it off the lists; refill and the sweeper check mspan.sweepgen), and only that P's M runs nextFreeFast on it",
  corrupt: "every object has a slot of its own, so a map's header and buckets are never another object's memory",
};

interface Recent {
  t: number;
  p: number;
  g: number;
  x: number;
  mc: MCache;
}

/** The stale-mcache what-if's state (one per run; S.wi while it runs). */
export class StaleMcache {
  /** The mcache each M kept at a cgo call, and the P it belonged to. */
  private readonly kept = new Map<M, { mc: MCache; owner: P }>();
  /** The (M, P) pairs already reported as a stale use (step 2 is traced once per pair). */
  private readonly staleSeen = new Set<string>();
  /** Recent small allocations per span, for the overlap check. */
  private readonly recent = new Map<MSpan, Recent[]>();
  /** Addresses handed out twice: the two goroutines and Ps that got them. */
  readonly aliased = new Map<number, { g: number; other: number; p: number; otherP: number; owner: number }>();
  /** Counts of the steps, for tests and the summary. */
  readonly counts: Record<WhatIfStep, number> = { keep: 0, stale: 0, double: 0, corrupt: 0 };

  constructor(
    private readonly h: MHeap,
    private readonly trace: Trace | undefined,
  ) {}

  private emit(step: WhatIfStep, g: number, m: number, p: number, owner: number, addr = 0, other = 0, otherP = -1): void {
    const tr = this.trace;
    if (tr !== undefined) tr.emit({ t: tr.clock(), ev: "WhatIf", step, g, m, p, owner, addr, other, otherP });
  }

  /** Step 1, at a cgo call's entersyscall (before the M leaves pp): the M keeps the mcache it
   *  allocates from, unless it already keeps one. */
  entersyscall(g: G, pp: P): void {
    const m = g.m;
    if (m === undefined || this.kept.has(m)) return;
    this.kept.set(m, { mc: pp.mcache as MCache, owner: pp });
    this.counts.keep++;
    this.emit("keep", g.goid, m.id, pp.id, pp.id);
  }

  /** The mcache an allocation on pp uses: the one its M kept, else pp's own. Step 2 when the
   *  kept one belongs to another P. */
  mcache(g: G | undefined, pp: P): MCache {
    const m = pp.m;
    const k = m === undefined ? undefined : this.kept.get(m);
    if (k === undefined) return pp.mcache as MCache;
    if (k.owner !== pp) {
      const key = `${m!.id}/${pp.id}`;
      if (!this.staleSeen.has(key)) {
        this.staleSeen.add(key);
        this.counts.stale++;
        this.emit("stale", g?.goid ?? 0, m!.id, pp.id, k.owner.id);
      }
    }
    return k.mc;
  }

  /** After mallocgc gave x to goroutine g on pp from mc at time t: step 3 when another P's
   *  allocation from the same span overlapped it. Returns the address the goroutine gets. */
  allocated(g: G | undefined, pp: P, mc: MCache, x: number, size: number, noscan: boolean, t: number): number {
    if ((noscan && size < maxTinySize) || size > _MaxSmallSize || size === 0) return x;
    // A slot handed out again by a normal allocation was swept free: both holders are dead.
    this.aliased.delete(x);
    const s = this.h.spanOf(x);
    if (s === null) return x;
    let rs = this.recent.get(s);
    if (rs === undefined) this.recent.set(s, (rs = []));
    for (const r of rs) {
      if (r.p === pp.id || r.mc !== mc || Math.abs(r.t - t) >= nextFreeFastNs) continue;
      // Both Ms read the same freeindex: the goroutine gets the slot the other one got.
      const goid = g?.goid ?? 0;
      const owner = this.ownerOf(mc, pp);
      this.aliased.set(r.x, { g: goid, other: r.g, p: pp.id, otherP: r.p, owner });
      this.counts.double++;
      this.emit("double", goid, pp.m?.id ?? -1, pp.id, owner, r.x, r.g, r.p);
      return r.x;
    }
    rs.push({ t, p: pp.id, g: g?.goid ?? 0, x, mc });
    if (rs.length > recentPerSpan) rs.shift();
    return x;
  }

  /** The P whose mcache mc is: pp's own, or the one an M kept it from. */
  private ownerOf(mc: MCache, pp: P): number {
    if (pp.mcache === mc) return pp.id;
    for (const k of this.kept.values()) if (k.mc === mc) return k.owner.id;
    return -1;
  }

  /** Step 4, at a map access: the map's header or bucket array is a slot handed out twice. */
  checkMap(g: G, addrs: readonly number[], at: RuntimeFrame): void {
    for (const a of addrs) {
      if (a === 0) continue;
      const al = this.aliased.get(a);
      if (al === undefined) continue;
      this.counts.corrupt++;
      const mine = al.g === g.goid;
      this.emit("corrupt", g.goid, g.m?.id ?? -1, g.m?.p?.id ?? -1, al.owner, a, mine ? al.other : al.g, mine ? al.otherP : al.p);
      throw new GoFatal("what-if stale-mcache: map memory was handed out twice (map corrupted)", "throw", [throwFrame, at]);
    }
  }
}
