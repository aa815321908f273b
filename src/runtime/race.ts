// The race detector: happens-before over every instrumented access, with Go 1.19's reports.
//
// Models Go 1.19's runtime/race.go (raceread, racewrite, raceacquire, racerelease,
// racereleasemerge, racegostart, racefini) and the ThreadSanitizer v3 runtime behind it
// (tsan_rtl: vector clocks, shadow cells, report deduplication, the GORACE flags).
//
// Terms:
//   - A thread is TSan's word for a goroutine (a RaceG): it has a tid, a slot in every vector
//     clock, and its own vector clock vc. Its epoch is vc[tid].
//   - A location is an (object, key) pair: a struct field (the struct object and the field's
//     index, which is its property's position: a pointer's field name is turned into it), an
//     element (a backing array and its index), a package variable ($P and its name), a boxed
//     variable ({v} and 0), a map's header (the hmap and "hmap"). Its shadow cell holds the last
//     write and the reads since it (one, or a read vector when goroutines read concurrently),
//     each as (tid, epoch, stack); an array's shadow also keeps each reader's last epoch per
//     element in a typed array, the fast path of a repeated read.
//   - A sync variable is an (object, key) pair too (a Mutex, a channel slot, an atomic word); it
//     holds a vector clock that release stores into and acquire joins from.
//
// Invariants:
//   - An access a by thread u happens before thread t's current point iff a.clk <= t.vc[u].
//   - A thread increments its own epoch after every release, so its later accesses are not
//     covered by what it released.
//   - Accesses are recorded only once a second user goroutine exists (S.r is set by the first
//     go statement): everything before it happens before every other goroutine's first step.
//
// Reports follow TSan's: the current access, the previous conflicting one, then the creation
// stacks of the goroutines involved (current first), between fences; a report whose pair of
// stacks, or whose address, was reported before is suppressed (suppress_equal_stacks,
// suppress_equal_addresses). At the end of main, `Found N data race(s)` and exit status 66
// (GORACE exitcode); halt_on_error=1 exits at the first report.
//
// What gort does not model: TSan's history window (history_size): gort keeps every access's
// stack, so it never prints "failed to restore the stack"; 8-byte shadow granularity (gort's
// locations are Go's variables, fields and elements, so no false sharing inside a word); races
// inside uninstrumented standard-library code other than maps, channels, copy and sync (gort
// instruments user packages). A read after the same goroutine's write in the same epoch is
// not recorded (a racing write is reported against that write instead), as FastTrack does.

import { keyIndex, pointerAddr } from "./addr.js";
import { raceFirstReportNs, raceReportNs } from "./costs.js";
import { assert, type RuntimeFrame } from "./panic.js";
import { ExitError } from "./rt.js";
import { HookedG, type Frame, type G } from "./runtime2.js";
import { S, machine } from "./state.js";
import { frameFunc, isInitWrapper } from "./traceback.js";
import { Ptr } from "./value.js";

/** One frame of a recorded stack, innermost first through `up`. */
export interface StackNode {
  readonly name: string;
  readonly file: string;
  readonly line: number;
  readonly up: StackNode | null;
}

/** TSan's per-goroutine state. It outlives its goroutine (an access's history names it), whose
 *  G may be reused for another goroutine (gfget): it keeps the goid, and whether it is main's. */
export class RaceG {
  finished = false;
  /** The goroutine's id, 0 without one. */
  readonly goid: number;
  readonly main: boolean;
  constructor(
    readonly tid: number,
    g: G | undefined,
    public vc: number[],
    /** The stack of the go statement that created it (null for main and timers). */
    readonly created: StackNode | null,
    /** The frame of the closure Go wrapped the go statement's call in, under the entry
     *  function (stmt.ts goDeferWrapper), or null. */
    readonly base: StackNode | null = null,
  ) {
    this.goid = g?.goid ?? 0;
    this.main = g !== undefined && g === machine.sched.main;
  }
}

