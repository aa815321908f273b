// The garbage collector's cycle, driven on the simulated clock.
//
// Models the control flow of src/runtime/mgc.go (gcStart, gcMarkDone, gcMarkTermination,
// gcSweep, runtime.GC, gcWaitOnMark) and the background sweeper of mgcsweep.go (bgsweep), Go
// 1.19. The heap's side of each step is malloc.ts; marking is mgcmark.ts.
//
// A cycle, in simulated time:
//   tSweepTerm  gcStart at a safe point, after mallocgc found heapLive >= trigger (timed at
//               that allocation on its goroutine's clock, which plain code runs ahead of the
//               event clock: Go starts the cycle in that mallocgc), runtime.GC, or the
//               2-minute forcegc. Stop the world: every P waits until tMark.
//   tMark       the concurrent mark phase. Marking itself runs to completion at its start (a
//               snapshot, mgcmark.ts); its simulated length is the mark work over the rate of
//               the mark workers. During it the program runs and allocates black: what it
//               allocates survives the cycle (floating garbage), so the heap at mark
//               termination, and the marked heap the next goal is computed from, overshoot as
//               in Go.
//   tMarkTerm   the Ev.GCMARK event: stop the world again for mark termination until tEnd.
//               Assists move it earlier (Sched.advance), with the Ps running dedicated workers.
//   tEnd        gcMarkTermination: finishMark (sweepgen += 2), the gctrace line, runtime.GC's
//               waiters are woken, and bgsweep (Ev.GCSWEEP events) sweeps spans a few at a time
//               while allocation also sweeps in proportion (mcache refill, malloc.ts).
//
// Mark timing (gcController.startCycle's worker counts, gcDrain, gcAssistAlloc):
//   work        ns of one worker's CPU: markBaseNs + objects marked * markObjectNs + pointers
//               followed * markPointerNs + scan bytes (objects with pointers, stacks, globals)
//               * markScanByteNs, calibrated against real Go (the constants below).
//   rate        the workers' CPU: 25% of GOMAXPROCS (the dedicated workers as startCycle
//               rounds them, and the fractional worker's remainder) plus one idle worker per P left idle
//               after the dedicated workers took theirs (runtime.GC's caller parks, so its P
//               counts as idle), at most GOMAXPROCS; scaled by cpus/threads when the running
//               Ps and worker threads outnumber the machine's CPUs (--cpus).
//   assists     each allocation during the mark adds assistWorkPerByte * size of debt (in the
//               cycle's ns per scan unit); the workers' work so far is credit; a goroutine
//               does what the credit does not cover itself (its time), which is mark work
//               done: the mark ends when the workers' and the assists' work reach the total.
//               A mark bounded by its longest chain has no work to hand out: the chain's
//               progress is the credit, and a goroutine short of it parks (gcParkAssist)
//               until the credit covers its debt or the mark ends.
//   the mark is never shorter than minMarkBaseNs + minMarkPerPNs per P (plus, when threads
//   outnumber CPUs, the OS's wait to schedule each P's thread for gcMarkDone's ragged
//   barrier: osWaitNs), nor than its longest pointer chain at markChainNs per object.
//
// Invariants: at most one cycle runs (cycle !== null from gcStart to gcMarkTermination); the
// world is stopped exactly while the machine's clock is below stwUntil; tMarkTerm only moves
// earlier, never before the current time; the span accounting check (Heap.checkHeap) holds
// after every cycle when checkHeap is on (tests); no host time or randomness is read.
//
// Simplifications vs real Go: what the mark retains is decided at its start (a snapshot), so
// an object dropped during the mark is retained as Go's barrier would, but one allocated and
// dropped is retained too (Go retains it as well: allocate-black); the assist ratio is the
// pacer's at mark start (Go revises it as work and heapLive change); an assist short of credit
// does work, and parks only when the mark is bounded by its chain or its minimum length (Go
// parks whenever the work queues are empty); the objects allocated between the trigger and
// the safe point are in the snapshot, not black; dedicated workers occupy Ps (idle ones first, then the next
// Ps that schedule), fractional and idle workers' time is only accounted; with GOMAXPROCS
// above --cpus the workers get their fair share of CPUs but the goroutines' Ps are not slowed;
// the runtime's own data and bss (220 KB in Go, part of its globals scan work and of the heap
// goal) are only in markBaseNs; STW costs are constants.

