// The scheduler model: run queues, newproc, gopark/goready, findRunnable, work stealing,
// syscalls and cgo calls, sysmon's retake and preemption, and checkdead.
//
// Models Go 1.19's runtime/proc.go. Function names are Go's. The model is a discrete-event
// simulation: every P that runs Go code acts at its own simulated time (P.t), and the machine
// (src/sim/machine.ts) always advances the earliest actor, with ties and small timing noise
// decided by the strategy (the seeded PRNG). That is how Ps "run at the same time".
//
// Terms: see runtime2.ts. An event is a future action of the machine: a P runs its G, a
// syscall or C call returns, a timer fires, sysmon wakes.
//
// Invariants:
//   - A G is in at most one place: a P's runnext or runq, the global queue, running on an M,
//     in a syscall, or waiting (parked).
//   - A P is idle iff it is in sched.pidle.
//   - Every _Prunning P has exactly one pending RUN event.
//
// Simplifications vs real Go:
//   - No locks or atomics: one actor runs at a time, so Go's CAS loops become plain updates.
//   - Ms are records: one runs each _Prunning P, one sits in each syscall, the rest wait on the
//     idle list (sched.midle), and sysmon has its own. A spinning M (woken by wakep) is a P whose
//     RUN event has not come yet: its search for work happens at one instant, at that event.
//     As in Go, wakep starts at most one spinning M; the M that finds work calls resetspinning,
//     which wakes the next one.
//   - A timer runs when its P schedules (Machine.schedule, Go's checkTimers in findRunnable),
//     or, on an idle P, when the thread sleeping for it wakes in the timer slack after it
//     (Machine.timer): never in the middle of a running goroutine.
//   - The global queue's batch moves (globrunqget's n) follow Go's formula.

import type { Decider, Steer } from "./decide.js";
import { Deadlock, SimBug, SimLimit, assert } from "./panic.js";
import { G, Gstatus, HookedG, M, P, Pstatus, type Timer, waitReason } from "./runtime2.js";
import type { Trace } from "./trace.js";
import { S } from "./state.js";
import { schedCounter } from "./cover.js";
import { runnextStealSleepNs, timerLoopNs } from "./costs.js";

export const enum Ev {
  RUN = 0, // P runs its current G
  SYSCALL = 1, // a G's syscall or C call chunk completes
  TIMER = 2, // the earliest timer of a P may fire
  SYSMON = 3, // sysmon wakes up
  GCMARK = 4, // the GC's concurrent mark phase ends: mark termination (mgc.ts)
  GCSWEEP = 5, // the background sweeper sweeps a batch of spans (mgc.ts)
  GLOBRUNQ = 6, // a G that gave up its P (Gosched, preemption) joins the global run queue
  RACEFINI = 7, // -race: racefini's atexit sleep ends (Machine.racefini)
}

export interface Event {
  t: number;
  tie: number;
  seq: number;
  kind: Ev;
  p: P | undefined;
  g: G | undefined;
  /** Cancelled events stay in the heap and are skipped. */
  dead: boolean;
  /** Made by post: nobody holds it, and the object is reused once the loop has handled it. */
  pooled: boolean;
}

/** Limits, each ending the run with a named SimLimit. */
export interface Limits {
  maxGoroutines: number;
  maxSimNs: number;
}

/** Plain Gs that finished runs left (Sched.dispose), every field as a new G has it, for later
 *  runs' newG (gort makes a machine for each run; the runtime's own goroutines and main's were a
 *  twentieth of what a short run allocated). Module-level, shared by the machines of one thread:
 *  a G is in one run's allgs or here, never both. Bounded, so that a run of many goroutines
 *  does not keep them all for the rest of the process. */
const freeGs: G[] = [];
const maxFreeGs = 64;

/** Go's sysmon constants (proc.go): forcePreemptNS and the sleep delays, in ns. */
export const forcePreemptNS = 10_000_000;
const sysmonMinDelay = 20_000;
const sysmonMaxDelay = 10_000_000;

export class Sched {
  now = 0;
  readonly allp: P[] = [];
  readonly allm: M[] = [];
  /** Idle Ms (Go's sched.midle), parked in stopm and reused by startm. */
  readonly midle: M[] = [];
  /** Ms that are spinning (looking for work): Go's sched.nmspinning. */
  nmspinning = 0;
  /** sysmon's own M (set by the machine, for schedtrace's M list). */
  sysmonm: M | undefined;
  /** Called at each sysmon tick (GODEBUG=schedtrace); while set, sysmon never sleeps deeply. */
  sysmonHook: (() => void) | undefined;
  readonly allgs: G[] = [];
  /** A long C call returned while no P ran Go code: the next allocation pays the cold page
   *  fault if it takes never-used pages (costs.ts coldFaultNs; set by cgocall.ts, cleared by
   *  the machine's allocator at that allocation). */
  coldFault = false;
  /** Dead Gs whose memory and allgs slot the next newproc reuses (Go's gFree lists). */
  readonly gFree: G[] = [];
  /** The machine's memory model: charges a new G's struct and stack (stack.ts). */
  memory:
    | {
        malg(g: G, pp: P | undefined): void;
        /** copystack: the G's stack must hold used bytes (newstack's doubling). */
        growStack(g: G, used: number): void;
        /** gfput: a grown stack is freed and a starting-size one takes its place. */
        gfput(g: G): void;
      }
    | undefined;
  readonly pidle: P[] = [];
  readonly runq: G[] = []; // the global run queue (FIFO)
  runqhead = 0;
  private heap: Event[] = [];
  /** User goroutines that have not exited (runtime.NumGoroutine; the goroutine limit). */
  nlive = 0;
  private seq = 0;
  private goidgen = 0;
  /** The P whose timers runtimers is running (its next check is scheduled at the end). */
  private runningTimers: P | undefined;
  /** The P running its timers now (a timer's func runs on it, as Go's runOneTimer does), if any. */
  get timersP(): P | undefined {
    return this.runningTimers;
  }
  private timerSeq = 0;
  /** The event stream, when the run records one (RunOptions.trace; trace.ts). */
  trace: Trace | undefined = undefined;
  sysmonIdle = 0;
  sysmonDelay = sysmonMinDelay;
  sysmonPending: Event | undefined;
  /** The exploration strategy's steerable decisions (runtime/decide.ts), when exploring. */
  steer: Steer | undefined = undefined;
  /** The G whose main function ends the program. */
  main: G | undefined;
  gomaxprocs: number;