interface Access {
  tid: number;
  clk: number;
  rg: RaceG;
  stk: StackNode;
  /** The function of the innermost frame (write's fast path compares it). */
  fi: number;
  /** A sync/atomic operation's access: two atomic accesses never race (TSan's atomic bit). */
  atomic?: boolean;
}

/** A location's shadow: the last write, and the reads since it: one (r), or one per goroutine
 *  when reads are concurrent (rv: epoch by tid, ra: the accesses, for reports). */
interface Cell {
  w: Access | null;
  r: Access | null;
  rv: number[] | null;
  ra: Access[] | null;
  /** The last read's goroutine and epoch (-1: none since the last write). */
  lt: number;
  lc: number;
}

type Key = string | number;

interface Shadow {
  byIndex: Cell[];
  byName: Map<string, Cell> | null;
  /** For an array of n elements: per reading goroutine (by tid), the epoch of its last read
   *  of each element since the element's last write (0: none), so that a repeated read in one
   *  epoch touches one typed array and no cell; rts lists them for a write to clear. */
  n: number;
  rt: (Int32Array | undefined)[];
  rts: Int32Array[];
}

/** The per-goroutine read epochs of arrays (Shadow.rt) exist for the first goroutines only,
 *  and within a memory budget (bytes); beyond, reads take the cells' path. */
const maxFastReaders = 64;
const fastReadBudget = 64 << 20;

/** The GORACE options gort honours (others are accepted and ignored, as TSan warns of none). */
interface RaceFlags {
  exitcode: number;
  haltOnError: boolean;
  /** atexit_sleep_ms: how long racefini's TSan Finalize sleeps before the exit (default 1000;
   *  sysmon's preemption signal usually cuts it short, Machine.racefini). */
  atexitSleepMs: number;
}

export function parseGORACE(v: string | undefined): RaceFlags {
  const f: RaceFlags = { exitcode: 66, haltOnError: false, atexitSleepMs: 1000 };
  for (const kv of (v ?? "").split(/[ ,]+/)) {
    const i = kv.indexOf("=");
    if (i <= 0) continue;
    const k = kv.slice(0, i);
    const n = Number(kv.slice(i + 1));
    if (k === "exitcode" && Number.isInteger(n)) f.exitcode = n;
    if (k === "halt_on_error") f.haltOnError = n !== 0;
    if (k === "atexit_sleep_ms" && Number.isInteger(n) && n >= 0) f.atexitSleepMs = n;
  }
  return f;
}

/** Thrown by a report under halt_on_error=1: the process exits at once, as os.Exit does. */
class RaceHalt extends ExitError {}

/** Package variables live in the data segment: Go prints them at 0x0000005xxxxx. */
const dataBase = 0x5d0000;

export class RaceDetector {
  /** Reports printed (TSan's nreported). */
  nraces = 0;
  /** One line per report printed: the two accesses and their innermost frames, for --runs
   *  summaries ("Write main.w2 a.go:11 / previous write main.w1 a.go:10"). */
  readonly signatures: string[] = [];
  private nextTid = 0;
  private readonly shadow = new WeakMap<object, Shadow>();
  private readonly syncs = new WeakMap<object, Map<Key, number[]>>();
  private readonly reportedStacks = new Set<string>();
  private readonly reportedAddrs = new Set<string>();
  private readonly dataAddrs = new Map<Key, number>();
  private fastBudget = fastReadBudget;

  constructor(
    readonly flags: RaceFlags,
    private readonly print: (s: string) => void,
    /** Keep only the happens-before clocks (goroutines, synchronization), recording no access:
     *  what a traced run without -race uses to tell whether two operations were ordered
     *  (RunOptions.trace). The clocks draw no randomness and cost no simulated time, so the
     *  run is the one without them. */
    readonly clocksOnly = false,
  ) {}

  // ---- threads ----------------------------------------------------------------------------------

