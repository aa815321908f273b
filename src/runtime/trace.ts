// The event stream of a run: what the scheduler, the garbage collector and the runtime's
// concurrency checks did, and when, for `--trace`, `--timeline` and `--explain` (src/trace/).
//
// Models Go 1.19's runtime/trace.go. Events keep the names of its traceEv constants without the
// prefix (traceEvGoCreate is "GoCreate"); Go's several GoBlock events (GoBlockSend, GoBlockRecv,
// GoBlockSync, GoSleep...) are one GoBlock that carries the wait reason, as the goroutine dump
// prints it. Events Go's tracer does not have are gort's own and say so: Retake and HandoffP
// (sysmon taking a P from a syscall), Steal, MapWrite (a map's write window: hashWriting set and
// cleared), Race (a race report), WhatIf (a step of a what-if model, whatif.ts) and Fail (how the run ended).
//
// Terms:
//   - A slice is what a goroutine runs between two yields (machine.ts). An event that happens
//     inside a slice carries the slice's start time; the event that ends the goroutine's turn on
//     its P (GoBlock, GoSched, GoPreempt, GoSysCall, GoEnd) carries the slice's end, since the
//     machine only knows the slice's modelled cost once it has yielded.
//   - An object (a channel, a mutex, a map) is named by a small id, in order of first mention;
//     objects[id] says what it is and its address.
//
// Invariants (trace.test.ts checks them on real runs):
//   - Per goroutine and per P, events are in time order as emitted: emit raises an event's time
//     to the last one of its goroutine and of its P (the slice-end stamp can pass a wake-up that
//     another P recorded at its own slice's start).
//   - sorted() is a stable sort by time, so per-goroutine and per-P order survive it.
//   - A goroutine's life is bracketed: GoCreate first (but for the main goroutine, created
//     before tracing starts), GoEnd last if it ended.
//
// Cost: recording is off unless RunOptions.trace asks for it. Every call site tests the
// Sched's trace (or S.tr on the runtime's hot paths) before building an event, so a run that
// does not record allocates nothing for it. maxTraceEvents bounds the stream; beyond it events
// are counted in dropped, not stored.
//
// Simplifications: no stacks on most events (Go's tracer records one per block and create):
// GoCreate, GoBlock and MapWrite carry the innermost frame of user code, which is what the
// explanation and the timeline show. No per-M events: ProcStart says which M runs the P.

import type { G, FuncInfo } from "./runtime2.js";
import { frameFunc } from "./traceback.js";

/** A place in the program: a function and the line it stands at. */
export interface Site {
  readonly fn: string;
  readonly file: string;
  readonly line: number;
}

/** What an object id stands for: "chan", "mutex" (any semaphore's object), "map", "other". */
interface TraceObject {
  kind: string;
  /** The object's heap address, or 0 when the model does not give it one. */
  readonly addr: number;
}