  constructor(
    readonly prng: Decider,
    gomaxprocs: number,
    readonly limits: Limits,
  ) {
    this.gomaxprocs = gomaxprocs;
    for (let i = 0; i < gomaxprocs; i++) this.allp.push(new P(i));
    // procresize idles the Ps from the last down, and pidle is a LIFO list, so P0 comes first.
    for (let i = gomaxprocs - 1; i >= 0; i--) this.pidle.push(this.allp[i]!);
  }

  // ---- The event heap ---------------------------------------------------------------------

  /** Schedule an event. Ties at the same time are broken by a random key (the strategy). The
   *  caller may keep the event (to cancel or advance it); post is for an event nobody keeps. */
  at(t: number, kind: Ev, p?: P, g?: G): Event {
    if (t < this.now) t = this.now;
    const e: Event = { t, tie: this.prng.uint32("tie"), seq: this.seq++, kind, p, g, dead: false, pooled: false };
    this.push(e);
    return e;
  }

  /** at for an event that nobody keeps once the loop has handled it (the same tie and
   *  sequence number are drawn): its object comes from the events the loop has handled
   *  (recycle), so that the run's steady state allocates none. The one caller that keeps the
   *  result, sysmon's wake-up (sysmonPending), lets go of it as sysmon's first act (a wake-up
   *  every 20 µs to 10 ms of a run was most of the events a run allocated). */
  post(t: number, kind: Ev, p?: P, g?: G): Event {
    if (t < this.now) t = this.now;
    const tie = this.prng.uint32("tie");
    const e = this.pooledEvent(t, tie, this.seq++, kind, p, g);
    this.push(e);
    return e;
  }

  /** Handled events that post made, for post to reuse. */
  private readonly freeEvents: Event[] = [];

  private pooledEvent(t: number, tie: number, seq: number, kind: Ev, p: P | undefined, g: G | undefined): Event {
    const e = this.freeEvents.pop();
    if (e === undefined) return { t, tie, seq, kind, p, g, dead: false, pooled: true };
    e.t = t;
    e.tie = tie;
    e.seq = seq;
    e.kind = kind;
    e.p = p;
    e.g = g;
    e.dead = false;
    return e;
  }

  /** The loop has handled e (or skipped it, dead): a posted event's object may be reused. */
  recycle(e: Event): void {
    if (e.pooled) {
      e.p = undefined;
      e.g = undefined;
      this.freeEvents.push(e);
    }
  }

  /**
   * at(t, Ev.RUN, p), unless t is within [lo, hi] and the event would be the next one popped:
   * then it is not made, the clock moves to t as the pop would move it, and true is returned
   * (its tie and sequence number are drawn all the same, so that later events are as with at).
   * Machine.stepNow's fast path.
   */
  runOrPop(t: number, p: P, lo: number, hi: number): boolean {
    if (t < this.now) t = this.now;
    const tie = this.prng.uint32("tie");
    const seq = this.seq++;
    const h = this.heap;
    if (t >= lo && t <= hi && (h.length === 0 || lessThan(t, tie, seq, h[0]!))) {
      this.now = t;
      return true;
    }
    this.push(this.pooledEvent(t, tie, seq, Ev.RUN, p, undefined));
    return false;
  }