  /** The RaceG of g, made on first use (the main goroutine's; others get theirs at go). */
  thread(g: G): RaceG {
    let rg = g.race;
    if (rg === undefined) {
      const tid = this.nextTid++;
      const vc: number[] = [];
      vc[tid] = 1;
      rg = g.race = new RaceG(tid, g, vc, null);
    }
    return rg;
  }

  /** racegostart: the child starts with the parent's clock; the parent moves on. parent may be
   *  a clock released earlier (a timer's, for time.AfterFunc). */
  gostart(parent: G | number[], child: G, wrapper?: string, wrapperLine?: number, creator?: StackNode): void {
    const tid = this.nextTid++;
    let vc: number[];
    let created: StackNode | null = null;
    let base: StackNode | null = null;
    if (Array.isArray(parent)) {
      // A goroutine a timer starts (time.AfterFunc's): its creator is the runtime's frame.
      vc = parent.slice();
      created = creator ?? null;
    } else {
      const p = this.thread(parent);
      vc = p.vc.slice();
      created = stackOf(parent);
      if (wrapper !== undefined) base = { name: wrapper, file: created.file, line: wrapperLine ?? created.line, up: null };
      p.vc[p.tid]!++;
    }
    vc[tid] = 1;
    child.race = new RaceG(tid, child, vc, created, base);
    S.r = this;
  }

  /** racegoend. */
  goend(g: G): void {
    if (g.race !== undefined) g.race.finished = true;
  }

  /** A copy of g's clock for a later acquire (a timer's creation), and g moves on. */
  snapshot(g: G): number[] {
    const rg = this.thread(g);
    const vc = rg.vc.slice();
    rg.vc[rg.tid]!++;
    return vc;
  }

  // ---- synchronization --------------------------------------------------------------------------

  private syncVar(o: object, k: Key): number[] | undefined {
    return this.syncs.get(o)?.get(k);
  }

  private setSync(o: object, k: Key, vc: number[]): void {
    let m = this.syncs.get(o);
    if (m === undefined) this.syncs.set(o, (m = new Map()));
    m.set(k, vc);
  }

  /** raceacquire: g's clock joins the sync variable's. */
  acquire(g: G, o: object, k: Key): void {
    const s = this.syncVar(o, k);
    if (s !== undefined) join(this.thread(g).vc, s);
  }

  /** racerelease (TSan's ReleaseStore): the sync variable's clock becomes g's. */
  release(g: G, o: object, k: Key): void {
    const rg = this.thread(g);
    this.setSync(o, k, rg.vc.slice());
    rg.vc[rg.tid]!++;
  }

  /** racereleasemerge: the sync variable's clock joins g's. */
  releaseMerge(g: G, o: object, k: Key): void {
    const rg = this.thread(g);
    const s = this.syncVar(o, k);
    if (s === undefined) this.setSync(o, k, rg.vc.slice());
    else join(s, rg.vc);
    rg.vc[rg.tid]!++;
  }

  /** racereleaseacquire: acquire, then release-store (a buffered channel's slot, chan.go's
   *  racenotify). */
  releaseAcquire(g: G, o: object, k: Key): void {
    this.acquire(g, o, k);
    this.release(g, o, k);
  }

  /** A clock released earlier (a timer's) reaches g: a timer's send to a waiting receiver. */
  acquireClock(g: G, clk: number[]): void {
    join(this.thread(g).vc, clk);
  }

  /** A clock released earlier joins a sync variable: a timer's send into a channel's buffer. */
  releaseClock(o: object, k: Key, clk: number[]): void {
    const s = this.syncVar(o, k);
    if (s === undefined) this.setSync(o, k, clk.slice());
    else join(s, clk);
  }

  /** racesync (an unbuffered hand-off): each side gets the other's clock. */
  sync(a: G, b: G): void {
    const ra = this.thread(a);
    const rb = this.thread(b);
    join(ra.vc, rb.vc);
    join(rb.vc, ra.vc);
    ra.vc[ra.tid]!++;
    rb.vc[rb.tid]!++;
  }