type T = { t: number };
export type TraceEvent = T & (
  | { ev: "ProcStart"; p: number; m: number }
  | { ev: "ProcStop"; p: number }
  | { ev: "Gomaxprocs"; n: number }
  | { ev: "GoCreate"; g: number; parent: number; fn: string; at: Site | null }
  | { ev: "GoStart"; g: number; p: number; m: number }
  | { ev: "GoEnd"; g: number; p: number }
  | { ev: "GoSched"; g: number; p: number }
  | { ev: "GoPreempt"; g: number; p: number }
  | { ev: "GoBlock"; g: number; p: number; reason: string; obj: number; at: Site | null }
  | { ev: "GoUnblock"; g: number; by: number; obj: number }
  | { ev: "GoSysCall"; g: number; p: number; m: number; name: string }
  /** p is the P the goroutine runs on after the call, -1 when it found none (global queue). */
  | { ev: "GoSysExit"; g: number; p: number; fast: boolean }
  /** sysmon took P p from goroutine g's syscall (retake); HandoffP follows. */
  | { ev: "Retake"; p: number; g: number }
  /** handoffp: what became of a P taken from a syscall. */
  | { ev: "HandoffP"; p: number; to: "startm" | "spinning" | "idle" }
  | { ev: "Steal"; p: number; from: number; g: number }
  | { ev: "TimerFire"; p: number }
  | { ev: "GCStart"; n: number }
  | { ev: "GCSTWStart"; kind: "sweep termination" | "mark termination" }
  | { ev: "GCSTWDone" }
  | { ev: "GCDone" }
  /** The background sweeper's work after a cycle (bgsweep), until every span is swept. */
  | { ev: "GCSweepStart" }
  | { ev: "GCSweepDone" }
  | { ev: "GCMarkAssistStart"; g: number }
  | { ev: "GCMarkAssistDone"; g: number }
  | { ev: "HeapAlloc"; bytes: number }
  | { ev: "HeapGoal"; bytes: number }
  /** A map's write window opened (begin) or closed by goroutine g in runtime function fn. */
  /** A map's write window opened (begin) or closed by goroutine g in runtime function fn; tid
   *  and clk: g's happens-before thread and epoch then (race.ts), -1 without clocks. */
  | { ev: "MapWrite"; g: number; map: number; fn: string; begin: boolean; at: Site | null; tid: number; clk: number }
  /** Goroutine g operated on a channel, a sync.Mutex or a WaitGroup (op: "send", "receive",
   *  "close", "lock" once acquired, "unlock", "add", "done"): who uses what, for the
   *  explanation of a deadlock. */
  | { ev: "Sync"; g: number; obj: number; op: string; at: Site | null }
  /** -race: an instrumented access by goroutine g to field or element key of object obj. */
  | { ev: "RaceAccess"; g: number; obj: number; key: string; write: boolean; at: Site | null }
  /** A race report (race.ts): goroutine g's access at `at` and goroutine other's earlier one at
   *  prev, to the address addr, unordered by happens-before. */
  | { ev: "Race"; g: number; other: number; write: boolean; prevWrite: boolean; addr: string; at: Site; prev: Site }
  /** The map whose concurrent-use check is about to throw (map.ts mapFatal): Fail follows. */
  | { ev: "MapFail"; g: number; map: number; fn: string }
  /** A step of a what-if model (runtime/whatif.ts, `--model stale-mcache`): goroutine g on M m
   *  and P p; owner is the P whose mcache is used; for a slot handed out twice (double,
   *  corrupt), addr is the slot, other the goroutine that got it too and otherP its P. */
  | { ev: "WhatIf"; step: "keep" | "stale" | "double" | "corrupt"; g: number; m: number; p: number; owner: number; addr: number; other: number; otherP: number }
  /** How the run ended: the failing goroutine (0 for a deadlock), the outcome line, where it
   *  stood, and its vector clock (vc[tid] is its own epoch), null without clocks. */
  | { ev: "Fail"; g: number; text: string; at: Site | null; vc: number[] | null; tid: number }
);

/** The most events a trace keeps: about 200 MB of host memory. */
const maxTraceEvents = 2_000_000;

export class Trace {
  private readonly evs: TraceEvent[] = [];
  /** Events beyond maxTraceEvents, counted and not kept. */
  dropped = 0;
  private readonly gLast = new Map<number, number>();
  private readonly pLast: number[] = [];
  private readonly ids = new Map<unknown, number>();
  /** objects[id - 1] describes object id. */
  readonly objects: TraceObject[] = [];
  /** The goroutines' start functions by goid (GoCreate's fn, and main's). */
  readonly names = new Map<number, string>([[1, "main.main"]]);

  constructor(
    private readonly funcs: { funcInfo(fi: number): FuncInfo | undefined },
    /** The time of an event inside the running slice: the slice's start. */
    readonly clock: () => number,
  ) {}

  /** Goroutine g operates on a channel or a mutex (chan.ts, sync.ts). */
  sync(g: G, o: object, op: string): void {
    const kind = op === "lock" || op === "unlock" ? "mutex" : op === "add" || op === "done" || op === "pass" ? "WaitGroup" : op === "signal" || op === "broadcast" ? "cond" : "chan";
    this.emit({ t: this.clock(), ev: "Sync", g: g.goid, obj: this.obj(o, kind), op, at: this.site(g) });
  }

  /** -race: goroutine g reads or writes o[k] (race.ts). */
  raceAccess(g: G, o: object, k: string | number, write: boolean): void {
    this.emit({ t: this.clock(), ev: "RaceAccess", g: g.goid, obj: this.obj(o, "var"), key: String(k), write, at: this.site(g) });
  }

