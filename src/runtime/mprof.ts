// The heap profile: what --memprofile writes.
//
// Models Go 1.19's runtime/mprof.go (mProf_Malloc, mProf_Free, the buckets of allocation
// stacks with their alloc and free counts, MemProfile's "as of the last completed GC") and
// malloc.go's sampling (mallocgc's c.nextSample countdown, profilealloc, nextSample and
// fastexprand: an exponentially distributed gap of MemProfileRate bytes on average, so that
// each allocated byte is equally likely to be sampled; every allocation when MemProfileRate is
// 1; none when it is 0).
//
// Terms:
//   bucket    one allocation stack: the objects sampled there and the bytes they had, and how
//             many of them a completed cycle found dead.
//   record    a sampled object that no cycle has found dead yet, by its address.
//   cycle     a GC cycle. Its mark (at gcStart, runtime/mgc.ts) decides which recorded objects
//             died; at its mark termination (publish) the allocations made before it started
//             and the frees it found become the profile, as Go's mProf_Flush publishes the
//             cycle it completed. A profile never shows an allocation no cycle could have freed.
//
// Invariants:
//   - Sizes are the allocated sizes (the size class's, or the tiny request), as mallocgc
//     passes to profilealloc; the writer scales sampled counts as pprof's scaleHeapSample does.
//   - The gaps come from the machine's PRNG sub-stream for the profiler, drawn only when the
//     profile is on: a run without --memprofile draws nothing, so its schedule is unchanged.
//   - Allocations by the runtime for itself (G structs, goroutine stacks) are not sampled, as
//     in Go (they do not go through mallocgc's profiling path).
//
// Simplifications: Go's three-cycle ring (future[]) is folded into two states, pending and
// published; if no cycle has completed, MemProfile's fallback (everything pending is shown)
// applies, as in Go. The countdown is per P, as Go's is per mcache.

import type { Prng } from "../base/prng.js";
import type { G, P } from "./runtime2.js";
import type { MachineApi } from "./state.js";
import { goStack, stackKey, type ProfFrame, type ProfSample } from "./cpuprof.js";

/** runtime.MemProfileRate's default: one sample per 512 KiB allocated, on average. */
export const defaultMemProfileRate = 512 * 1024;

/** A collected heap profile: per stack [alloc_objects, alloc_space, inuse_objects, inuse_space]
 *  before scaling, and the rate the scaling uses (MemProfileRate when it is written). */
export interface MemProfileData {
  rate: number;
  samples: ProfSample[];
}

interface Bucket {
  stack: ProfFrame[];
  /** Published by the last completed cycle. */
  allocs: number;
  allocBytes: number;
  frees: number;
  freeBytes: number;
  /** Allocated since the last cycle started, and those that started with it. */
  pending: number;
  pendingBytes: number;
  cycleAllocs: number;
  cycleBytes: number;
  /** Found dead by the running cycle. */
  dead: number;
  deadBytes: number;
}

export class MemProfiler {
  private readonly buckets = new Map<string, Bucket>();
  /** Sampled objects not found dead yet: address → [bucket, size]. */
  private readonly records = new Map<number, [Bucket, number]>();
  /** Per P: bytes until the next sample (mcache.nextSample). */
  private readonly next: number[] = [];

  constructor(
    private readonly m: Pick<MachineApi, "funcInfo">,
    private readonly prng: Prng,
    /** runtime.MemProfileRate as the program has it now. */
    readonly rate: () => number,
    private readonly mainG: () => G | undefined,
  ) {}

  /** mallocgc's profiling step for an object of size bytes at addr, allocated by g on pp. */
  malloc(pp: P | undefined, g: G | undefined, addr: number, size: number, site = ""): void {
    // A zero-size object is the runtime's zerobase: mallocgc returns before sampling it.
    if (size === 0 || g === undefined) return;
    const rate = this.rate();
    if (rate <= 0) return;
    const id = pp?.id ?? 0;
    const next = this.next[id] ?? this.nextSample(rate);
    if (rate !== 1 && size < next) {
      this.next[id] = next - size;
      return;
    }
    this.next[id] = this.nextSample(rate);
    this.record(g, addr, size, site);
  }

  /** mProf_Malloc: count the object in its stack's bucket and remember it until it dies. */
  private record(g: G, addr: number, size: number, site: string): void {
    const stack = goStack(this.m, g, null, g === this.mainG());
    // stkbucket(memProfile, size, stk): one bucket per stack and size, as Go's. Go's stack is
    // of pcs, so two calls on one line (new and growslice) are two stacks: site tells them apart.
    const key = `${size}|${site}|${stackKey(stack)}`;
    let b = this.buckets.get(key);
    if (b === undefined) {
      b = { stack, allocs: 0, allocBytes: 0, frees: 0, freeBytes: 0, pending: 0, pendingBytes: 0, cycleAllocs: 0, cycleBytes: 0, dead: 0, deadBytes: 0 };
      this.buckets.set(key, b);
    }
    b.pending++;
    b.pendingBytes += size;
    this.records.set(addr, [b, size]);
  }

  /** nextSample / fastexprand: an exponential gap with mean rate bytes (0 when rate is 1). */
  private nextSample(rate: number): number {
    if (rate === 1) return 0;
    const mean = Math.min(rate, 0x7000000);
    const randomBitCount = 26;
    const q = this.prng.intn(1 << randomBitCount) + 1;
    const qlog = Math.min(0, Math.log2(q) - randomBitCount);
    return Math.trunc(qlog * (-0.6931471805599453 * mean)) + 1;
  }

  /** gcStart's mark is done: the recorded objects it did not reach are dead (mProf_Free, as
   *  sweep would find them); the allocations made before now are this cycle's. */
  marked(isLive: (addr: number) => boolean): void {
    for (const [addr, [b, size]] of this.records) {
      if (isLive(addr)) continue;
      this.records.delete(addr);
      b.dead++;
      b.deadBytes += size;
    }
    for (const b of this.buckets.values()) {
      b.cycleAllocs += b.pending;
      b.cycleBytes += b.pendingBytes;
      b.pending = b.pendingBytes = 0;
    }
  }

  /** Mark termination: publish the cycle's allocations and frees (mProf_Flush). */
  publish(): void {
    for (const b of this.buckets.values()) {
      b.allocs += b.cycleAllocs;
      b.allocBytes += b.cycleBytes;
      b.frees += b.dead;
      b.freeBytes += b.deadBytes;
      b.cycleAllocs = b.cycleBytes = b.dead = b.deadBytes = 0;
    }
  }

  /** MemProfile: the published counts, or, if nothing is published (no cycle has completed
   *  since the first sampled allocation), every allocation so far with nothing freed
   *  (mprof.go's fallback when the active profile is empty). */
  data(): MemProfileData {
    const samples: ProfSample[] = [];
    let clear = true;
    for (const b of this.buckets.values()) if (b.allocs !== 0 || b.frees !== 0) clear = false;
    for (const b of this.buckets.values()) {
      const [a, ab, f, fb] = !clear
        ? [b.allocs, b.allocBytes, b.frees, b.freeBytes]
        : [b.allocs + b.cycleAllocs + b.pending, b.allocBytes + b.cycleBytes + b.pendingBytes, 0, 0];
      if (a === 0) continue;
      samples.push({ stack: b.stack, values: [a, ab, a - f, ab - fb] });
    }
    return { rate: this.rate(), samples };
  }
}