  // ---- accesses ---------------------------------------------------------------------------------

  /** The shadow of o: its cells by element index and by field name. A two-entry cache in
   *  front of the WeakMap, since consecutive accesses mostly touch one or two objects. */
  private shadowOf(o: object): Shadow {
    if (o === this.obj0) return this.sh0!;
    if (o === this.obj1) return this.sh1!;
    let sh = this.shadow.get(o);
    if (sh === undefined) {
      // An array's cells are preallocated: V8 turns an array first written at a high index
      // into a slow dictionary.
      const n = Array.isArray(o) || ArrayBuffer.isView(o) ? (o as unknown as { length: number }).length : 0;
      sh = { byIndex: n > 0 ? new Array<Cell>(n) : [], byName: null, n, rt: [], rts: [] };
      this.shadow.set(o, sh);
    }
    this.obj1 = this.obj0;
    this.sh1 = this.sh0;
    this.obj0 = o;
    this.sh0 = sh;
    return sh;
  }
  private obj0: object | undefined;
  private sh0: Shadow | undefined;
  private obj1: object | undefined;
  private sh1: Shadow | undefined;

  private cellIn(sh: Shadow, k: Key): Cell {
    let c: Cell | undefined;
    if (typeof k === "number") {
      c = sh.byIndex[k];
      if (c === undefined) sh.byIndex[k] = c = { w: null, r: null, rv: null, ra: null, lt: -1, lc: 0 };
    } else {
      const m = (sh.byName ??= new Map());
      c = m.get(k);
      if (c === undefined) m.set(k, (c = { w: null, r: null, rv: null, ra: null, lt: -1, lc: 0 }));
    }
    return c;
  }

  /** raceread of o[k] by the running goroutine; top is a runtime frame to show above it. */
  read(o: object, k: Key, top?: RuntimeFrame, atomic?: boolean): void {
    if (this.clocksOnly) return;
    if (S.tr !== null) S.tr.raceAccess(S.g, o, k, false);
    const g = S.g;
    const rg = g.race ?? this.thread(g);
    const vc = rg.vc;
    const tid = rg.tid;
    const clk = vc[tid]!;
    // FastTrack's fast path: this goroutine read the location in this epoch already. The last
    // read's epoch is kept beside the cells, in typed arrays for an array's elements, so that
    // the common case touches no cell (a dependent load that misses the cache).
    const sh = this.shadowOf(o);
    if (typeof k === "number" && k < sh.n) {
      const e = sh.rt[tid];
      if (e !== undefined && e[k] === clk && atomic !== true) return;
    }
    this.readSlow(o, k, top, g, rg, sh, atomic === true);
  }