  private push(e: Event): void {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const x = h[i]!;
      const y = h[parent]!;
      if (!less(x, y)) break;
      h[i] = y;
      h[parent] = x;
      i = parent;
    }
  }

  /** Move a pending event earlier, to t (not before now), keeping its tie-break key: the GC's
   *  mark phase ends sooner when assists do mark work (mgc.ts). */
  advance(e: Event, t: number): void {
    if (t < this.now) t = this.now;
    if (e.dead || t >= e.t) return;
    const h = this.heap;
    let i = h.indexOf(e);
    if (i < 0) return;
    e.t = t;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const x = h[i]!;
      const y = h[parent]!;
      if (!less(x, y)) break;
      h[i] = y;
      h[parent] = x;
      i = parent;
    }
  }

  /** The next live event, removed from the heap; undefined when nothing is left to happen. */
  next(): Event | undefined {
    const h = this.heap;
    while (h.length > 0) {
      const top = h[0]!;
      const last = h.pop()!;
      if (h.length > 0) {
        h[0] = last;
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < h.length && less(h[l]!, h[m]!)) m = l;
          if (r < h.length && less(h[r]!, h[m]!)) m = r;
          if (m === i) break;
          const x = h[i]!;
          h[i] = h[m]!;
          h[m] = x;
          i = m;
        }
      }
      if (!top.dead) return top;
      this.recycle(top);
    }
    return undefined;
  }

  pending(): number {
    return this.heap.filter((e) => !e.dead).length;
  }

  /** The time of the earliest event (a dead one may stand in: it only makes this earlier). */
  nextEventTime(): number {
    return this.heap.length > 0 ? this.heap[0]!.t : Infinity;
  }

  /** Will a syscall or C call have returned by t (its goroutine then wants a P back)? */
  syscallDueBy(t: number): boolean {
    return this.heap.some((e) => !e.dead && e.kind === Ev.SYSCALL && e.t <= t);
  }

  // ---- Goroutines ---------------------------------------------------------------------------

  /** Goroutines created so far (G.seq numbers them in creation order). */
  gcreated = 0;
  /** Parks on a concurrency primitive so far (gopark with waitOn): the partial-deadlock check
   *  (goroutineleak.ts) runs again only when it has moved. */
  leakParks = 0;
  /** -race: proc.go's randomizeScheduler. */
  randomizeScheduler = false;
  /** The run has a debugger or a race detector, which hear of every Go call: its goroutines
   *  are HookedGs (runtime2.ts). Set before the first goroutine is made. */
  funcenter = false;

  /** A new G struct (malg's new(g)), of the class the run's tools need. */
  private newG(goid: number): G {
    if (this.funcenter) return new HookedG(goid);
    const g = freeGs.pop();
    if (g === undefined) return new G(goid);
    // Recycled (G.recycle): as new but for its goid.
    g.goid = goid;
    return g;
  }

  /** newproc: create a G running body and put it in the current P's runnext. */
  newproc(body: G["gen"], pp: P | undefined, parent: G | undefined, startName: string): G {
    if (S.dbg !== null) S.dbg.hit("runtime.newproc", parent, startName);
    if (this.nlive >= this.limits.maxGoroutines) {
      throw new SimLimit("goroutines", `gort: goroutine limit exceeded (${this.limits.maxGoroutines} goroutines; raise it with --max-goroutines)`);
    }
    const g = this.gfget(pp) ?? this.malg(pp, this.newG(this.newgoid(pp)));
    g.gen = body;
    g.startName = startName;
    g.status = Gstatus._Grunnable;
    this.nlive++;
    g.seq = ++this.gcreated;
    g.group = parent?.group ?? 0;
    if (parent) {
      const f = parent.fr[parent.d]!;
      g.createdByFi = f.fi;
      g.createdByLine = f.l;
    }
    const tr = this.trace;
    if (tr !== undefined) tr.emit({ t: this.now, ev: "GoCreate", g: g.goid, parent: parent?.goid ?? 0, fn: startName, at: parent ? tr.site(parent) : null });
    if (pp) {
      this.runqput(pp, g, true);
      this.wakep();
    } else this.globrunqput(g);
    return g;
  }

  /** malg: a new G with its G struct and starting stack charged to the heap (the machine's
   *  memory hook), appended to allgs. */
  private malg(pp: P | undefined, g: G): G {
    this.memory?.malg(g, pp);
    g.allgsIndex = this.allgs.length;
    this.allgs.push(g);
    return g;
  }

  /** gfget: reuse a dead G's G struct, stack and allgs slot for a new goroutine, with a new
   *  goid and its other fields as a new G has them. The free list is LIFO, as a P's gFree is.
   *  The JS object is reused too (G.reuse), but for the main goroutine's: Sched.main still
   *  names it (checkdead reads its goexiting), so the new goroutine gets a new object. Nothing
   *  else holds a dead G: it waits on nothing, and the race detector keeps goids (RaceG). */
  private gfget(pp: P | undefined): G | undefined {
    const old = this.gFree.pop();
    if (old === undefined) return undefined;
    if (old !== this.main) {
      old.reuse(this.newgoid(pp));
      return old;
    }
    const g = this.newG(this.newgoid(pp));
    g.gaddr = old.gaddr;
    g.stacklo = old.stacklo;
    g.stacksize = old.stacksize;
    g.allgsIndex = old.allgsIndex;
    this.allgs[g.allgsIndex] = g;
    return g;
  }

  /** A goroutine id: from pp's batch of 16 (Go's _GoidCacheBatch), refilled from the global
   *  counter, so goroutines created on different Ps get ids from different ranges, as in Go. */
  newgoid(pp: P | undefined): number {
    if (!pp) return ++this.goidgen;
    if (pp.goidcache === pp.goidcacheend) {
      pp.goidcache = this.goidgen + 1;
      this.goidgen += 16;
      pp.goidcacheend = this.goidgen + 1;
    }
    return pp.goidcache++;
  }

  /** The runtime's own goroutines, which exist before main.main runs: forcegchelper (2),
   *  bgsweep (3) and bgscavenge (4). They wait forever in this model. */
  systemGoroutines(pp: P, finalizers: boolean): void {
    // Starting those goroutines (and the init goroutines before main.main) ran the scheduler
    // a few times on P0; without this, schedtick%61 == 0 would favour the global queue on the
    // first schedules of main.main's goroutines, which real Go does not do.
    pp.schedtick = 5;
    const n = finalizers ? systemGoroutines.length : 3;
    for (let i = 0; i < n; i++) {
      const sg = systemGoroutineRecords[i]!;
      const g = this.newG(this.newgoid(pp));
      g.system = true;
      g.status = Gstatus._Gwaiting;
      g.waitreason = sg.reason;
      // Their stacks, as GOTRACEBACK=system prints them (outermost first). The records are
      // shared by every run: these goroutines never run, so nothing moves their frames' lines.
      for (const r of sg.frames) g.push(-1).rt = r;
      g.createdByRuntime = sg.createdBy;
      this.malg(pp, g);
    }
  }

  /** The run is over: drop its goroutines, threads and events (Machine.dispose). */
  dispose(): void {
    for (const g of this.allgs) {
      // A plain G goes to freeGs for a later run's newG, with nothing of this run: as new.
      if (g.constructor === G && freeGs.length < maxFreeGs) {
        g.recycle();
        freeGs.push(g);
      } else g.dispose();
    }
    this.allgs.length = 0;
    this.gFree.length = 0;
    this.allm.length = 0;
    this.allp.length = 0;
    this.midle.length = 0;
    this.pidle.length = 0;
    this.runq.length = 0;
    this.heap.length = 0;
    this.freeEvents.length = 0;
  }

  /** A user goroutine has exited (goexit0): it stays in allgs, dead, as Go keeps dead Gs. */
  gdestroy(g: G): void {
    // Every call the goroutine made has run its deferred calls: no frame slot holds any (the
    // Frame.defers invariant, which lets push leave defers alone). Checked once per goroutine.
    for (let i = 1; i < g.fr.length; i++) assert(g.fr[i]!.defers === null, "gdestroy: a frame's defers outlived its call");
    g.status = Gstatus._Gdead;
    g.waitreason = "";
    g.gen = undefined;
    if (g.segs.length !== 0) g.segs.length = 0; // (setting a length calls into V8's runtime)
    g.startRoots = undefined;
    this.nlive--;
    // gfput: the next goroutine reuses its G struct, stack and allgs slot, so allgs (and host
    // memory) stay bounded by the most goroutines alive at once, as in Go.
    if (g.allgsIndex >= 0) {
      this.memory?.gfput(g);
      this.gFree.push(g);
    }
  }

  /** gopark: the current G stops running; the caller then yields PARK. waitOn: what a wait on
   *  a concurrency primitive waits for (G.waitOn), counted in leakParks. */
  gopark(gp: G, reason: string, waitOn?: unknown): void {
    if (S.dbg !== null) S.dbg.hit("runtime.gopark", gp, reason);
    gp.status = Gstatus._Gwaiting;
    gp.waitreason = reason;
    gp.waitOn = waitOn;
    if (waitOn !== undefined) this.leakParks++;
  }

  /** goready: make a waiting G runnable, in the readying P's runnext (Go's ready()). */
  goready(gp: G, pp: P | undefined, by: G | undefined): void {
    if (gp.status !== Gstatus._Gwaiting) throw new SimBug(`goready of G${gp.goid} in status ${gp.status}`);
    if (gp.leaked) throw new SimBug(`goready of G${gp.goid}, reported blocked forever (goroutineleak.ts)`);
    gp.status = Gstatus._Grunnable;
    // Fuzzing: which goroutines met here is coverage (cover.ts).
    if (S.cv !== null) S.cv[schedCounter(by?.startFi ?? -1, gp.startFi, gp.waitreason)]!++;
    // Go leaves gp.waitreason as it was until the G exits (goexit0 clears it); schedtrace's
    // G lines show that stale reason, as in "G1: status=2(chan receive)".
    gp.runnableSince = this.now;
    const tr = this.trace;
    if (tr !== undefined) tr.emit({ t: this.now, ev: "GoUnblock", g: gp.goid, by: by?.goid ?? 0, obj: tr.obj(gp.waitOn) });
    if (pp) this.runqput(pp, gp, true);
    else this.globrunqput(gp);
    this.wakep();
  }

  /** goyield (proc.go): the running G gives up its P but goes to the tail of the P's local
   *  run queue (Gosched would use the global queue); the caller then yields GOYIELD. */
  goyield(gp: G, pp: P): void {
    gp.status = Gstatus._Grunnable;
    this.runqput(pp, gp, false);
  }

  // ---- Run queues -----------------------------------------------------------------------------

  /** runqput: with next, gp goes to runnext and the old runnext to the tail. A full local
   *  queue moves half of itself plus gp to the global queue (runqputslow). */
  runqput(pp: P, gp: G, next: boolean): void {
    // Under -race, Go puts a new or readied goroutine in runnext only half the time, to shake
    // out schedule-dependent races (randomizeScheduler).
    if (next && this.randomizeScheduler && this.prng.intn(2, "runnext") === 0) next = false;
    if (next) {
      const old = pp.runnext;
      pp.runnext = gp;
      if (!old) return;
      gp = old;
    }
    if (pp.runqtail - pp.runqhead < 256) {
      pp.runq[pp.runqtail % 256] = gp;
      pp.runqtail++;
      return;
    }
    // runqputslow: move half of the local queue and gp to the global queue.
    const n = (pp.runqtail - pp.runqhead) >> 1;
    for (let i = 0; i < n; i++) {
      this.globrunqput(pp.runq[pp.runqhead % 256]!);
      pp.runqhead++;
    }
    this.globrunqput(gp);
  }

  /** runqget: runnext first, then the head of the local queue. inheritTime: from runnext. */
  runqget(pp: P): { g: G; inheritTime: boolean } | undefined {
    const next = pp.runnext;
    if (next) {
      pp.runnext = undefined;
      return { g: next, inheritTime: true };
    }
    if (pp.runqhead === pp.runqtail) return undefined;
    const g = pp.runq[pp.runqhead % 256]!;
    pp.runq[pp.runqhead % 256] = undefined;
    pp.runqhead++;
    return { g, inheritTime: false };
  }

  runqempty(pp: P): boolean {
    return pp.runqhead === pp.runqtail && !pp.runnext;
  }

  globrunqput(gp: G): void {
    this.runq.push(gp);
  }

  globrunqsize(): number {
    return this.runq.length - this.runqhead;
  }

  /** globrunqget: take a batch from the global queue into pp's local queue (Go's formula:
   *  n = min(len, len/gomaxprocs+1, max, half the local ring)). */
  globrunqget(pp: P, max: number): G | undefined {
    const size = this.globrunqsize();
    if (size === 0) return undefined;
    let n = Math.min(size, Math.floor(size / this.gomaxprocs) + 1);
    if (max > 0 && n > max) n = max;
    if (n > 128) n = 128;
    const gp = this.runq[this.runqhead++]!;
    for (let i = 1; i < n; i++) this.runqput(pp, this.runq[this.runqhead++]!, false);
    if (this.runqhead > 1024 && this.runqhead * 2 > this.runq.length) {
      this.runq.splice(0, this.runqhead);
      this.runqhead = 0;
    }
    return gp;
  }

  /** runqsteal: steal half of p2's local queue (and, in the last round, its runnext). */
  runqsteal(pp: P, p2: P, stealRunNext: boolean): G | undefined {
    const n = p2.runqtail - p2.runqhead;
    let take = n - (n >> 1);
    if (take === 0) {
      // Go steals runnext from a P in any status (it first sleeps 3µs if p2 is running, to let
      // p2 schedule its runnext itself: findRunnable models that sleep).
      if (stealRunNext && p2.runnext) {
        const g = p2.runnext;
        p2.runnext = undefined;
        return g;
      }
      return undefined;
    }
    const stolen: G[] = [];
    while (take-- > 0) {
      stolen.push(p2.runq[p2.runqhead % 256]!);
      p2.runq[p2.runqhead % 256] = undefined;
      p2.runqhead++;
    }
    const gp = stolen.pop()!;
    for (const g of stolen) this.runqput(pp, g, false);
    return gp;
  }

  /**
   * findRunnable (proc.go:2561), in Go's order: every 61st schedtick the global queue first;
   * the local queue; the global queue; stealing from other Ps in a random order (4 rounds, the
   * last one also stealing runnext; each round visits the Ps from a random start with a random
   * stride coprime to their number, as Go's stealOrder does). Timers are events in this model
   * (see TIMER). Go steals only while few Ms spin; this model always tries.
   */
  findRunnable(pp: P): { g: G; inheritTime: boolean } | undefined {
    pp.stealSleepUntil = 0;
    const r = this.findRunnable1(pp);
    // The search after a sleep has taken the runnext without sleeping again (or found other
    // work first); the next one may sleep again.
    pp.stealSlept = false;
    return r;
  }

  private findRunnable1(pp: P): { g: G; inheritTime: boolean } | undefined {
    if (pp.schedtick % 61 === 0 && this.globrunqsize() > 0) {
      const g = this.globrunqget(pp, 1);
      if (g) return { g, inheritTime: false };
    }
    const l = this.runqget(pp);
    if (l) return l;
    const g = this.globrunqget(pp, 0);
    if (g) return { g, inheritTime: false };
    const n = this.allp.length;
    const coprimes = stealCoprimes(n);
    for (let round = 0; round < 4; round++) {
      // stealOrder.start(fastrand()): a start and a stride coprime to n, from one random word.
      const r = this.prng.uint32("steal");
      const start = r % n;
      const inc = coprimes[Math.floor(r / n) % coprimes.length]!;
      for (let k = 0; k < n; k++) {
        const p2 = this.allp[(start + k * inc) % n]!;
        if (p2 === pp || p2.status === Pstatus._Pidle) continue;
        if (round === 3 && !pp.stealSlept && p2.status === Pstatus._Prunning && p2.runnext !== undefined && p2.runqhead === p2.runqtail) {
          // runqgrab's usleep(3) before it takes a running P's runnext: the search resumes
          // after it (Machine.schedule), and takes the runnext if it is still there.
          pp.stealSleepUntil = this.now + runnextStealSleepNs;
          return undefined;
        }
        const s = this.runqsteal(pp, p2, round === 3);
        if (s) {
          this.trace?.emit({ t: this.now, ev: "Steal", p: pp.id, from: p2.id, g: s.goid });
          return { g: s, inheritTime: false };
        }
      }
    }
    return undefined;
  }

  // ---- Ps and Ms --------------------------------------------------------------------------------

  /** pidleget: the most recently idled P (Go's pidle is a LIFO list). */
  pidleget(): P | undefined {
    return this.pidle.pop();
  }

  pidleput(pp: P): void {
    if (!this.runqempty(pp)) throw new SimBug("pidleput: P has non-empty run queue");
    pp.status = Pstatus._Pidle;
    pp.m = undefined;
    this.pidle.push(pp);
    this.trace?.emit({ t: this.now, ev: "ProcStop", p: pp.id });
  }

  newm(): M {
    const m = new M(this.allm.length);
    this.allm.push(m);
    return m;
  }

  /** mput: m parks on the idle list (stopm). */
  mput(m: M): void {
    if (m.spinning) throw new SimBug(`stopm: M${m.id} spinning`);
    m.p = undefined;
    m.curg = undefined;
    this.midle.push(m);
  }

  /** mget: an idle M, most recently parked first (Go's midle is a LIFO list). */
  mget(): M | undefined {
    return this.midle.pop();
  }

  /** wakep: if there is an idle P and no M is spinning, start a spinning M on an idle P. */
  wakep(): void {
    if (this.pidle.length === 0 || this.nmspinning !== 0) return;
    const pp = this.pidleget()!;
    this.startm(pp, true);
  }

  /** resetspinning: a spinning M found work; it stops spinning and wakes another M, so that
   *  wake-ups chain while there is work to steal (proc.go's resetspinning). */
  resetspinning(m: M): void {
    if (!m.spinning) throw new SimBug(`resetspinning: M${m.id} not spinning`);
    m.spinning = false;
    if (--this.nmspinning < 0) throw new SimBug("resetspinning: negative nmspinning");
    this.wakep();
  }

  /** A spinning M found nothing: it stops spinning before it parks. */
  stopspinning(m: M): void {
    if (!m.spinning) return;
    m.spinning = false;
    if (--this.nmspinning < 0) throw new SimBug("stopspinning: negative nmspinning");
  }

  /** startm: give pp an M (an idle one, else a new one) and let it look for work at the
   *  current time plus the wake-up latency of a parked thread. */
  startm(pp: P, spinning = false): void {
    const m = this.mget() ?? this.newm();
    m.p = pp;
    pp.m = m;
    pp.status = Pstatus._Prunning;
    m.spinning = spinning;
    if (spinning) this.nmspinning++;
    this.trace?.emit({ t: this.now, ev: "ProcStart", p: pp.id, m: m.id });
    this.post(this.now + this.wakeLatency(), Ev.RUN, pp);
    this.wakeSysmon();
  }

  /** How long an idle P takes to start running after wakep: a quarter of the time an M is still
   *  spinning and takes the work within a microsecond; otherwise a parked thread is woken through
   *  a futex, which takes from a few to tens of microseconds. */
  wakeLatency(): number {
    if (this.prng.intn(4, "wake") === 0) return 300 + this.prng.intn(1_200, "wake");
    return 3_000 + this.prng.intn(37_000, "wake");
  }

  /**
   * handoffp (proc.go:2354): a P leaves a syscalling M. Start an M for it if it or the global
   * queue has work; start a spinning M if no M spins and no P is idle (someone must steal from
   * the busy Ps); otherwise idle it. A P whose only work is timers goes idle too: its TIMER
   * event wakes it (Go wakes the netpoller for them).
   */
  handoffp(pp: P): void {
    if (S.dbg !== null) S.dbg.hit("runtime.handoffp", undefined, pp);
    pp.m = undefined;
    if (!this.runqempty(pp) || this.globrunqsize() > 0) {
      this.trace?.emit({ t: this.now, ev: "HandoffP", p: pp.id, to: "startm" });
      this.startm(pp, false);
      return;
    }
    if (this.nmspinning + this.pidle.length === 0) {
      this.trace?.emit({ t: this.now, ev: "HandoffP", p: pp.id, to: "spinning" });
      this.startm(pp, true);
      return;
    }
    this.trace?.emit({ t: this.now, ev: "HandoffP", p: pp.id, to: "idle" });
    this.pidleput(pp);
  }

  /** The goroutine whose syscall holds pp (for the trace's Retake), 0 if none is found. */
  private syscallG(pp: P): number {
    for (const g of this.allgs) if (g.status === Gstatus._Gsyscall && g.m?.oldp === pp) return g.goid;
    return 0;
  }

  // ---- Syscalls and cgo calls -----------------------------------------------------------------

  /** entersyscall: the G keeps its M, the P stays attached but in _Psyscall. */
  entersyscall(gp: G, pp: P): void {
    if (S.dbg !== null) S.dbg.hit("runtime.entersyscall", gp, pp);
    gp.status = Gstatus._Gsyscall;
    gp.syscallWhen = this.now;
    pp.status = Pstatus._Psyscall;
    pp.syscalltick++;
    gp.syscalltick = pp.syscalltick;
    gp.m!.oldp = pp;
    gp.m!.p = undefined;
    pp.m = undefined;
    this.wakeSysmon();
  }

  /**
   * exitsyscall: the fast path re-takes the old P if it is still in _Psyscall with the same
   * syscalltick, or takes an idle P (acquirep, which flushes a stale mcache); otherwise the G
   * goes to the global queue and its M parks (exitsyscall0). Returns the P or undefined.
   */
  exitsyscall(gp: G, acquirep: (pp: P) => void): P | undefined {
    gp.waitsince = 0;
    const m = gp.m!;
    const oldp = m.oldp;
    m.oldp = undefined;
    if (oldp && oldp.status === Pstatus._Psyscall && oldp.syscalltick === gp.syscalltick) {
      oldp.status = Pstatus._Prunning;
      oldp.m = m;
      m.p = oldp;
      gp.status = Gstatus._Grunning;
      this.trace?.emit({ t: this.now, ev: "GoSysExit", g: gp.goid, p: oldp.id, fast: true });
      return oldp;
    }
    const pp = this.pidleget();
    if (pp) {
      pp.status = Pstatus._Prunning;
      pp.m = m;
      m.p = pp;
      acquirep(pp);
      gp.status = Gstatus._Grunning;
      this.trace?.emit({ t: this.now, ev: "GoSysExit", g: gp.goid, p: pp.id, fast: false });
      return pp;
    }
    gp.status = Gstatus._Grunnable;
    gp.m = undefined;
    this.trace?.emit({ t: this.now, ev: "GoSysExit", g: gp.goid, p: -1, fast: false });
    this.globrunqput(gp);
    this.mput(m);
    return undefined;
  }

  // ---- sysmon -----------------------------------------------------------------------------------

  /** Make sure sysmon has a pending wake-up (Go's sysmon sleeps when there is nothing to do). */
  wakeSysmon(): void {
    if (this.sysmonPending && !this.sysmonPending.dead) return;
    this.sysmonIdle = 0;
    this.sysmonDelay = sysmonMinDelay;
    this.sysmonPending = this.post(this.now + this.sysmonDelay, Ev.SYSMON);
  }

  /** One sysmon iteration: retake Ps, then sleep 20µs doubling up to 10ms after 50 idle rounds. */
  sysmon(preemptone: (pp: P) => void): void {
    this.sysmonPending = undefined;
    const retook = this.retake(preemptone);
    if (retook) this.sysmonIdle = 0;
    else this.sysmonIdle++;
    if (this.sysmonIdle === 0) this.sysmonDelay = sysmonMinDelay;
    else if (this.sysmonIdle > 50) this.sysmonDelay = Math.min(this.sysmonDelay * 2, sysmonMaxDelay);
    this.sysmonHook?.();
    // Go's sysmon sleeps deeply when every P is idle, unless schedtrace is on.
    let busy = false;
    for (const p of this.allp) if (p.status === Pstatus._Prunning || p.status === Pstatus._Psyscall) busy = true;
    if (busy || this.sysmonHook) {
      this.sysmonPending = this.post(this.now + this.sysmonDelay, Ev.SYSMON);
      return;
    }
    // Go's deep sleep lasts at most forcegcperiod/2, so that forcegc still runs.
    const deep = this.sysmonDeepSleep?.ns() ?? 0;
    if (deep > 0) this.sysmonPending = this.post(this.now + deep, Ev.SYSMON);
  }

  /** How long sysmon's deep sleep lasts when the forcegc check matters (0: until woken). An
   *  object holding the machine's function, not the function itself: a run's closure stored
   *  in a field declared undefined kept every run's machine alive through V8's young-generation
   *  collections (measured: 32 KB of each run of an empty program survived until the next full
   *  collection, and the collector took a third of a --runs campaign). */
  sysmonDeepSleep: { ns(): number } | undefined;

  /**
   * retake (proc.go:5291): preempt Gs that have run for 10ms, and take Ps away from syscalls.
   * A P in a syscall is retaken from the second sysmon tick that sees its syscalltick on (or at
   * once if its schedtick has not moved for 10ms: Go's sysretake), unless its local queue is
   * empty, some M spins or some P is idle, and the syscall has lasted less than 10ms.
   */
  retake(preemptone: (pp: P) => void): number {
    let n = 0;
    const now = this.now;
    for (const pp of this.allp) {
      const s = pp.status;
      let sysretake = false;
      if (s === Pstatus._Prunning || s === Pstatus._Psyscall) {
        if (pp.sysmonSchedtick !== pp.schedtick) {
          pp.sysmonSchedtick = pp.schedtick;
          pp.sysmonSchedwhen = now;
        } else if (pp.sysmonSchedwhen + forcePreemptNS <= now) {
          // For a P in a syscall preemptone does nothing: no M is wired to the P.
          if (s === Pstatus._Prunning) preemptone(pp);
          sysretake = true;
        }
      }
      if (s !== Pstatus._Psyscall) continue;
      if (!sysretake && pp.sysmonSyscalltick !== pp.syscalltick) {
        pp.sysmonSyscalltick = pp.syscalltick;
        pp.sysmonSyscallwhen = now;
        continue;
      }
      const spinningOrIdle = this.nmspinning + this.pidle.length > 0;
      if (this.runqempty(pp) && spinningOrIdle && pp.sysmonSyscallwhen + 10_000_000 > now) continue;
      pp.status = Pstatus._Pidle;
      pp.syscalltick++;
      n++;
      this.trace?.emit({ t: now, ev: "Retake", p: pp.id, g: this.syscallG(pp) });
      this.handoffp(pp);
    }
    return n;
  }

  // ---- procresize -------------------------------------------------------------------------------

  /** Ps a shrink destroyed, kept for a later grow to reuse (Go keeps them in allp's capacity). */
  private readonly deadp: P[] = [];
  /** proc.go's iscgo: the program uses cgo (checkdead). Last, as a new machine field goes. */
  iscgo = false;
  /** cgocall.go's ncgocall (with every M's): the calls into C so far, runtime.NumCgoCall. A cgo
   *  program's runtime makes one before main (_cgo_notify_runtime_init_done). */
  ncgocall = 0;

  /**
   * procresize (proc.go:4900) for runtime.GOMAXPROCS(nprocs), with the world stopped by the
   * caller (stopTheWorldGC "GOMAXPROCS"), which runs on cur. Stopping the world preempts the
   * goroutine of every other running P into the global queue. A grow adds Ps (their mcaches
   * from hooks.newP); a shrink destroys the last ones (p.destroy): their run queues go to the
   * head of the global queue, their timers to the P the caller continues on, their mcaches
   * are flushed (hooks.destroyP), and a goroutine in a syscall that held one finds it dead on
   * exitsyscall. The caller keeps cur if it survives, else takes allp[0]. The other Ps start
   * again as startTheWorld does: an M for each with local work, idle otherwise, and a spinning
   * M for the global queue. Returns the caller's P; when it is not cur, the caller's M moved to
   * it and the machine schedules its RUN event.
   */
  procresize(nprocs: number, cur: P, hooks: { newP(pp: P): void; destroyP(pp: P): void }): P {
    const old = this.allp.length;
    this.trace?.emit({ t: this.now, ev: "Gomaxprocs", n: nprocs });
    for (const pp of this.allp) if (pp !== cur) this.stopP(pp);
    this.pidle.length = 0;
    for (let i = old; i < nprocs; i++) {
      const pp = this.deadp[i] ?? new P(i);
      this.deadp[i] = undefined as unknown as P;
      pp.status = Pstatus._Pgcstop;
      hooks.newP(pp);
      this.allp.push(pp);
    }
    let me = cur;
    if (cur.id >= nprocs) {
      me = this.allp[0]!;
      const m = cur.m!;
      this.killEvents(cur, Ev.RUN);
      cur.m = undefined;
      m.p = me;
      me.m = m;
      me.status = Pstatus._Prunning;
    }
    for (let i = nprocs; i < old; i++) this.destroyP(this.allp[i]!, me, hooks);
    this.allp.length = nprocs;
    this.gomaxprocs = nprocs;
    for (let i = nprocs - 1; i >= 0; i--) {
      const pp = this.allp[i]!;
      if (pp === me || pp.status === Pstatus._Psyscall) continue;
      if (this.runqempty(pp)) this.pidleput(pp);
      else this.startm(pp, false);
    }
    if (this.globrunqsize() > 0) this.wakep();
    return me;
  }

  /** stopTheWorld's effect on one P: its running goroutine is preempted to the global queue. */
  private stopP(pp: P): void {
    if (pp.status !== Pstatus._Prunning) {
      if (pp.status === Pstatus._Pidle) pp.status = Pstatus._Pgcstop;
      return;
    }
    this.killEvents(pp, Ev.RUN);
    const m = pp.m!;
    const g = m.curg;
    if (g !== undefined) {
      g.status = Gstatus._Grunnable;
      g.m = undefined;
      m.curg = undefined;
      this.trace?.emit({ t: this.now, ev: "GoPreempt", g: g.goid, p: pp.id });
      this.globrunqput(g);
    }
    if (m.spinning) this.stopspinning(m);
    m.p = undefined;
    pp.m = undefined;
    pp.status = Pstatus._Pgcstop;
    this.trace?.emit({ t: this.now, ev: "ProcStop", p: pp.id });
    this.mput(m);
  }

  /** p.destroy: a P past the new GOMAXPROCS gives up its goroutines, timers and mcache. */
  private destroyP(pp: P, to: P, hooks: { destroyP(pp: P): void }): void {
    const gs: G[] = [];
    if (pp.runnext !== undefined) gs.push(pp.runnext);
    pp.runnext = undefined;
    for (let r = this.runqget(pp); r !== undefined; r = this.runqget(pp)) gs.push(r.g);
    // globrunqputhead, last first, so that the queue keeps their order ahead of the rest.
    for (let i = gs.length - 1; i >= 0; i--) this.runq.splice(this.runqhead, 0, gs[i]!);
    this.killEvents(pp, Ev.TIMER);
    pp.timerWakeAt = 0;
    for (const t of pp.timers.splice(0)) {
      t.i = -1;
      this.addtimer(to, t);
    }
    hooks.destroyP(pp);
    if (pp.status === Pstatus._Psyscall) pp.m = undefined;
    pp.status = Pstatus._Pdead;
    this.deadp[pp.id] = pp;
  }

  /** Cancel pp's pending events of one kind (a resize moves what they would act on). */
  private killEvents(pp: P, kind: Ev): void {
    for (const e of this.heap) if (e.p === pp && e.kind === kind) e.dead = true;
  }

  // ---- Timers -------------------------------------------------------------------------------------

  /** addtimer: put t on pp's heap; schedule the P's TIMER event if t is now its earliest. */
  addtimer(pp: P, t: Timer): void {
    t.seq = this.timerSeq++;
    t.pp = pp;
    const h = pp.timers;
    h.push(t);
    t.i = h.length - 1;
    siftupTimer(h, t.i);
    // runtimers schedules the P's next check itself when it is done.
    if (h[0] === t && this.runningTimers !== pp) this.post(t.when, Ev.TIMER, pp);
  }

  /** deltimer: remove t from its heap. Returns whether it was pending. Removing the earliest
   *  timer schedules the P's TIMER event for the next one, as addtimer does for a new earliest
   *  one: the event already pending is for the removed timer's time, and finds nothing due
   *  then (a Stop or Reset of the earliest timer lost the wake-up of every later one). */
  deltimer(t: Timer): boolean {
    const pp = t.pp;
    if (!pp || t.i < 0) return false;
    const h = pp.timers;
    const i = t.i;
    const last = h.pop()!;
    if (i < h.length) {
      h[i] = last;
      last.i = i;
      siftdownTimer(h, i);
      siftupTimer(h, last.i);
    }
    t.i = -1;
    t.pp = undefined;
    if (i === 0 && h.length > 0 && this.runningTimers !== pp) this.post(h[0]!.when, Ev.TIMER, pp);
    return true;
  }

  /**
   * runtimer: run every timer of pp that is due at now. A P that ran timers checks them again
   * only after timerLoopNs, the time Go's scheduler takes to come back to checkTimers: so a
   * 1 ns Ticker fires about once a microsecond, as on real hardware (a periodic timer skips the
   * ticks it missed, as runOneTimer does), rather than once per simulated nanosecond.
   */
  runtimers(pp: P): void {
    const h = pp.timers;
    let ran = 0;
    this.runningTimers = pp;
    try {
      while (h.length > 0 && h[0]!.when <= this.now) {
        const t = h[0]!;
        this.deltimer(t);
        this.trace?.emit({ t: this.now, ev: "TimerFire", p: pp.id });
        if (t.period > 0) {
          t.when += t.period * Math.max(1, Math.ceil((this.now - t.when + 1) / t.period));
          this.addtimer(pp, t);
        }
        ran++;
        t.f(this.now);
      }
    } finally {
      this.runningTimers = undefined;
    }
    if (h.length > 0) this.post(Math.max(h[0]!.when, ran > 0 ? this.now + timerLoopNs : 0), Ev.TIMER, pp);
  }

  /** Could a goroutine other than g, on P pp, act while g's thread stalls for up to window ns:
   *  a goroutine queued anywhere, another P running one (or its M searching), or a pending
   *  event within the window but sysmon's and g's own P's (a timer, a syscall's return, the
   *  GC; not a test binary's -timeout alarm, minutes away). Exploration asks about a stall
   *  only then (Machine.stall). */
  othersCanAct(pp: P | undefined, window: number): boolean {
    if (this.globrunqsize() > 0) return true;
    for (const p2 of this.allp) {
      if (!this.runqempty(p2)) return true;
      if (p2 !== pp && p2.status === Pstatus._Prunning) return true;
    }
    const until = this.now + window;
    for (const e of this.heap) {
      if (!e.dead && e.t <= until && e.kind !== Ev.SYSMON && !(e.kind === Ev.RUN && e.p === pp)) return true;
    }
    return false;
  }

  nextTimerWhen(): number {
    let w = Infinity;
    for (const pp of this.allp) if (pp.timers.length > 0) w = Math.min(w, pp.timers[0]!.when);
    return w;
  }

  // ---- checkdead --------------------------------------------------------------------------------

  /**
   * checkdead (proc.go:5017): called when nothing can run. If some G is in a syscall, or a timer
   * is pending, time will move on. Otherwise, if goroutines remain, it is a deadlock.
   */
  checkdead(): void {
    for (const g of this.allgs) if (g.status === Gstatus._Gsyscall) return;
    if (this.nextTimerWhen() < Infinity) return;
    // In a cgo program Go's checkdead counts cgo's extra M as running and reports nothing: the
    // process waits forever. gort ends the run there as a limit, with every goroutine's stack.
    if (this.iscgo) {
      throw new SimLimit("hang", "gort: every goroutine is blocked and nothing can wake one; Go 1.19 reports no deadlock " +
        "in a cgo program (checkdead counts cgo's extra M as running), so the real program would hang here");
    }
    // checkdead is rare: it scans the goroutines rather than trusting a counter.
    const live = this.allgs.some((g) => g.status !== Gstatus._Gdead && !g.system);
    if (this.main && this.main.goexiting && !live) {
      throw new Deadlock("no goroutines (main called runtime.Goexit) - deadlock!", "fatal");
    }
    throw new Deadlock("all goroutines are asleep - deadlock!", "fatal");
  }
}