import { GcCpuAccount, formatGCTrace } from "./gctrace.js";
import { gcBackgroundUtilization } from "./mgcpacer.js";
import { godebugInt } from "./schedtrace.js";
import type { Heap } from "./malloc.js";
import type { MCache } from "./mcache.js";
import { findleaks } from "./goroutineleak.js";
import { Marker, StringHeap, StringSet } from "./mgcmark.js";
import { Finalizers } from "./mfinal.js";
import { Ev, type Event, type Sched } from "./proc.js";
import { S } from "./state.js";
import { Gstatus, Pstatus, waitReason, type G, type P } from "./runtime2.js";
import { PARK, STEP, type GoGen } from "./yield.js";
import { unsafeForgetDead } from "./unsafe.js";
import { MSpanState } from "./mspan.js";

/** Stop-the-world pauses (ns of simulated time): a base plus a cost per P to stop. */
const sweepTermBaseNs = 15_000;
const markTermBaseNs = 30_000;
const stwPerPNs = 2_000;
/**
 * The mark work, in ns of one mark worker's CPU (gcDrain on one P), calibrated against Go 1.19
 * on the machine that recorded testdata/gcpace (tools/gcpace.ts --calibrate): runtime.GC() with
 * GOMAXPROCS=1, where one idle worker does all the marking, over 20 MB live of 32-byte
 * two-pointer nodes (11 ms), of 512-byte objects of 64 pointers each (19 ms) and of 4 KiB
 * noscan buffers (0.06 ms), and an empty heap (0.06 ms). The fit: a fixed cost for the
 * runtime's own roots (its data and bss, about 220 KB), plus per marked object (greyobject,
 * the work queue), per pointer followed (findObject and the mark bit) and per byte of objects
 * with pointers that scanobject reads.
 */
const markBaseNs = 50_000;
const markObjectNs = 6;
const markPointerNs = 6;
const markScanByteNs = 0.16;
/** The shortest mark phase: waking the workers, and gcMarkDone's ragged barrier, which waits
 *  for every P to flush its work (an empty heap's forced cycle marks for 0.06 ms at
 *  GOMAXPROCS=1 and 0.09 to 0.19 ms at GOMAXPROCS=4 on the calibration machine). */
const minMarkBaseNs = 40_000;
const minMarkPerPNs = 20_000;
/** Linux CFS's minimum time slice on the calibration machine (0.75 ms * (1 + log2(2 CPUs))). */
const osSliceNs = 1_500_000;
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
  /** The mark work (ns of one worker's CPU), the rate the workers do it at (workers' worth of
   *  CPU), the ns of work per unit of the pacer's scan work, and the part assists did. */
  workNs: number;
  rate: number;
  nsPerUnit: number;
  assistWorkNs: number;
  /** The mark phase cannot end before this: its longest pointer chain, its minimum length.
   *  When that bounds it (chained), rate is the pace at which the chain yields work. */
  chainEnd: number;
  chained: boolean;
  /** Bytes allocated since mark start, their assist debt (ns of work), the pacer's assist
   *  ratio (scan work per byte). */
  allocBytes: number;
  debtNs: number;
  assistRatio: number;
  /** The GCMARK event, and the RUN events of the Ps running dedicated workers until it. */
  markEvent: Event;
  workerEvents: Event[];
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
  /** The simulated machine's CPUs (--cpus): with GOMAXPROCS above it, the mark workers share
   *  the CPUs with the running goroutines. */
  readonly cpus: number;
}

export class GC {
  readonly strings = new StringHeap();
  /** The marker's set of reachable strings, kept from cycle to cycle (StringSet's comment); made
   *  at the first cycle, since most runs of a --runs campaign end before one (its two tables
   *  were 2% of the example's CPU per run). */
  private reachableStrings: StringSet | null = null;
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