  /** read past the fast path: record the read in the cell, after the write check. */
  private readSlow(o: object, k: Key, top: RuntimeFrame | undefined, g: G, rg: RaceG, sh: Shadow, atomic: boolean): void {
    const vc = rg.vc;
    const tid = rg.tid;
    const clk = vc[tid]!;
    let c: Cell;
    if (typeof k === "number" && k < sh.n) {
      let e = sh.rt[tid];
      if (e === undefined && tid < maxFastReaders && this.fastBudget >= sh.n * 4) {
        sh.rt[tid] = e = new Int32Array(sh.n);
        sh.rts.push(e);
        this.fastBudget -= sh.n * 4;
      }
      if (e !== undefined) e[k] = clk;
      c = this.cellIn(sh, k);
    } else {
      c = this.cellIn(sh, k);
      if (c.lt === tid && c.lc === clk) return;
      c.lt = tid;
      c.lc = clk;
    }
    const rv = c.rv;
    if (rv !== null) {
      if (rv[tid] === clk) return;
    } else if (c.r !== null && c.r.tid === tid && c.r.clk === clk) return;
    const w = c.w;
    // A read after this goroutine's own write in the same epoch adds nothing: a write that
    // races with it races with that write too (reported as a previous write).
    if (w !== null && w.tid === tid && w.clk === clk) return;
    if (w !== null && w.tid !== tid && w.clk > (vc[w.tid] ?? 0) && !(atomic && w.atomic === true)) {
      this.report(o, k, false, rg, stackOf(g, top), w, true);
    }
    const a: Access = { tid, clk, rg, stk: stackOf(g, top), fi: g.fr[g.d]!.fi };
    if (atomic) a.atomic = true;
    if (rv !== null) {
      rv[tid] = clk;
      c.ra![tid] = a;
      return;
    }
    const r = c.r;
    // A read that the previous one happens before replaces it; otherwise the reads are
    // shared: one epoch per goroutine (a read vector).
    if (r === null || r.tid === tid || r.clk <= (vc[r.tid] ?? 0)) {
      c.r = a;
      return;
    }
    const nv: number[] = [];
    const na: Access[] = [];
    nv[r.tid] = r.clk;
    na[r.tid] = r;
    nv[tid] = clk;
    na[tid] = a;
    c.rv = nv;
    c.ra = na;
    c.r = null;
  }

  /** racewrite of o[k] by the running goroutine. */
  write(o: object, k: Key, top?: RuntimeFrame, atomic?: boolean): void {
    if (this.clocksOnly) return;
    if (S.tr !== null) S.tr.raceAccess(S.g, o, k, true);
    const g = S.g;
    const rg = g.race ?? this.thread(g);
    const sh = this.shadowOf(o);
    const c = this.cellIn(sh, k);
    const vc = rg.vc;
    const tid = rg.tid;
    const clk = vc[tid]!;
    const w = c.w;
    // The fast path: this goroutine wrote here in this epoch, at this function and line, and
    // nobody read since: the shadow would not change.
    if (w !== null && w.tid === tid && w.clk === clk && c.r === null && c.rv === null && top === undefined) {
      const f = g.fr[g.d]!;
      if (w.fi === f.fi && w.stk.line === f.l) return;
    }
    const at = atomic === true;
    if (w !== null && w.tid !== tid && w.clk > (vc[w.tid] ?? 0) && !(at && w.atomic === true)) {
      this.report(o, k, true, rg, stackOf(g, top), w, true);
    } else if (c.r !== null) {
      const r = c.r;
      if (r.tid !== tid && r.clk > (vc[r.tid] ?? 0) && !(at && r.atomic === true)) this.report(o, k, true, rg, stackOf(g, top), r, false);
    } else if (c.rv !== null) {
      const rv = c.rv;
      for (let u = 0; u < rv.length; u++) {
        const x = rv[u];
        if (x !== undefined && u !== tid && x > (vc[u] ?? 0) && !(at && c.ra![u]!.atomic === true)) {
          this.report(o, k, true, rg, stackOf(g, top), c.ra![u]!, false);
          break;
        }
      }
    }
    const fi = top === undefined ? g.fr[g.d]!.fi : -2;
    if (w !== null && w.tid === tid) {
      w.clk = clk;
      w.stk = stackOf(g, top);
      w.fi = fi;
      w.atomic = at;
    } else {
      c.w = { tid, clk, rg, stk: stackOf(g, top), fi };
      if (at) c.w.atomic = true;
    }
    c.r = null;
    c.rv = null;
    c.ra = null;
    c.lt = -1;
    if (typeof k === "number" && k < sh.n) for (const e of sh.rts) e[k] = 0;
  }

  // ---- reports ----------------------------------------------------------------------------------

  private addr(o: object, k: Key): number {
    if (o === machine.gc.globals[0]) {
      let a = this.dataAddrs.get(k);
      if (a === undefined) this.dataAddrs.set(k, (a = dataBase + 0x5c0 + this.dataAddrs.size * 8));
      return a;
    }
    return pointerAddr(new Ptr(o, k));
  }

