// The garbage collector's cycle, driven on the simulated clock.
//
// Models the control flow of src/runtime/mgc.go (gcStart, gcMarkDone, gcMarkTermination,
// gcSweep, runtime.GC, gcWaitOnMark) and the background sweeper of mgcsweep.go (bgsweep), Go
// 1.19. The heap's side of each step is malloc.ts; marking is mgcmark.ts.
//
// A cycle, in simulated time:
//   tSweepTerm  gcStart at a safe point (mallocgc found heapLive >= trigger, runtime.GC, or
//               the 2-minute forcegc). Stop the world: every P waits until tMark.
//   tMark       the concurrent mark phase. Marking itself runs to completion at its start (a
//               snapshot, mgcmark.ts); its simulated length is the scan work over the mark
//               workers' rate, and during it the program runs with allocate-black.
//   tMarkTerm   the Ev.GCMARK event: stop the world again for mark termination until tEnd.
//   tEnd        gcMarkTermination: finishMark (sweepgen += 2), the gctrace line, runtime.GC's
//               waiters are woken, and bgsweep (Ev.GCSWEEP events) sweeps spans a few at a time
//               while allocation also sweeps in proportion (mcache refill, malloc.ts).
//
// Invariants: at most one cycle runs (cycle !== null from gcStart to gcMarkTermination); the
// world is stopped exactly while the machine's clock is below stwUntil; the span accounting
// check (Heap.checkHeap) holds after every cycle when checkHeap is on (tests).
//
// Simplifications vs real Go: no mark assists and no idle mark workers (their CPU is 0 in the
// gctrace line); dedicated and fractional workers do not occupy Ps in the schedule, their time
// is accounted; STW and mark-rate costs are the constants below.

import { GcCpuAccount, formatGCTrace } from "./gctrace.js";
import { gcBackgroundUtilization } from "./mgcpacer.js";
import { godebugInt } from "./schedtrace.js";
import type { Heap } from "./malloc.js";
import type { MCache } from "./mcache.js";
import { findleaks } from "./goroutineleak.js";
import { Marker, StringHeap } from "./mgcmark.js";
import { Finalizers } from "./mfinal.js";
import { Ev, type Sched } from "./proc.js";
import { S } from "./state.js";
import { Gstatus, Pstatus, waitReason, type G, type P } from "./runtime2.js";
import { PARK, STEP, type GoGen } from "./yield.js";
import { unsafeForgetDead } from "./unsafe.js";
import { MSpanState } from "./mspan.js";

/** Stop-the-world pauses (ns of simulated time): a base plus a cost per P to stop. */
const sweepTermBaseNs = 15_000;
const markTermBaseNs = 30_000;
const stwPerPNs = 2_000;
/** Bytes a full-time mark worker scans per simulated ns (about 1 GB/s). */
const markBytesPerNs = 1;
const minMarkNs = 300_000;
/** Following one pointer of a chain: a cache miss and a mark-bit update (about 20 ns). */
const markChainNs = 20;
/** Spans bgsweep sweeps per event, and the pause between its events. */
const bgsweepBatch = 16;
const bgsweepPeriodNs = 10_000;
/** forcegcperiod: the longest time between two cycles (proc.go). */
export const forcegcperiod = 2 * 60 * 1e9;
/** Go's MemStats.PauseNs ring. */
export const pauseRing = 256;

interface Cycle {
  tSweepTerm: number;
  tMark: number;
  tMarkTerm: number;
  forced: boolean;
  /** Idle mark workers during the mark phase. */
  idle: number;
  /** Time goroutines spent in mark assists. */
  assistNs: number;
  /** Bytes allocated since mark start, the pacer's assist ratio, and the workers' credit rate
   *  (scan work per ns). */
  allocBytes: number;
  assistRatio: number;
  creditRate: number;
  stackBytes: number;
  globalsBytes: number;
}

export interface GcHost {
  readonly sched: Sched;
  write(fd: 1 | 2, bytes: string): void;
  /** No goroutine is suspended inside plain code, whose locals no stack map describes. */
  atSafePoint(): boolean;
  /** Heap objects the program may hold: the objects marked, then one more per allocation
   *  (the machine's host limit on objects). */
  liveObjects: number;
}

