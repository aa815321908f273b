// The scheduler's records: G (goroutine), M (thread), P (processor), and their states.
//
// Models Go 1.19's runtime/runtime2.go: the G status values (_Gidle ... _Gpreempted), the P
// status values, the wait reasons with the strings Go prints in goroutine headers, and the
// fields of g, m and p that the scheduler model uses.
//
// Terms:
//   - A G runs Go code; an M executes it; a P is the right to run Go code (GOMAXPROCS of them).
//   - A frame is one entry of a G's frame stack, the compiled code's record of a Go call
//     (function, current line, depth, deferred calls). Tracebacks read it.
//
// Invariants:
//   - A G in _Grunning has an M, and that M has a P (Go code never runs without a P).
//   - A G in _Gsyscall has an M without a P; its old P is in _Psyscall unless sysmon retook it.
//   - Frames 1..d of G.fr are live; fr[0] is unused so that depth 0 means "no frame".
//   - A frame slot is reused by the next call at its depth, and push sets only what every call
//     needs (fi, l, s): the other fields are kept valid elsewhere (Frame says how). defers is
//     null except while the call that set it runs (its deferred calls null it once they have
//     all run); rt is meaningful only while fi is -1 (pseudoFrame); rs and rl are reset by
//     funcenter, which every push of a HookedG runs (a run with a race detector or a debugger
//     makes only HookedGs).
//   - A dead G's object is the next goroutine's (gfget, G.reuse: a new goid and a new G's fields),
//     so nothing may keep a G past its exit to read it later: the race detector keeps goids
//     (RaceG), and the main goroutine's G, which Sched.main names, is never reused as an object.
//
// Simplifications: no g0/gsignal stacks, no stack growth (frames are records, not memory), no
// locked Ms.

import { SimLimit } from "./panic.js";
import type { GoGen } from "./yield.js";
import { S, machine } from "./state.js";

export const enum Gstatus {
  _Gidle = 0,
  _Grunnable = 1,
  _Grunning = 2,
  _Gsyscall = 3,
  _Gwaiting = 4,
  _Gdead = 6,
  _Gpreempted = 9,
}

export const enum Pstatus {
  _Pidle = 0,
  _Prunning = 1,
  _Psyscall = 2,
  _Pgcstop = 3,
  _Pdead = 4,
}

/** Wait reasons, spelled exactly as Go 1.19 prints them (runtime2.go waitReasonStrings). */
export const waitReason = {
  zero: "",
  chanReceiveNilChan: "chan receive (nil chan)",
  chanSendNilChan: "chan send (nil chan)",
  select: "select",
  selectNoCases: "select (no cases)",
  chanReceive: "chan receive",
  chanSend: "chan send",
  sleep: "sleep",
  semacquire: "semacquire",
  syncCondWait: "sync.Cond.Wait",
  syncRWMutexRLock: "sync.RWMutex.RLock",
  syncRWMutexLock: "sync.RWMutex.Lock",
  forceGCIdle: "force gc (idle)",
  gcSweepWait: "GC sweep wait",
  gcScavengeWait: "GC scavenge wait",
  finalizerWait: "finalizer wait",
  gcAssistWait: "GC assist wait",
  stoppingTheWorld: "stopping the world",
  waitForGCCycle: "wait for GC cycle",
} as const;

/** A function as tracebacks print it. */
export interface FuncInfo {
  name: string;
  file: string;
  line: number;
  hasArgs: boolean; // the function has parameters (or a receiver): tracebacks print "(...)"
  /** Go inlines it (a frameless leaf): its traceback line has no PC offset. */
  inlined?: boolean;
  /** Go does not open-code its deferred calls: a panic runs them from panic.go:890. */
  deferproc?: boolean;
  /** Go's frame size estimate in bytes (compiler/framesize.ts), for the stack limit. */
  frameSize?: number;
  /** A declared function's JS name: reflect's Value.Pointer finds a func value's function by
   *  it (Machine.funcIndexOf); a literal's func value carries its index instead ($fi). */
  js?: string;
}