  private report(o: object, k: Key, isWrite: boolean, cur: RaceG, stk: StackNode, prev: Access, prevWrite: boolean): void {
    // The stacks are right only if funcenter reset each reused slot's Frame.rs and rl.
    assert(S.g instanceof HookedG, "race report for a goroutine without funcenter");
    const a = this.addr(o, k);
    const addrKey = `${a}`;
    const s1 = stackText(stk);
    const s2 = stackText(prev.stk);
    if (this.reportedAddrs.has(addrKey)) return;
    if (this.reportedStacks.has(`${s1}\0${s2}`) || this.reportedStacks.has(`${s2}\0${s1}`)) return;
    this.reportedAddrs.add(addrKey);
    this.reportedStacks.add(`${s1}\0${s2}`);
    this.nraces++;
    // The report takes its goroutine this long: the accesses it races with have moved on.
    S.cost += this.nraces === 1 ? raceFirstReportNs : raceReportNs;
    this.signatures.push(`${isWrite ? "write" : "read"} ${frameBrief(stk)} / previous ${prevWrite ? "write" : "read"} ${frameBrief(prev.stk)}`);
    const hex = "0x" + a.toString(16).padStart(12, "0");
    if (S.tr !== null) {
      S.tr.emit({
        t: S.tr.clock(), ev: "Race", g: cur.goid, other: prev.rg.goid, write: isWrite, prevWrite,
        addr: hex, at: userNode(stk), prev: userNode(prev.stk),
      });
    }
    let out = "==================\nWARNING: DATA RACE\n";
    out += `${isWrite ? "Write" : "Read"} at ${hex} by ${who(cur)}:\n${s1}\n`;
    out += `Previous ${prevWrite ? "write" : "read"} at ${hex} by ${who(prev.rg)}:\n${s2}`;
    for (const rg of [cur, prev.rg]) {
      if (rg.created === null || rg.goid === 0) continue;
      out += `\nGoroutine ${rg.goid} (${rg.finished ? "finished" : "running"}) created at:\n${stackText(rg.created)}`;
    }
    out += "==================\n";
    this.print(out);
    if (this.flags.haltOnError) throw new RaceHalt(this.flags.exitcode, false);
  }

  /** racefini's summary, printed when main returns. */
  summary(): string {
    return this.nraces > 0 ? `Found ${this.nraces} data race(s)\n` : "";
  }
}

/** The innermost user frame of a stack, briefly: `main.w2 a.go:11`. */
function frameBrief(n: StackNode): string {
  let f: StackNode | null = n;
  while (f !== null && f.name.startsWith("runtime.") && f.up !== null) f = f.up;
  const at = f ?? n;
  return `${at.name} ${at.file.slice(at.file.lastIndexOf("/") + 1)}:${at.line}`;
}

function who(rg: RaceG): string {
  if (rg.goid === 0) return "goroutine 0";
  return rg.main ? "main goroutine" : `goroutine ${rg.goid}`;
}

function join(into: number[], from: number[]): void {
  for (let i = 0; i < from.length; i++) {
    const v = from[i];
    if (v !== undefined && !(v <= (into[i] ?? 0))) into[i] = v;
  }
}

/** The running stack of g, innermost first: a node for the top frame at its current line over
 *  the cached nodes of its callers (a caller's line cannot change while its callee runs). The
 *  caches (Frame.rs, rl) live as long as the call: funcenter resets them when a slot is
 *  reused. */
export function stackOf(g: G, top?: RuntimeFrame): StackNode {
  // An atomic's stack is its two runtime frames alone, made once per operation.
  if (top?.wrapper !== undefined) return wrapperStack(top, top.wrapper);
  const d = g.d;
  const f = g.fr[d]!;
  let n = f.rl;
  if (n === null || n.line !== f.l || f.fi < 0) f.rl = n = frameNode(g, d, callers(g, d));
  if (top === undefined) return n;
  const c = top.caller;
  if (c !== undefined) n = { name: c.fn, file: c.file, line: c.line, up: n };
  return { name: top.fn, file: top.file, line: top.line, up: n };
}