export class GC {
  readonly strings = new StringHeap();
  /** Package-variable records ($P of the linked program). */
  globals: object[] = [];
  /** The world is stopped until this simulated time. */
  stwUntil = 0;
  /** When the last cycle ended (for forcegc), and the pause statistics of MemStats. */
  lastGCEnd = 0;
  pauseTotalNs = 0;
  /** Filled in cycle order as cycles end (a slot not yet written reads as 0): most runs end
   *  before a cycle, and the explorer builds a machine per run. */
  readonly pauseNs: number[] = [];
  readonly pauseEnd: number[] = [];
  private cycle: Cycle | null = null;
  /** Dedicated mark workers still to be started on a P that schedules. */
  private dedicatedPending = 0;
  private waiters: G[] = [];
  private sweeping = false;
  private readonly cpu = new GcCpuAccount();
  readonly finalizers: Finalizers;
  /** Run Heap.checkHeap after every cycle (tests). */
  checkHeap = false;
  /** The heap profile (mprof.ts), when the run records one: told which addresses a cycle's
   *  mark reached, and when the cycle's mark terminates. */
  onMarked: ((isLive: (addr: number) => boolean) => void) | undefined;
  onMarkDone: (() => void) | undefined;
  /** The CPU profile (cpuprof.ts), when the run records one: the idle Ps that run mark workers
   *  through a cycle's mark phase, and for how long (their time is no slice of a goroutine). */
  onMarkWorkers: ((ps: P[], ns: number) => void) | undefined;

  constructor(
    readonly heap: Heap,
    private readonly host: GcHost,
    private readonly gctrace: boolean,
  ) {
    this.finalizers = new Finalizers(host.sched, heap);
  }

  /** The goroutines newly found blocked forever (goroutineleak.ts), from the package variables,
   *  the pending timers (each timer object and what it holds) and the finalizers. */
  findleaks(): G[] {
    const s = this.host.sched;
    const roots: unknown[] = [...this.globals, ...this.finalizers.pending()];
    for (const p of s.allp) {
      for (const t of p.timers) {
        roots.push(t);
        if (t.roots !== undefined) for (const v of t.roots) roots.push(v);
      }
    }
    return findleaks(this.heap, s.allgs, roots);
  }

  /** MemStats.GCCPUFraction. */
  get cpuFraction(): number {
    return this.cpu.gcCpuFraction;
  }

  /** When the current mark phase ends (Infinity when none runs). */
  get markEnd(): number {
    return this.cycle === null ? Infinity : this.cycle.tMarkTerm;
  }

  get running(): boolean {
    return this.cycle !== null;
  }

  private mcaches(): MCache[] {
    return this.host.sched.allp.map((p) => p.mcache as MCache);
  }

  /** gcStart: sweep termination with the world stopped, then marking. */
  gcStart(now: number, forced: boolean, periodic = false): void {
    if (S.dbg !== null) S.dbg.hit("runtime.gcStart", undefined, this.heap);
    const s = this.host.sched;
    const procs = s.allp.length;
    const tMark = now + sweepTermBaseNs + stwPerPNs * procs;
    this.heap.startCycle(this.mcaches(), tMark, procs, forced, periodic);
    const marker = new Marker(this.heap);
    // Pending timers are roots: what they hold, and the runtime timer itself when it is a heap
    // object (time's Timer and Ticker). Their values are passed one by one, so that a timer
    // bomb costs the marker no per-timer bookkeeping.
    const extra: unknown[] = this.finalizers.roots();
    for (const p of s.allp) {
      for (const t of p.timers) {
        const a = (t as { $addr?: number }).$addr;
        if (a !== undefined) marker.markAddr(a);
        if (t.roots !== undefined) for (const v of t.roots) extra.push(v);
      }
    }
    const r = marker.markAll(this.globals, s.allgs, this.strings, extra);
    this.host.liveObjects = r.objects;
    // A uintptr keeps nothing alive: an address whose object this mark did not reach is
    // forgotten before sweep frees its slot (unsafe.ts), so it never names the slot's next object.
    const isLive = (a: number): boolean => {
      const span = this.heap.h.spanOf(a);
      return span !== null && span.state === MSpanState.mSpanInUse && span.isMarked(span.objIndex(a));
    };
    unsafeForgetDead(isLive);
    this.finalizers.mark(marker);
    // After the finalizers' mark: an object queued for its finalizer is not freed by this
    // cycle, so the heap profile does not count it freed (sweep would not free it either).
    this.onMarked?.(isLive);
    const gc = this.heap.h.gcController;
    gc.maxStackScan = r.stackBytes;
    gc.globalsScan = r.globalsBytes;
    const work = r.scanBytes + r.stackBytes + r.globalsBytes;
    // Idle Ps run idle mark workers (gcController.maxIdleMarkWorkers of them at most).
    const idleNow = s.allp.filter((p) => p.status === Pstatus._Pidle).length;
    const idle = Math.min(idleNow, gc.maxIdleMarkWorkers);
    // The mark takes the longer of the parallel work and its longest pointer chain, which one
    // worker must follow object by object (a linked list cannot be marked in parallel).
    const parallelNs = work / (markBytesPerNs * (workers(procs) + idle));
    const markNs = Math.max(minMarkNs, Math.round(Math.max(parallelNs, r.depth * markChainNs)));
    // Dedicated mark workers take idle Ps first (startTheWorld wakes them); the rest take the
    // next Ps that enter the scheduler (findRunnableGCWorker comes before any user G).
    this.dedicatedPending = Math.max(0, gc.dedicatedMarkWorkersNeeded - idleNow);
    if (this.onMarkWorkers !== undefined) {
      const idlePs = s.allp.filter((p) => p.status === Pstatus._Pidle);
      this.onMarkWorkers(idlePs.slice(0, Math.min(idleNow, gc.dedicatedMarkWorkersNeeded + idle)), markNs);
    }
    this.cycle = {
      tSweepTerm: now, tMark, tMarkTerm: tMark + markNs, forced, idle, assistNs: 0,
      allocBytes: 0, assistRatio: gc.assistWorkPerByte, creditRate: Math.max(work, 1) / markNs,
      stackBytes: r.stackBytes, globalsBytes: r.globalsBytes,
    };
    this.stwUntil = tMark;
    s.at(tMark + markNs, Ev.GCMARK, undefined);
    const tr = s.trace;
    if (tr !== undefined) {
      tr.emit({ t: now, ev: "GCStart", n: this.heap.cycles });
      tr.stopTheWorld(now, tMark, "sweep termination");
      this.traceHeap(now);
    }
  }