/** The strides of Go's randomOrder for n Ps: the numbers in 1..n coprime to n (a cache of
 *  arithmetic, the same for every machine). */
const coprimeCache = new Map<number, number[]>();
function stealCoprimes(n: number): number[] {
  let c = coprimeCache.get(n);
  if (!c) {
    c = [];
    for (let i = 1; i <= n; i++) if (gcd(i, n) === 1) c.push(i);
    coprimeCache.set(n, c);
  }
  return c;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

const goroot = "/usr/lib/go-1.19/src";
type Loc = [string, string, number];
const park: Loc[] = [["runtime.goparkunlock", "runtime/proc.go", 369], ["runtime.gopark", "runtime/proc.go", 363]];

/** The runtime goroutines that exist before main.main, with the stacks Go 1.19 shows for them
 *  (forcegchelper, bgsweep, bgscavenge, and runfinq once os has set a finalizer). */
const systemGoroutines: { reason: string; frames: Loc[]; createdBy: Loc }[] = [
  { reason: waitReason.forceGCIdle, frames: [["runtime.forcegchelper", "runtime/proc.go", 302], ...park], createdBy: ["runtime.init.6", "runtime/proc.go", 290] },
  { reason: waitReason.gcSweepWait, frames: [["runtime.gcenable.func1", "runtime/mgc.go", 178], ["runtime.bgsweep", "runtime/mgcsweep.go", 278], ...park], createdBy: ["runtime.gcenable", "runtime/mgc.go", 178] },
  { reason: waitReason.gcScavengeWait, frames: [["runtime.gcenable.func2", "runtime/mgc.go", 179], ["runtime.bgscavenge", "runtime/mgcscavenge.go", 617], ["runtime.(*scavengerState).park", "runtime/mgcscavenge.go", 389], ...park], createdBy: ["runtime.gcenable", "runtime/mgc.go", 179] },
  { reason: waitReason.finalizerWait, frames: [["runtime.runfinq", "runtime/mfinal.go", 180], ...park], createdBy: ["runtime.createfing", "runtime/mfinal.go", 157] },
];

/** systemGoroutines with their frames as runtime pseudo-frame records (G.pushRuntime's), made
 *  once: every run starts these goroutines. */
const systemGoroutineRecords = systemGoroutines.map((sg) => {
  const rec = ([name, file, line]: Loc): { name: string; file: string; line: number } => ({ name, file: `${goroot}/${file}`, line });
  return { reason: sg.reason, frames: sg.frames.map(rec), createdBy: rec(sg.createdBy) };
});

function less(a: Event, b: Event): boolean {
  return lessThan(a.t, a.tie, a.seq, b);
}

/** Would an event (t, tie, seq) be popped before b? */
function lessThan(t: number, tie: number, seq: number, b: Event): boolean {
  if (t !== b.t) return t < b.t;
  if (tie !== b.tie) return tie < b.tie;
  return seq < b.seq;
}

function timerLess(a: Timer, b: Timer): boolean {
  return a.when < b.when || (a.when === b.when && a.seq < b.seq);
}

function siftupTimer(h: Timer[], i: number): void {
  while (i > 0) {
    const p = (i - 1) >> 1;
    const x = h[i]!;
    const y = h[p]!;
    if (!timerLess(x, y)) break;
    h[i] = y;
    h[p] = x;
    y.i = i;
    x.i = p;
    i = p;
  }
}

function siftdownTimer(h: Timer[], i: number): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < h.length && timerLess(h[l]!, h[m]!)) m = l;
    if (r < h.length && timerLess(h[r]!, h[m]!)) m = r;
    if (m === i) return;
    const x = h[i]!;
    const y = h[m]!;
    h[i] = y;
    h[m] = x;
    y.i = i;
    x.i = m;
    i = m;
  }
}