/** One live Go call on a G's frame stack. */
export interface Frame {
  fi: number; // index into the program's FuncInfo table; -1 for runtime pseudo-frames
  l: number; // the current line (0 until the function's first statement)
  depth: number;
  /** The deferred calls of a function with defer statements, from its prologue (`$f.defers =
   *  []`) until they have all run: rundefersFast or rundefers null it then, on every way out
   *  (a return, a panic or Goexit going on down, a recovered panic). Null for other calls, as
   *  push does not reset it: a run whose deferred calls were cut short (a fatal error, os.Exit,
   *  a simulator limit) runs no more Go code. mgcmark.ts scans it. */
  defers: (() => GoGen)[] | null;
  /** A deferred call that rundefersFast started and that yielded: rundefers finishes it. */
  pendingDefer?: { it: GoGen; first: IteratorResult<unknown, unknown> } | undefined;
  /** Go stack bytes in use up to and including this frame, as estimated when the frame slot
   *  was first reached (a reused slot keeps it: the check costs nothing on most calls). */
  sp: number;
  /** For runtime pseudo-frames (panic, runtime.cgocall): what to print. Meaningful only while
   *  fi is -1 (pushRuntime sets both): a Go call in a slot that held a pseudo-frame keeps the
   *  old record, so readers go through pseudoFrame. */
  rt: { name: string; file: string; line: number } | null;
  /** The frame's stack map at the yield point it waits in: thunks reading the locals that are
   *  live there (compiled code sets it before each yield; mgcmark.ts calls it). */
  s: (() => (() => unknown)[]) | null;
  /** -race: the recorded stack of the callers below this frame, made on the first access the
   *  frame reports (race.ts stackOf); reset by funcenter when the slot is reused. Stale (and
   *  never read) in a run without a race detector. */
  rs: import("./race.js").StackNode | null;
  /** -race: the node of this frame at its line when it last reported (reused while the line
   *  stays the same); reset by funcenter, as rs is. */
  rl: import("./race.js").StackNode | null;
  /** -race: the function has returned and runs its deferred calls (rundefersFast sets it, the
   *  calls' end clears it): Go's -race build has left the function (racefuncexit) and calls
   *  them from runtime.deferreturn, which race stacks show in its place (race.ts frameNode).
   *  Reset by funcenter, as rs is. */
  deferreturn?: boolean;
  /** -race: this call came through a method value's wrapper (Go's `pkg.(*T).m-fm`, at
   *  `<autogenerated>:1`), which race stacks show between it and its caller; set by funcenter
   *  from S.fm. */
  fm?: string | null;
}

/** A frame's runtime pseudo-frame record, or null for a Go function's frame (Frame.rt is
 *  meaningful only while fi is -1) or no frame. f may be a live frame or a panic's copy of
 *  one. */
export function pseudoFrame(f: { fi: number; rt: Frame["rt"] } | undefined): Frame["rt"] {
  return f !== undefined && f.fi === -1 ? f.rt : null;
}

/** gort's own limit on nested calls per goroutine (its frames live on the host's stack). */
export const maxFrameDepth = 1_000_000;
/** maxstacksize as runtime.main sets it on 64-bit, and maxstackceiling, twice that, which
 *  debug.SetMaxStack does not move. */
export const defaultMaxstacksize = 1_000_000_000;
export const maxstackceiling = 2 * defaultMaxstacksize;

/** The most stack a goroutine may use under maxstacksize max: Go doubles stacks from 2 KiB,
 *  so newstack throws once a stack would outgrow the largest power of two within max and the
 *  ceiling (2^29 bytes for 1e9: 2^30 would pass it). */
export function stackLimitOf(max: number): number {
  const m = Math.min(max, maxstackceiling);
  let n = 2048;
  while (n * 2 <= m) n *= 2;
  return n;
}

/** The limit of a G made outside a machine (unit tests). */
const maxStackBytes = stackLimitOf(defaultMaxstacksize);