  /**
   * gcAssistAlloc: allocating during the mark phase runs up a debt of assistWorkPerByte scan
   * work per byte (the pacer's ratio at mark start, from the scan work it expected). The
   * workers pay it with the credit they earn at the real scan rate; a goroutine whose debt
   * the credit cannot cover waits (Go parks it on the assist queue) until it can, or until the
   * mark ends. So the heap ends the mark near its goal when the expectation was right, and
   * overshoots when the live heap grew, as in Go. Returns the ns the goroutine waits.
   */
  gcAssistAlloc(now: number, size: number): number {
    const c = this.cycle;
    if (c === null || now >= c.tMarkTerm) return 0;
    c.allocBytes += size;
    const paidBy = c.tMark + (c.allocBytes * c.assistRatio) / c.creditRate;
    if (paidBy <= now) return 0;
    const wait = Math.min(paidBy, c.tMarkTerm) - now;
    c.assistNs += wait;
    const tr = this.host.sched.trace;
    if (tr !== undefined) {
      tr.emit({ t: now, ev: "GCMarkAssistStart", g: S.g.goid });
      tr.emit({ t: now + wait, ev: "GCMarkAssistDone", g: S.g.goid });
    }
    return wait;
  }

  /**
   * findRunnableGCWorker: a P entering the scheduler during the mark phase runs a dedicated
   * mark worker if one is still wanted. Returns when the P is free again, or 0.
   */
  findRunnableGCWorker(now: number): number {
    const c = this.cycle;
    if (c === null || this.dedicatedPending === 0 || now < c.tMark || now >= c.tMarkTerm) return 0;
    this.dedicatedPending--;
    return c.tMarkTerm;
  }

  /** The GCMARK event: mark termination (gcMarkDone, gcMarkTermination) and gcSweep. */
  gcMarkDone(t: number): void {
    const c = this.cycle!;
    const s = this.host.sched;
    const procs = s.allp.length;
    const tEnd = t + markTermBaseNs + stwPerPNs * procs;
    this.stwUntil = tEnd;
    const markNs = c.tMarkTerm - c.tMark;
    // The pacer's cons/mark estimate (endCycle) counts assist and idle marking time.
    const pacer = this.heap.h.gcController;
    pacer.assistTime = c.assistNs;
    pacer.idleMarkTime = markNs * c.idle;
    pacer.dedicatedMarkTime = Math.round(markNs * workers(procs));
    const res = this.heap.finishMark(this.mcaches(), {
      now: tEnd, procs, stackScanWork: c.stackBytes, globalsScanWork: c.globalsBytes,
    });
    const pause = c.tMark - c.tSweepTerm + (tEnd - c.tMarkTerm);
    this.pauseTotalNs += pause;
    const i = (res.numgc + pauseRing - 1) % pauseRing;
    this.pauseNs[i] = pause;
    this.pauseEnd[i] = tEnd;
    this.lastGCEnd = tEnd;
    const background = Math.round(markNs * workers(procs));
    const cpu = this.cpu.endCycle(
      { tSweepTerm: c.tSweepTerm, tMark: c.tMark, tMarkTerm: c.tMarkTerm, tEnd, assistTime: c.assistNs,
        dedicatedMarkTime: background, fractionalMarkTime: 0, idleMarkTime: markNs * c.idle },
      procs, procs, 0, 0,
    );
    if (this.gctrace) {
      this.host.write(2, formatGCTrace({
        numgc: res.numgc, sinceStartNs: c.tSweepTerm, utilPercent: cpu.utilPercent,
        tSweepTerm: c.tSweepTerm, tMark: c.tMark, tMarkTerm: c.tMarkTerm, tEnd,
        sweepTermCpu: cpu.sweepTermCpu, assistTime: c.assistNs, backgroundMarkTime: background,
        idleMarkTime: markNs * c.idle, markTermCpu: cpu.markTermCpu, heap0: res.heap0, heap1: res.heap1,
        heap2: res.heap2, heapGoalMB: res.lastHeapGoalMB, maxStackScan: res.maxStackScan,
        globalsScan: res.globalsScan, maxprocs: procs, userForced: res.userForced,
      }));
    }
    this.cycle = null;
    this.onMarkDone?.();
    const tr = s.trace;
    if (tr !== undefined) {
      tr.stopTheWorld(t, tEnd, "mark termination");
      tr.emit({ t: tEnd, ev: "GCDone" });
      this.traceHeap(tEnd);
    }
    this.finalizers.wake();
    if (this.checkHeap) this.heap.checkHeap(this.mcaches());
    for (const g of this.waiters) if (g.status === Gstatus._Gwaiting) s.goready(g, undefined, undefined);
    this.waiters = [];
    if (!this.sweeping) {
      this.sweeping = true;
      s.trace?.emit({ t: tEnd, ev: "GCSweepStart" });
      s.at(tEnd + bgsweepPeriodNs, Ev.GCSWEEP, undefined);
    }
  }