  /** A map's write window opens (begin) or closes, in goroutine g (map.ts). */
  mapWrite(g: G, h: object, fn: string, begin: boolean): void {
    const rg = g.race;
    const tid = rg?.tid ?? -1;
    this.emit({ t: this.clock(), ev: "MapWrite", g: g.goid, map: this.obj(h, "map"), fn, begin, at: this.site(g), tid, clk: rg?.vc[tid] ?? -1 });
  }

  /** Record e, its time raised to its goroutine's and its P's last event. */
  emit(e: TraceEvent): void {
    if (this.evs.length >= maxTraceEvents) {
      this.dropped++;
      return;
    }
    const g = (e as { g?: number }).g;
    const p = (e as { p?: number }).p;
    if (g !== undefined) e.t = Math.max(e.t, this.gLast.get(g) ?? 0);
    if (p !== undefined && p >= 0) e.t = Math.max(e.t, this.pLast[p] ?? 0);
    if (g !== undefined) this.gLast.set(g, e.t);
    if (p !== undefined && p >= 0) this.pLast[p] = e.t;
    if (e.ev === "GoCreate") this.names.set(e.g, e.fn);
    else if (e.ev === "GoBlock" || e.ev === "GoSched" || e.ev === "GoPreempt" || e.ev === "GoSysCall" || e.ev === "GoEnd") {
      if (e.t > this.sliceEnd) this.sliceEnd = e.t;
    }
    this.evs.push(e);
  }

  /** The latest end of a goroutine's slice recorded so far. */
  private sliceEnd = 0;

  /** The world stops at t until end (mgc.ts): the stop is recorded once every slice already
   *  under way has ended (the machine starts a cycle at the event's time, while the slice that
   *  asked for it is charged after it; Go's stopTheWorld waits for running goroutines the same
   *  way), and never after the end. */
  stopTheWorld(t: number, end: number, kind: "sweep termination" | "mark termination"): void {
    this.emit({ t: Math.min(Math.max(t, this.sliceEnd), end), ev: "GCSTWStart", kind });
    this.emit({ t: end, ev: "GCSTWDone" });
  }

  /** The id of object o (1, 2, ... in order of first mention), 0 for none. An array (a
   *  select's channels) is named by its first element. */
  obj(o: unknown, kind?: string): number {
    if (Array.isArray(o)) o = o[0];
    if (o === undefined || o === null || typeof o !== "object") return 0;
    let id = this.ids.get(o);
    // A mutex first met as a semaphore's object ("sync") learns its kind at its first lock.
    if (id !== undefined && kind !== undefined && this.objects[id - 1]!.kind === "sync") this.objects[id - 1]!.kind = kind;
    if (id === undefined) {
      const addr = (o as { $addr?: unknown }).$addr;
      this.objects.push({ kind: kind ?? kindOf(o), addr: typeof addr === "number" ? addr : 0 });
      id = this.objects.length;
      this.ids.set(o, id);
    }
    return id;
  }

  /** The innermost frame of g's stack that is the program's own code (not the runtime's). */
  site(g: G): Site | null {
    for (let d = Math.min(g.d, g.fr.length - 1); d >= 1; d--) {
      const f = g.fr[d]!;
      if (f.fi < 0) continue; // a runtime pseudo-frame
      const ff = frameFunc(this.funcs, f);
      if (ff !== undefined) return { fn: ff.name, file: ff.file, line: ff.line };
    }
    return null;
  }

  /** The events in time order (a stable sort: per goroutine and per P, emission order). */
  sorted(): TraceEvent[] {
    return this.evs.slice().sort((a, b) => a.t - b.t);
  }

  get length(): number {
    return this.evs.length;
  }

  /** The trace as plain data (RunResult.trace), which a worker thread can post. */
  data(): TraceData {
    return { events: this.sorted(), objects: this.objects.slice(), names: [...this.names], dropped: this.dropped };
  }
}

/** A finished trace as plain data: events in time order, objects[id - 1] for object id, and
 *  the goroutines' start functions as [goid, name] pairs. */
export interface TraceData {
  events: TraceEvent[];
  objects: TraceObject[];
  names: [number, string][];
  dropped: number;
}

/** What kind of object a wait is on, from the model's classes. */
function kindOf(o: object): string {
  const c = o.constructor?.name ?? "";
  if (c === "HChan") return "chan";
  if (c === "Hmap") return "map";
  return "sync";
}