/** The stacks of frames with a wrapper (an atomic operation's): immutable, so shared. */
const wrapperStacks = new Map<RuntimeFrame, StackNode>();

function wrapperStack(top: RuntimeFrame, w: RuntimeFrame): StackNode {
  let n = wrapperStacks.get(top);
  if (n === undefined) {
    n = { name: top.fn, file: top.file, line: top.line, up: { name: w.fn, file: w.file, line: w.line, up: null } };
    wrapperStacks.set(top, n);
  }
  return n;
}

function callers(g: G, d: number): StackNode | null {
  const f = g.fr[d]!;
  // A goroutine that starts in a method value (time.AfterFunc's f) starts in its wrapper.
  if (d <= 1) return fmNode(f, g.race?.base ?? null);
  if (f.rs !== null) return f.rs;
  // The package init wrapper calling an init function is no caller of Go's stacks (traceback's
  // rule); its callers are.
  const up = callers(g, d - 1);
  const c = g.fr[d - 1]!;
  const fn = frameFunc(machine, c);
  const rs = fn !== undefined && isInitWrapper(machine, c, fn.name) ? up : frameNode(g, d - 1, up);
  return (f.rs = fmNode(f, rs));
}

/** A call through a method value: its wrapper's frame (Frame.fm) between the method and up. */
function fmNode(f: Frame | undefined, up: StackNode | null): StackNode | null {
  return f?.fm ? { name: f.fm, file: "<autogenerated>", line: 1, up } : up;
}

function frameNode(g: G, d: number, up: StackNode | null): StackNode {
  // A function running its deferred calls at a normal return has left: they run from
  // runtime.deferreturn (Frame.deferreturn).
  if (g.fr[d]!.deferreturn === true) return { name: "runtime.deferreturn", file: "/usr/lib/go-1.19/src/runtime/panic.go", line: 476, up };
  const fn = frameFunc(machine, g.fr[d]!);
  return { name: fn?.name ?? "?", file: fn?.file ?? "?", line: fn?.line ?? 0, up };
}

/** TSan's stack format: `  pkg.fn()` and `      file:line +0xOFF`, innermost first. */
function stackText(n: StackNode | null): string {
  let s = "";
  for (; n !== null; n = n.up) s += `  ${n.name}()\n      ${n.file}:${n.line} +0x0\n`;
  return s;
}

// ---- the calls instrumented code makes ($rt.raceread, ...) ------------------------------------------

/** raceread of o[k]; returns o, so that `$rt.raceread(o, k)[k]` reads it. */
export function raceread(o: any, k: Key): any {
  const r = S.r;
  if (r !== null) r.read(o, k);
  return o;
}

/** racewrite of o[k]; returns v, the value about to be stored (evaluated before the check, so
 *  that a value that synchronizes, such as a receive, is ordered first as in Go). */
export function racewrite(o: any, k: Key, v: any): any {
  const r = S.r;
  if (r !== null) r.write(o, k);
  return v;
}

/** *p for a pointer to a variable, field or element (a Ptr): raceread of its location. */
export function racereadptr(p: Ptr): any {
  const r = S.r;
  if (r !== null) r.read(p.o, raceKey(p.o, p.k));
  return p.get(); // a method: a ViewPtr (runtime/unsafe.ts) converts what it reads
}

/** *p = v: racewrite of p's location; returns v. */
export function racewriteptr(p: { o: any; k: Key }, v: any): any {
  const r = S.r;
  if (r !== null) r.write(p.o, raceKey(p.o, p.k));
  return v;
}

/** The key the compiler uses for o[k]: a struct field or a box's v by its position among the
 *  object's properties (compiler FuncEmitter.raceField), a package variable by its name. */