export class G {
  status: Gstatus = Gstatus._Grunnable;
  waitreason: string = waitReason.zero;
  /** When a GC first saw the G blocked (markroot; 0 once it runs again), for the traceback
   *  header's ", N minutes". */
  waitsince = 0;
  /** The goroutine's body; undefined once it has exited. */
  gen: GoGen | undefined;
  /** The segments of its stack above gen that split calls started (stack.ts), oldest first. */
  segs: GoGen[] = [];
  /** Suspended inside plain code by an asynchronous preemption (Machine.suspendPlain): its
   *  host frames are live under the machine's nested loop, and only returning to them resumes
   *  it. */
  pinned = false;
  /** What the goroutine started with, GC roots until it exits: the go statement's callee and
   *  arguments (an array), or time.AfterFunc's func. */
  startRoots: unknown;
  /** Deferred calls running now (rundefers has taken them off their frame): GC roots. */
  readonly deferring: Function[] = [];
  readonly fr: Frame[] = [];
  d = 0;
  m: M | undefined;
  /** The FuncInfo of the entry function (printed for a G that never ran). */
  startFi = -1;
  startName = "";
  /** Where the go statement that created it stands (Go's gopc): the function (FuncInfo index)
   *  and line of its creator's top frame, or -1 when no goroutine created it. Two numbers, not
   *  an object: a goroutine's creation allocates nothing for it. */
  createdByFi = -1;
  createdByLine = 0;
  /** For the runtime's own goroutines: the runtime function that created them. */
  createdByRuntime: { name: string; file: string; line: number } | undefined;
  /** Set by sysmon: stop at the next preemption point. */
  preempt = false;
  /** The current panic (for recover) and the depth of the deferred call allowed to recover it. */
  panic: import("./panic.js").GoPanic | null = null;
  recoverDepth = -1;
  /** What a goroutine parked on a concurrency primitive waits for (gopark's waitOn): the
   *  channel (HChan), a select's channels (an array), the object holding the semaphore or the
   *  notify list, or null when nothing can ever wake it (a nil channel, select {}). undefined
   *  for other waits (sleep, GC, finalizers), which time or the runtime ends. goroutineleak.ts
   *  reads it. */
  waitOn: unknown = undefined;
  /** Reported as blocked forever by the partial-deadlock check (goroutineleak.ts): it can never
   *  be readied again (goready asserts so). */
  leaked = false;
  /** Scratch space for the channel and select models (Go's sudog fields). */
  param: unknown = undefined;
  selectDone = false;
  /** Syscall and cgo bookkeeping. */
  syscallNs = 0;
  syscallWhen = 0;
  syscalltick = 0;
  /** Set when the G called runtime.Goexit. */
  goexiting = false;
  /** In a runtime operation that cannot be preempted (mapassign's write window, mallocgc). */
  nonpreempt = 0;
  runnableSince = 0;
  /** A runtime goroutine (forcegc, bgsweep, bgscavenge): hidden below GOTRACEBACK=system. */
  system = false;
  /** The G struct's heap address (malg's new(g)), its stack's address and size (stack.lo,
   *  stack.hi - stack.lo), and its index in allgs: memory a dead G hands to the next goroutine
   *  that reuses it (gfput/gfget). 0 when not charged (unit tests without a machine). */
  gaddr = 0;
  stacklo = 0;
  stacksize = 0;
  allgsIndex = -1;
  /** The order of creation among all goroutines of the run (Sched.gcreated). 0 for the
   *  runtime's own. */
  seq = 0;
  /** The leak group the goroutine belongs to: its creator's (a timer's func: the group of the
   *  goroutine that made the timer), unless it started one of its own (`gort test`'s top-level
   *  tests do, with their seq): the test's leak check looks for live goroutines of its group,
   *  so that a parallel test's goroutines are not another's leaks. 0: none. */
  group = 0;
  /** -race: the race detector's state of this goroutine (race.ts). */
  race: import("./race.js").RaceG | undefined = undefined;

  /** The goroutine id: fixed while the goroutine lives (a dead G reused by gfget takes a new
   *  one). */
  goid: number;

  constructor(goid: number) {
    this.goid = goid;
    this.fr.push({ fi: -1, l: 0, depth: 0, sp: 0, defers: null, rt: null, s: null, rs: null, rl: null });
  }

  /** Push a frame for a call of function fi (the compiled prologue). Every instruction here is
   *  paid on every Go call, so a reused slot gets only the fields every call needs, and there
   *  is no test for the run's tools (HookedG's push has them): the other fields stay valid
   *  without a reset (the header's invariants). The stores come after the new-slot branch has
   *  rejoined, so that V8 checks the frame's shape once (5 instructions a call fewer in fib). */
  push(fi: number): Frame {
    const d = ++this.d;
    let f = this.fr[d];
    if (f === undefined) f = this.newFrame(fi, d);
    f.fi = fi;
    f.l = 0;
    f.s = null;
    return f;
  }