  /** gcStart: sweep termination with the world stopped, then marking. callerParks: the
   *  calling goroutine waits for the mark (runtime.GC), so its P is free for a mark worker. */
  gcStart(now: number, forced: boolean, periodic = false, callerParks = false): void {
    if (S.dbg !== null) S.dbg.hit("runtime.gcStart", undefined, this.heap);
    const s = this.host.sched;
    const procs = s.allp.length;
    const tMark = now + sweepTermBaseNs + stwPerPNs * procs;
    this.heap.startCycle(this.mcaches(), tMark, procs, forced, periodic);
    // markroot remembers when it first saw a goroutine blocked (only tracebacks read it: the
    // ", N minutes" of a goroutine blocked that long).
    for (const g of s.allgs) {
      if ((g.status === Gstatus._Gwaiting || g.status === Gstatus._Gsyscall) && g.waitsince === 0) g.waitsince = now;
    }
    const strs = (this.reachableStrings ??= new StringSet());
    const marker = new Marker(this.heap, false, strs);
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
    // The strings were counted (markAll): the host may free those that are dead.
    strs.clear();
    // After the finalizers' mark: an object queued for its finalizer is not freed by this
    // cycle, so the heap profile does not count it freed (sweep would not free it either).
    this.onMarked?.(isLive);
    const gc = this.heap.h.gcController;
    gc.maxStackScan = r.stackBytes;
    gc.globalsScan = r.globalsBytes;
    const units = r.scanBytes + r.stackBytes + r.globalsBytes;
    const workNs = markBaseNs + r.objects * markObjectNs + r.pointers * markPointerNs + units * markScanByteNs;
    // Idle Ps run the dedicated workers first (startTheWorld wakes them), then idle mark
    // workers (gcController.maxIdleMarkWorkers of them at most). The rest of the dedicated
    // workers take the next Ps that enter the scheduler (findRunnableGCWorker comes before any
    // user G). runtime.GC's caller parks at once: its P is free unless it has work queued.
    const idlePs = s.allp.filter((p) => p.status === Pstatus._Pidle);
    const caller = S.g?.m?.p;
    const callerFree = callerParks && caller !== undefined && caller !== null &&
      s.runqempty(caller) && s.globrunqsize() === 0 ? 1 : 0;
    const idleNow = idlePs.length + callerFree;
    const dedicatedOnIdle = Math.min(idleNow, gc.dedicatedMarkWorkersNeeded);
    const idle = Math.min(idleNow - dedicatedOnIdle, gc.maxIdleMarkWorkers);
    const rate = markRate(procs, idleNow, dedicatedOnIdle, idle, this.host.cpus);
    // The mark takes the longer of the parallel work and its longest pointer chain, which one
    // worker must follow object by object (a linked list cannot be marked in parallel).
    const chainEnd = tMark + Math.max(
      minMarkBaseNs + minMarkPerPNs * procs + osWaitNs(procs, idleNow, dedicatedOnIdle, idle, this.host.cpus),
      Math.ceil(r.depth * markChainNs),
    );
    const workEnd = tMark + Math.ceil(workNs / rate);
    const tMarkTerm = Math.max(chainEnd, workEnd);
    const markNs = tMarkTerm - tMark;
    // A mark its longest chain (or its minimum length) bounds finds work at the chain's pace.
    const chained = chainEnd > workEnd;
    this.dedicatedPending = gc.dedicatedMarkWorkersNeeded - dedicatedOnIdle;
    if (this.onMarkWorkers !== undefined) {
      this.onMarkWorkers(idlePs.slice(0, Math.min(idlePs.length, dedicatedOnIdle + idle)), markNs);
    }
    this.stwUntil = tMark;
    this.cycle = {
      tSweepTerm: now, tMark, tMarkTerm, forced, idle, assistNs: 0,
      workNs, rate: chained ? workNs / markNs : rate, chained, nsPerUnit: workNs / Math.max(units, 1),
      assistWorkNs: 0, chainEnd,
      allocBytes: 0, debtNs: 0, assistRatio: gc.assistWorkPerByte,
      markEvent: s.at(tMarkTerm, Ev.GCMARK, undefined), workerEvents: [],
      stackBytes: r.stackBytes, globalsBytes: r.globalsBytes,
    };
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
   * background workers' work is credit that pays debt first (gcController.bgScanCredit); a
   * goroutine whose debt the credit does not cover does the rest of the mark work itself
   * (gcDrainN), which takes its time and brings the end of the mark phase closer. So the heap
   * ends the mark near its goal when the expectation was right, and overshoots when the live
   * heap grew, as in Go. Returns the ns the goroutine spends assisting.
   */
  gcAssistAlloc(now: number, size: number): number {
    const c = this.cycle;
    if (c === null || now >= c.tMarkTerm) return 0;
    c.allocBytes += size;
    c.debtNs += size * c.assistRatio * c.nsPerUnit;
    const bgDone = c.rate * (Math.max(now, c.tMark) - c.tMark);
    const remaining = c.workNs - bgDone - c.assistWorkNs;
    const deficit = c.debtNs - bgDone - c.assistWorkNs;
    if (remaining <= 0 || deficit <= 0) return 0;
    if (c.chained) {
      // The work is a chain that one worker follows: there is nothing for the assist to
      // drain, so it parks until the chain's progress (the credit) covers its debt
      // (gcParkAssist), or the mark ends.
      const wait = Math.ceil(Math.min(c.tMark + c.debtNs / c.rate, c.tMarkTerm) - now);
      if (wait <= 0) return 0;
      c.assistNs += wait;
      this.traceAssist(now, wait);
      return wait;
    }
    // While the goroutine drains, the workers go on: together they may finish the work.
    const ns = Math.ceil(Math.min(deficit, remaining / (1 + c.rate)));
    c.assistWorkNs += ns;
    c.assistNs += ns;
    const end = Math.max(c.chainEnd, now + ns, c.tMark + Math.ceil((c.workNs - c.assistWorkNs) / c.rate));
    if (end < c.tMarkTerm) {
      c.tMarkTerm = end;
      const s = this.host.sched;
      s.advance(c.markEvent, end);
      for (const e of c.workerEvents) s.advance(e, end);
    }
    this.traceAssist(now, ns);
    return ns;
  }

  private traceAssist(now: number, ns: number): void {
    const tr = this.host.sched.trace;
    if (tr !== undefined) {
      tr.emit({ t: now, ev: "GCMarkAssistStart", g: S.g.goid });
      tr.emit({ t: now + ns, ev: "GCMarkAssistDone", g: S.g.goid });
    }
  }

  /**
   * findRunnableGCWorker: a P entering the scheduler during the mark phase runs a dedicated
   * mark worker if one is still wanted. Returns when the P is free again, or 0; the machine
   * hands the P's RUN event for that time to trackWorker.
   */
  findRunnableGCWorker(now: number): number {
    const c = this.cycle;
    if (c === null || this.dedicatedPending <= 0 || now < c.tMark || now >= c.tMarkTerm) return 0;
    this.dedicatedPending--;
    return c.tMarkTerm;
  }

  /** The RUN event of a P that runs a dedicated worker: it comes earlier when the mark does. */
  trackWorker(e: Event): void {
    this.cycle?.workerEvents.push(e);
  }

  /** The GCMARK event: mark termination (gcMarkDone, gcMarkTermination) and gcSweep. */
  gcMarkDone(t: number): void {
    const c = this.cycle!;
    const s = this.host.sched;
    const procs = s.allp.length;
    const tEnd = t + markTermBaseNs + stwPerPNs * procs;
    this.stwUntil = tEnd;
    c.tMarkTerm = t;
    const markNs = t - c.tMark;
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
      s.post(tEnd + bgsweepPeriodNs, Ev.GCSWEEP, undefined);
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
    this.host.sched.post(t + bgsweepPeriodNs, Ev.GCSWEEP, undefined);
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
    if (this.heap.cycles < n + 1) this.gcStart(this.host.sched.now + S.cost, true, false, true);
    yield* this.waitOnMark(n + 1);
    if (this.heap.cycles === n + 1) this.sweepAll();
  }

  /** gcWaitOnMark(n): wait until cycle n's mark phase has finished (or a later cycle began). */
  private *waitOnMark(n: number): GoGen<void> {
    while (this.cycle !== null && this.heap.cycles === n) yield* this.waitMark();
  }
}

/** The mark workers' share of the Ps: gcBackgroundUtilization (25%) of GOMAXPROCS, the
 *  dedicated workers and the fractional worker's share. */
function workers(procs: number): number {
  return procs * gcBackgroundUtilization;
}

/**
 * The rate of the mark, in workers' worth of CPU: the background workers (25% of the Ps) and
 * the idle workers, at most one per P. Ps beyond the machine's CPUs share them: the running
 * goroutines' Ps, the dedicated workers on idle Ps and the idle workers are threads, and when
 * there are more threads than CPUs each gets cpus/threads of one (the OS's fair share).
 */
export function markRate(procs: number, idleNow: number, dedicatedOnIdle: number, idle: number, cpus: number): number {
  const threads = procs - idleNow + dedicatedOnIdle + idle;
  const share = threads > cpus ? cpus / threads : 1;
  return Math.min(workers(procs) + idle, procs) * share;
}

/** With more runnable threads than CPUs, gcMarkDone's ragged barrier waits for each P's thread
 *  to be scheduled: on average (threads - cpus) / cpus of the OS's time slice. */
export function osWaitNs(procs: number, idleNow: number, dedicatedOnIdle: number, idle: number, cpus: number): number {
  const threads = procs - idleNow + dedicatedOnIdle + idle;
  return threads > cpus ? Math.round(((threads - cpus) / cpus) * osSliceNs) : 0;
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