export function raceKey(o: object, k: Key): Key {
  if (typeof k === "number" || o === machine.gc.globals[0]) return k;
  const i = keyIndex(o, k);
  return i < 0 ? k : i;
}

/** A write of every field or element of a struct or array value (an assignment into it),
 *  keyed as single accesses are: an element by its index, a field by its position (its
 *  properties come first, gort's own "$" ones after them). */
/** runtime.raceacquire, racerelease and racereleasemerge (race.go) on the word (o, k), for the
 *  natives of sync and sync/atomic: Go's sync calls race.Acquire, race.Release and
 *  race.ReleaseMerge on its words, and TSan's Go atomics acquire on a load, release on a store. */
export function raceacquire(o: object, k: Key): void {
  const r = S.r;
  if (r !== null) r.acquire(S.g, o, k);
}
export function racerelease(o: object, k: Key): void {
  const r = S.r;
  if (r !== null) r.release(S.g, o, k);
}
export function racereleasemerge(o: object, k: Key): void {
  const r = S.r;
  if (r !== null) r.releaseMerge(S.g, o, k);
}

/** -race: a struct or array value copied as a whole (an assignment, an argument, a conversion
 *  to an interface, a range variable) reads each of its top-level fields or elements, as
 *  Go's racereadrange over the value's memory; returns o. */
export function racereadobj<T>(o: T, via?: 1 | 2): T {
  const r = S.r;
  if (r !== null) eachSlot(o, r, false, via === undefined ? undefined : via === 1 ? convTFrame : convTnoptrFrame);
  return o;
}
/** The runtime function that copies a value into an interface, when it reads it (its
 *  raceReadObjectPC names the function's entry): convT for a value with pointers, convTnoptr
 *  without (racereadobj's via 1 and 2). */
const convTFrame = { fn: "runtime.convT", file: "/usr/lib/go-1.19/src/runtime/iface.go", line: 321 };
const convTnoptrFrame = { fn: "runtime.convTnoptr", file: "/usr/lib/go-1.19/src/runtime/iface.go", line: 335 };

/** -race: a struct or array assigned as a whole writes each of its top-level fields or
 *  elements. */
export function racewriteobj(o: any): void {
  const r = S.r;
  if (r !== null) eachSlot(o, r, true, undefined);
}

/** Read or write each element of an array, or each field of a struct (keyed by its position,
 *  as the compiler keys a field: FuncEmitter.raceField). */
function eachSlot(o: unknown, r: RaceDetector, write: boolean, top: RuntimeFrame | undefined): void {
  if (o === null || typeof o !== "object") return;
  // A struct with struct or array fields: its class walks them (typetable.ts $race).
  const walk = (o.constructor as { $race?: (o: unknown, f: (x: object, k: number) => void) => void }).$race;
  if (walk !== undefined) {
    walk(o, write ? (x, k) => r.write(x, k, top) : (x, k) => r.read(x, k, top));
    return;
  }
  const keys = Array.isArray(o) || ArrayBuffer.isView(o) ? null : Object.keys(o);
  const n = keys === null ? (o as { length: number }).length : keys.length;
  for (let i = 0; i < n; i++) {
    if (keys !== null && keys[i]![0] === "$") continue;
    if (write) r.write(o, i, top);
    else r.read(o, i, top);
  }
}

/** A flat struct's fields for a $race walk (typetable.ts): each one's slot. */
export function raceFields(o: object, f: (x: object, k: number) => void): void {
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) if (keys[i]![0] !== "$") f(o, i);
}

/** The innermost frame of a race stack outside the runtime (the access in the program). */
function userNode(stk: StackNode): { fn: string; file: string; line: number } {
  let n: StackNode | null = stk;
  while (n !== null && n.name.startsWith("runtime.") && n.up !== null) n = n.up;
  const f = n ?? stk;
  return { fn: f.name, file: f.file, line: f.line };
}