  /** The first call this deep: newstack's checks, against Go's limit and gort's. */
  private newFrame(fi: number, d: number): Frame {
    // (A G made outside a machine, in a unit test, has no function table.)
    const info = fi >= 0 ? (machine as typeof machine | undefined)?.funcInfo(fi) : undefined;
    const sp = this.fr[d - 1]!.sp + (info?.frameSize ?? 0);
    const f: Frame = { fi, l: info?.line ?? 0, depth: d, sp, defers: null, rt: null, s: null, rs: null, rl: null };
    this.fr.push(f);
    // The callee's frame is in place, at its func line, as Go shows it when morestack fails.
    if (sp > ((machine as typeof machine | undefined)?.stackLimitBytes ?? maxStackBytes)) throw new StackOverflow();
    // morestack: the stack doubles (its memory is charged to the machine), as newstack does.
    if (sp > this.stacksize && this.stacksize > 0) machine.sched.memory?.growStack(this, sp);
    if (d > maxFrameDepth) {
      throw new SimLimit(
        "depth",
        `gort: call depth limit exceeded (${maxFrameDepth} nested calls on goroutine ${this.goid}, ` +
          `${Math.round(sp / (1 << 20))} MB of Go stack: Go would allow 1 GB)`,
      );
    }
    return f; // push sets l to 0
  }

  /** Pop the top frame and pass a result through (the compiled return). */
  pop<T>(v: T): T {
    this.d--;
    return v;
  }

  /** The run is over: drop the goroutine's frames and code (Machine.dispose). */
  dispose(): void {
    this.fr.length = 0;
    this.segs.length = 0;
    this.deferring.length = 0;
    this.gen = undefined;
    this.startRoots = undefined;
  }

  /**
   * gfget: this dead G becomes goroutine goid, every field as a new G(goid) has it but the
   * memory it hands on (gaddr, stacklo, stacksize, allgsIndex). Its frames above fr[0] are
   * dropped, so that each frame slot is first reached again (its stack estimate and checks,
   * newFrame); its arrays are kept, empty. A unit test (proc.test.ts) compares the result with a
   * new G field by field.
   */
  reuse(goid: number): void {
    this.goid = goid;
    this.status = Gstatus._Grunnable;
    this.waitreason = waitReason.zero;
    this.waitsince = 0;
    this.gen = undefined;
    // Popped, not truncated: setting an array's length is a call into V8's runtime.
    while (this.segs.length !== 0) this.segs.pop();
    this.pinned = false;
    this.startRoots = undefined;
    while (this.deferring.length !== 0) this.deferring.pop();
    const fr = this.fr;
    while (fr.length > 1) fr.pop();
    const f0 = fr[0]!;
    f0.fi = -1;
    f0.l = 0;
    f0.depth = 0;
    f0.sp = 0;
    f0.defers = null;
    f0.rt = null;
    f0.s = null;
    f0.rs = null;
    f0.rl = null;
    this.d = 0;
    this.m = undefined;
    this.startFi = -1;
    this.startName = "";
    this.createdByFi = -1;
    this.createdByLine = 0;
    this.createdByRuntime = undefined;
    this.preempt = false;
    this.panic = null;
    this.recoverDepth = -1;
    this.waitOn = undefined;
    this.leaked = false;
    this.param = undefined;
    this.selectDone = false;
    this.syscallNs = 0;
    this.syscallWhen = 0;
    this.syscalltick = 0;
    this.goexiting = false;
    this.nonpreempt = 0;
    this.runnableSince = 0;
    this.system = false;
    this.seq = 0;
    this.group = 0;
    this.race = undefined;
  }

  /**
   * The run is over and this plain G goes to a pool for a later run (proc.ts freeGs): every
   * field as a new G has it, the memory it handed on included, so that taking it back needs
   * only a goid.
   */
  recycle(): void {
    this.reuse(0);
    this.gaddr = 0;
    this.stacklo = 0;
    this.stacksize = 0;
    this.allgsIndex = -1;
  }