  /** The trace's heap counters: the live heap and its goal. */
  private traceHeap(t: number): void {
    const tr = this.host.sched.trace!;
    tr.emit({ t, ev: "HeapAlloc", bytes: this.heap.h.gcController.heapLive });
    tr.emit({ t, ev: "HeapGoal", bytes: this.heap.heapGoal() });
  }

  /** The GCSWEEP event: bgsweep sweeps a batch of spans, then yields for a while. */
  bgsweep(t: number): void {
    for (let i = 0; i < bgsweepBatch; i++) {
      if (this.heap.sweepone() === -1) {
        this.sweeping = false;
        this.host.sched.trace?.emit({ t, ev: "GCSweepDone" });
        return;
      }
    }
    this.host.sched.at(t + bgsweepPeriodNs, Ev.GCSWEEP, undefined);
  }

  /** Sweep everything now (runtime.GC's last step). */
  sweepAll(): void {
    while (this.heap.sweepone() !== -1) {
      // Each call sweeps one span.
    }
  }

  /** gcWaitOnMark: park the running goroutine until the current cycle's mark termination. */
  *waitMark(): GoGen<void> {
    const g = S.g;
    this.waiters.push(g);
    this.host.sched.gopark(g, waitReason.waitForGCCycle);
    yield PARK;
  }

  /**
   * runtime.GC: wait for the cycle in progress (n), start cycle n+1 unless another goroutine
   * or the heap trigger already did (gcTrigger{kind: gcTriggerCycle, n: n+1}), wait for its
   * mark termination, then sweep everything if no newer cycle began meanwhile. Concurrent
   * callers share one cycle, as in Go.
   */
  *collect(): GoGen<void> {
    const n = this.heap.cycles;
    yield* this.waitOnMark(n);
    // gcStart needs every goroutine at a safe point: let suspended ones reach one first.
    while (this.heap.cycles < n + 1 && !this.host.atSafePoint()) yield STEP;
    if (this.heap.cycles < n + 1) this.gcStart(this.host.sched.now + S.cost, true);
    yield* this.waitOnMark(n + 1);
    if (this.heap.cycles === n + 1) this.sweepAll();
  }

  /** gcWaitOnMark(n): wait until cycle n's mark phase has finished (or a later cycle began). */
  private *waitOnMark(n: number): GoGen<void> {
    while (this.cycle !== null && this.heap.cycles === n) yield* this.waitMark();
  }
}

/** The mark workers' share of the Ps: gcBackgroundUtilization (25%) of GOMAXPROCS. */
function workers(procs: number): number {
  return procs * gcBackgroundUtilization;
}

/** GOGC's value as readGOGC reads it: "off" is -1, a number is itself, anything else 100. */
export function readGOGC(v: string | undefined): number {
  if (v === "off") return -1;
  if (v !== undefined && /^-?\d+$/.test(v)) return Number(v);
  return 100;
}

/** GODEBUG=gctrace=N (N > 0), read as parsedebugvars reads it. */
export function gctraceFromEnv(godebug: string | undefined): boolean {
  return godebugInt(godebug, "gctrace") > 0;
}