  /** Push a runtime pseudo-frame, such as `panic(...)` during a panic's deferred calls. */
  pushRuntime(name: string, file: string, line: number): Frame {
    const f = this.push(-1);
    f.rt = { name, file, line };
    return f;
  }
}

/**
 * A goroutine of a run with a debugger or a race detector (Sched.funcenter): every call it
 * makes runs funcenter. Other runs make plain Gs, whose push pays nothing for those tools.
 */
export class HookedG extends G {
  override push(fi: number): Frame {
    const f = super.push(fi);
    funcenter(f, fi);
    return f;
  }
}

/**
 * What a HookedG's calls do on entry, as a -race build's functions call racefuncenter: the race
 * detector's stacks recorded for the slot's earlier call (Frame.rs, rl) are forgotten, and the
 * debugger hears of the call (its function breakpoints).
 */
function funcenter(f: Frame, fi: number): void {
  f.rs = null;
  f.rl = null;
  if (f.fm !== S.fm) f.fm = S.fm;
  S.fm = null;
  if (f.deferreturn === true) f.deferreturn = false;
  if (S.dbg !== null) S.dbg.enter(fi);
}

/**
 * Run call with bytes more Go stack under it: frame f (the caller's) stands for frames Go would
 * have between it and the callee (fmt's, a deferred call's wrapper), which gort runs as host code.
 * A frame first reached meanwhile is charged from the raised sp (G.push), so recursion through
 * them reaches Go's stack limit, and --heap-limit, about as deep as in Go.
 */
export function* withStackCharge<Y, T, N>(f: Frame, bytes: number, call: () => Generator<Y, T, N>): Generator<Y, T, N> {
  const sp = f.sp;
  f.sp = sp + bytes;
  try {
    return yield* call();
  } finally {
    f.sp = sp;
  }
}

/** A goroutine's stack outgrew Go's limit: newstack's `fatal error: stack overflow`. */
export class StackOverflow extends Error {
  constructor() {
    super("stack overflow");
  }
}

export class M {
  p: P | undefined;
  curg: G | undefined;
  spinning = false;
  /** The P this M had before entering a syscall (Go's m.oldp). */
  oldp: P | undefined;
  constructor(readonly id: number) {}
}

/** A timer on a P's heap: time.Sleep, time.After, AfterFunc... f runs when it fires. */
export interface Timer {
  when: number;
  period: number;
  f: (now: number) => void;
  seq: number;
  /** Index in its P's heap, or -1 when not in a heap. */
  i: number;
  pp: P | undefined;
  /** Go values the timer holds (time.AfterFunc's func, a Timer's channel): GC roots. */
  roots?: unknown[];
  /** -race: the clock of the timer's (re)setting, which its firing acquires (race.ts). */
  race?: number[] | undefined;
}

export class P {
  status: Pstatus = Pstatus._Pidle;
  m: M | undefined;
  /** The local run queue: a ring of 256 (Go's runq), plus runnext. Its slots are filled as
   *  they are first used (a fresh machine per explored run need not allocate them all). */
  readonly runq: (G | undefined)[] = [];
  runqhead = 0;
  runqtail = 0;
  runnext: G | undefined;
  schedtick = 0;
  syscalltick = 0;
  /** sysmon's record of the P (Go's sysmontick). */
  sysmonSchedtick = 0;
  sysmonSchedwhen = 0;
  sysmonSyscalltick = 0;
  sysmonSyscallwhen = 0;
  readonly timers: Timer[] = [];
  /** While the P is idle: when the thread that sleeps until its first timer wakes (0: none
   *  asleep). Machine.timer. */
  timerWakeAt = 0;
  /** A thief's runqgrab sleep (Sched.findRunnable): when the P's M, searching for work, ends
   *  its 3 µs sleep before taking a running P's runnext (0: not sleeping), and whether it has
   *  slept (the next search takes the runnext at once). */
  stealSleepUntil = 0;
  stealSlept = false;
  /** Go's goidcache: each P takes goroutine ids from the global counter 16 at a time. */
  goidcache = 0;
  goidcacheend = 0;
  /** The allocator's per-P cache (malloc.ts). */
  mcache: unknown = undefined;
  /** The simulated time at which this P next acts. */
  t = 0;
  constructor(readonly id: number) {}
}
