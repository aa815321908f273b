// The machine: the deterministic main loop that runs a compiled Go program on the runtime model.
//
// The loop takes the earliest event from the scheduler's heap (runtime/proc.ts) and acts on it:
// a P resumes its goroutine until the goroutine yields (runtime/yield.ts), a syscall or C call
// returns, a timer fires, or sysmon wakes. The cost of what a goroutine did between two yields
// (its operations' modelled costs plus its loops' work) advances that P's clock.
//
// Invariants:
//   - Nothing here reads the host clock or Math.random: the run is a function of the program,
//     the options and the seed. The PRNG is the only source of choice (tie-breaking, jitter).
//   - Exactly one goroutine runs at a time in the host; $S.g names it.
//   - The machine owns all of its run's state: its scheduler, heap, collector, semaphores and PRNG
//     (fields below), and the state the runtime and natives reach through module-level
//     registers, which activate() points at this machine's own before each step (run, or a
//     step of start/step/result) and which step saves where they change:
//       state.ts    `machine` (this) and S (the g register, the budget, the cost clock and the
//                   run's hooks: race detector, trace, profiler, coverage, debugger, what-if);
//       rt.ts       `rt`, the process record (Env, os.Args, environment, stdin, file system,
//                   what natives keep per process, such as reflect's registered types);
//       addr.ts     the stand-in addresses (AddrSpace); unsafe.ts its tables (UnsafeTables);
//       hash64.ts   hashkey, drawn by alginit from the run's PRNG.
//     So two machines may run in one host process, one step at a time (src/sim/twomachines.test.ts).
//     What stays in modules is not per run: immutable caches of type descriptors (rtypes.ts,
//     link.ts mapType, alg.ts algCache) shared by identical types, wiring set once (alg.ts's
//     hooks, rt.ts's value makers), and return registers that are set and read within one
//     synchronous call (map.ts foundIndex, hash64.ts hashHi), between which no step can end,
//     and the records finished runs left for later runs' machines (dispose: span records,
//     bitmaps, mcentrals and the page table in mheap.ts, mcaches' span tables, plain Gs in
//     proc.ts), each reset to what a new one holds and in one live machine or in its pool,
//     never both. A linked program holds its package variables and a CgoProgram its C
//     memory, so one Program runs on one machine at a time (api.ts start checks it).
//
// Failure handling follows Go's panic.go: an unrecovered panic prints the panic chain and the
// panicking goroutine; a fatal error prints every goroutine; both exit 2. os.Exit ends the run
// with its code. A simulator limit and an internal error are gort's own (exit 3 and 70).

import { norm } from "../base/int64.js";
import { Prng } from "../base/prng.js";
import { textToBytes } from "../base/utf8.js";
import { RandomStrategy, RecordingStrategy, StrategyDecider, type Strategy } from "../explore/strategy.js";
import { ExitError, newRt, setRt, terminalStdio, type Rt, type StdStream } from "../runtime/rt.js";
import { DebugStop, Deadlock, MoveToBigStack, GoFatal, GoPanic, SimBug, SimLimit, Unwind, assert, type RuntimeFrame } from "../runtime/panic.js";
import { Ev, Sched, forcePreemptNS } from "../runtime/proc.js";
import { checkSched } from "../runtime/schedcheck.js";
import { G, Gstatus, P, Pstatus, StackOverflow, defaultMaxstacksize, maxstackceiling, pseudoFrame, stackLimitOf, type FuncInfo } from "../runtime/runtime2.js";
import { EXITSYSCALL, GOON, GOSCHED, GOYIELD, PARK, STEP, STEPPED, SYSCALL, type GoGen } from "../runtime/yield.js";
import { S, machine, setMachine, type DebugHook, type MachineApi, type Registers } from "../runtime/state.js";
import type { RType } from "../runtime/value.js";
import { checkBudget } from "../runtime/procrt.js";
import { gogo } from "../runtime/gogo.js";
import { crashStatus, dumpGoroutines, frameFuncName, goleakEntry, panicWhilePrinting, printPanicChain, tracebackLevel, traceback } from "../runtime/traceback.js";
import { toGoPanic } from "../runtime/panicking.js";
import type { Env } from "../runtime/env.js";
import { GCPhase, Heap } from "../runtime/malloc.js";
import { maxTinySize } from "../runtime/mspan.js";
import { MCache } from "../runtime/mcache.js";
import { _StackMin } from "../runtime/stack.js";
import { alginit } from "../runtime/alg.js";
import { setHashkey } from "../runtime/hash64.js";
import { AddrSpace, setAddrSpace } from "../runtime/addr.js";
import { UnsafeSlot, setUnsafeTables } from "../runtime/unsafe.js";
import type { CgoProgram } from "../cgo/cgo.js";
import { GC, forcegcperiod, gctraceFromEnv, readGOGC } from "../runtime/mgc.js";
import { SchedTrace } from "../runtime/schedtrace.js";
import { SemTable } from "../runtime/sema.js";
import { CFault, SIGNAL_TEXT } from "../cgo/fault.js";
import { RaceDetector, parseGORACE } from "../runtime/race.js";
import { type Steer } from "../runtime/decide.js";
import { sleepWakeDelay } from "../runtime/cgocall.js";
import { coldFaultNs, leakRetryNs, mallocBytesPerNs, mallocNs, opsPerNs, schedNs, sliceNs, stallNs } from "../runtime/costs.js";
import { Trace, type TraceData, type TraceEvent } from "../runtime/trace.js";
import { noFS, type HostExec, type HostFS } from "../runtime/syscall.js";
import { CpuProfiler, assistStack, mallocgcFrame, type CpuProfileData } from "../runtime/cpuprof.js";
import { MemProfiler, defaultMemProfileRate, type MemProfileData } from "../runtime/mprof.js";
import type { FuzzHooks } from "../runtime/cover.js";
import { StaleMcache, type Model } from "../runtime/whatif.js";

export interface RunOptions {
  seed: number;
  gomaxprocs?: number; // default: the GOMAXPROCS variable, else cpus
  cpus: number; // the simulated machine's CPUs (default 4)
  environ: Map<string, string>;
  args: string[];
  stdin: string;
  /** The host's standard input after stdin: the bytes from offset pos, at most max ("" at its
   *  end). The same offset must always give the same bytes, so that every run of one input
   *  reads the same program input (the CLI keeps what it read). */
  stdinSource?: (pos: number, max: number) => string;
  /** What fds 0, 1 and 2 are on the host (default: three terminals, rt.ts terminalStdio). */
  stdio?: readonly StdStream[];
  /** The run's file system, made for each run (the CLI's is the host's): without one, file
   *  calls fail with ENOSYS ("function not implemented"). */
  newFS?: () => HostFS;
  /** `--exec host`: the host processes the run may start (src/host/hostexec.ts), made for each
   *  run. Without it, the default, os.StartProcess fails with ENOSYS. A run that starts host
   *  processes is not reproducible. */
  newExec?: () => HostExec;
  /** The step limit: a step is a slice (a goroutine's run between two yields) or a ns of loop
   *  work (back-edges' weights at costs.ts opsPerNs). */
  maxSteps: number;
  maxSimNs: number;
  maxGoroutines: number;
  /** The simulated machine's memory in bytes (--heap-limit; default 1 GiB): the heap's and the
   *  goroutine stacks' pages. Beyond it, Go's "out of memory". */
  maxHeapBytes?: number;
  /** --check: gort's expensive invariant checks, which tests turn on: the heap's span, page
   *  and sweep accounting after every GC cycle (mheap.ts checkHeap) and the scheduler's queues
   *  after every event (schedcheck.ts). The cheap assertions are always on. */
  check?: boolean;
  /** Record the run's event stream (runtime/trace.ts) in RunResult.trace: --trace,
   *  --timeline, --explain. With it the happens-before clocks run too (a RaceDetector that
   *  records no accesses, unless race is set), which changes nothing the program observes. */
  trace?: boolean;
  /** Who makes the scheduling decisions (default: a RandomStrategy seeded from seed). */
  strategy?: Strategy;
  /** An exploration strategy's answers to the steerable decisions (runtime/decide.ts): stalls
   *  and select cases. Without it every steerable decision takes its default. */
  steer?: Steer;
  /** Record every scheduling decision in RunResult.schedule. */
  recordSchedule?: boolean;
  /** The program as the user named it, for replay tokens (a byte string). */
  source?: string;
  /** Print gort's own stack on an internal error (the CLI sets it from GORT_DEBUG). */
  debug?: boolean;
  /** The program imports os, whose files have finalizers: Go then starts the finalizer
   *  goroutine (goroutine 5) before main.main, which shifts the ids of user goroutines. */
  finalizers?: boolean;
  /** The program was built with -race: run the race detector (runtime/race.ts), with Go's
   *  scheduler randomization under -race (proc.go randomizeScheduler). */
  race?: boolean;
  /** Report partial deadlocks (runtime/goroutineleak.ts) as they become certain, and, when main
   *  returns, the goroutines still alive, as goleak does; the run then exits 1. `gort run
   *  --leaks`; `gort test` always (its testing package checks each test's goroutines). */
  leaks?: boolean;
  /** gort test -fuzz: the fuzz driver's side of package testing's fuzz natives. */
  fuzz?: FuzzHooks;
  /** The program's C code (its cgo preamble), already reset for this run (api.ts run). */
  cgo?: CgoProgram;
  /** gort test -fuzz: the coverage counters the run adds to (runtime/cover.ts); the program
   *  must have been compiled with coverage for branches to count. */
  cover?: Uint8Array;
  /** Where the program's output goes, as it prints it, in Go's order across the two fds
   *  (bytes are a byte string). With a sink RunResult.stdout and stderr stay empty. Without one
   *  the run collects its output, at most maxOutputBytes of each stream. */
  write?: (fd: 1 | 2, bytes: string) => void;
  /** How much of each stream a run without a sink keeps (default defaultMaxOutputBytes); the
   *  rest is dropped and a line saying how much ends the stream. */
  maxOutputBytes?: number;
  /** Sample the run's simulated CPU time (runtime/cpuprof.ts) into RunResult.cpuprofile:
   *  --cpuprofile. */
  cpuprofile?: boolean;
  /** Sample its allocations at runtime.MemProfileRate (runtime/mprof.ts) into
   *  RunResult.memprofile: --memprofile. */
  memprofile?: boolean;
  /** The runtime model (`--model`; runtime/whatif.ts): "go1.19", the default, or a what-if
   *  such as "stale-mcache". The default changes nothing in the run. */
  model?: Model;
  /** `gort debug`: the debugger's hook (runtime/state.ts S.dbg), told of every hooked runtime
   *  call and Go function entry; it may end the run with DebugStop. */
  debugHook?: DebugHook;
}

/** What a run without an output sink keeps of each stream by default: 16 MiB. */
const defaultMaxOutputBytes = 16 << 20;

export interface RunResult {
  /** The collected output, as byte strings; empty when RunOptions.write took it. */
  stdout: string;
  stderr: string;
  exitCode: number;
  simNs: number;
  steps: number;
  /** The event stream, when RunOptions.trace asked for it. */
  trace: TraceData | undefined;
  /** trace's events, or none. */
  events: TraceEvent[];
  /** The run's scheduling decisions, when recorded (RunOptions.recordSchedule). */
  schedule: number[] | undefined;
  /** What ended the run, in one line: "exit 0", "panic: boom", "fatal error: ...". */
  outcome: string;
  /** -race: one line per race report printed (race.ts signature), in order. */
  races: string[];
  /** RunOptions.leaks: one line per goroutine reported blocked forever, in order: its wait
   *  reason and top function ("[chan send] main.worker"). */
  leaks: string[];
  /** RunOptions.cpuprofile: the CPU profile of the run's simulated time. */
  cpuprofile?: CpuProfileData;
  /** RunOptions.memprofile: the heap profile as of the last completed GC cycle. */
  memprofile?: MemProfileData;
}

interface LinkedProgram {
  reset: () => void;
  inits: (() => GoGen)[];
  main: () => GoGen;
  funcInfos: FuncInfo[];
}

/** unsafe.Sizeof(runtime.g{}) on linux/amd64, Go 1.19, rounded to its size class: measured
 *  HeapAlloc grows by about 425 bytes per blocked goroutine. */
const gStructSize = 416;

/** The most heap objects a program may hold (live at the last mark plus allocated since), at
 *  the default --heap-limit of 1 GiB: 3 Mi objects are about 1.6 to 1.7 GB of host memory
 *  for the heaviest kinds (defer records, timers: measured in docs/ARCHITECTURE.md, "Host
 *  memory"; 4 Mi reached 2.15 GB, 3.5 Mi 2.0 GB). A larger --heap-limit allows one object per
 *  objectLimitBytes of it (1 GiB / 3 Mi, rounded up). */
const maxLiveObjects = 3 << 20;
const objectLimitBytes = 342;

const budget = checkBudget;
/** Inside another goroutine's suspension, plain code that runs this long is suspended even if
 *  nothing waits for its P, so that a goroutine that never leaves plain code cannot stall the
 *  machine (the cost: the suspended ones further out wait for it). */
const nestedSliceNs = 100 * forcePreemptNS;
/** A partial-deadlock report has at most this many lines: one per place goroutines wait at. */
const leakReportLines = 20;
/** A limit report shows at most this many goroutines besides the current one (a goroutine
 *  bomb has a million). */
const limitDumpGoroutines = 100;

export class Machine implements MachineApi {
  readonly prng: Prng;
  /** Records the run's scheduling decisions when RunOptions.recordSchedule is set. */
  readonly recorder: RecordingStrategy | undefined;
  readonly sched: Sched;
  stdout = "";
  stderr = "";
  steps = 0;
  /** Heap objects marked by the last cycle plus those allocated since. */
  private live = 0;
  /** The host limit on heap objects (maxLiveObjects, more with a larger --heap-limit). */
  private readonly objectLimit: number;
  /** When live passes this, a collection is asked for first: half way from what the last
   *  cycle marked to the limit, so that a program holding many objects is not collected at
   *  every allocation. */
  private objectsCheck: number;
  exitCode: number | undefined;
  outcome = "";
  readonly heap: Heap;
  readonly gc: GC;
  readonly semtable: SemTable;
  /** -race: the race detector (undefined without -race). */
  readonly race: RaceDetector | undefined;
  readonly fuzz: FuzzHooks | undefined;
  traceLevel: ReturnType<typeof tracebackLevel>;
  /** GODEBUG=schedtrace=X (X > 0): prints from sysmon's ticks. */
  private readonly schedtrace: SchedTrace | undefined;
  /** Goroutines suspended inside plain code (suspendPlain), innermost last: each one's host
   *  frames lie under the nested loop that the next one (or the machine) runs. */
  private readonly pinned: G[] = [];
  /** Set by resume when the innermost pinned goroutine is scheduled again: its nested loop
   *  returns, and the goroutine goes on from where it stood. */
  private unpin = false;
  /** The cost of the running goroutine's slice at which suspendPlain next considers a
   *  suspension (a sysmon slice after each resume). */
  private sliceCheck = forcePreemptNS;
  /** The value the budget counter S.b counts down from in this resume: budget, or 0 while a
   *  GC start waits for plain code to return to a yield point (suspendPlain). */
  private bBase = budget;
  /** --cpuprofile and --memprofile: the profilers, undefined when off. */
  private cpuprof: CpuProfiler | undefined;
  private readonly memprof: MemProfiler | undefined;
  /** When the CPU profile started (0, or runtime/pprof.StartCPUProfile's time). */
  private cpuprofStart = 0;
  /** The stale-mcache what-if (RunOptions.model), undefined under the go1.19 model. */
  readonly whatif: StaleMcache | undefined;
  /** The simulated process (rt.ts), the stand-in addresses (addr.ts) and package unsafe's
   *  tables (unsafe.ts) of this run: activate installs them. */
  readonly rt: Rt = newRt();
  readonly addrs = new AddrSpace();
  readonly unsafeTables = new UnsafeSlot();
  /** The program's C code (RunOptions.cgo). */
  readonly cgo: CgoProgram | undefined;
  /** hashkey[0] (alginit), installed by activate. */
  private hashkey: readonly [number, number] = [0, 1];
  /** The registers of S while another machine runs (activate and deactivate). */
  private readonly regs: Registers = {
    g: undefined as unknown as G, b: 0, cost: 0, r: null, tr: null, pf: null, cv: null, dbg: null, wi: null, fm: null,
  };
  /** start() ran. */
  private started = false;
  /** preemptone for sysmon's retake: one function per machine, not one per sysmon tick. */
  private readonly preemptoneFn = (pp: P): void => this.preemptone(pp);

  constructor(
    readonly prog: LinkedProgram,
    readonly opts: RunOptions,
  ) {
    this.prng = new Prng(opts.seed);
    this.cgo = opts.cgo;
    // From here on the runtime's registers are this machine's.
    this.activate();
    const procs = opts.gomaxprocs ?? gomaxprocsFromEnv(opts.environ, opts.cpus);
    const strategy = opts.strategy ?? new RandomStrategy(this.prng.split());
    this.recorder = opts.recordSchedule ? new RecordingStrategy(strategy) : undefined;
    this.sched = new Sched(new StrategyDecider(this.recorder ?? strategy), procs, {
      maxGoroutines: opts.maxGoroutines,
      maxSimNs: opts.maxSimNs,
    });
    if (opts.trace === true) this.sched.trace = new Trace(this, () => this.sched.now);
    this.sched.steer = opts.steer;
    this.objectLimit = Math.max(maxLiveObjects, Math.floor((opts.maxHeapBytes ?? 0) / objectLimitBytes));
    this.objectsCheck = this.objectLimit * 0.75;
    this.heap = new Heap({
      race: opts.race === true,
      gcPercent: readGOGC(opts.environ.get("GOGC")),
      ...(opts.maxHeapBytes !== undefined ? { maxHeapBytes: opts.maxHeapBytes } : {}),
    });
    for (const p of this.sched.allp) p.mcache = this.heap.newMCache();
    this.sched.memory = {
      malg: (g, pp) => this.malg(g, pp),
      growStack: (g, used) => this.growStack(g, used),
      gfput: (g) => this.gfputStack(g),
    };
    this.gc = new GC(this.heap, this, gctraceFromEnv(opts.environ.get("GODEBUG")));
    this.gc.checkHeap = opts.check === true;
    this.traceLevel = tracebackLevel(opts.environ.get("GOTRACEBACK"));
    this.schedtrace = SchedTrace.fromEnv(opts.environ);
    const mapPrng = this.prng.split();
    const env: Env = {
      prng: mapPrng,
      newobject: (size, noscan) => this.newobject(size, noscan),
      write: (fd, bytes) => this.write(fd, bytes),
      nanotime: () => this.sched.now,
    };
    const r = this.rt;
    r.env = env;
    r.args = opts.args;
    // Copied at the first change (rt.ts writableEnviron): os.Setenv in one run must not reach
    // the next run of runMany.
    r.environ = opts.environ;
    r.environShared = true;
    r.stdin = opts.stdin;
    r.stdinPos = 0;
    r.stdinSource = opts.stdinSource;
    r.stdio = opts.stdio ?? terminalStdio;
    r.fs = opts.newFS?.() ?? noFS;
    r.exec = opts.newExec?.();
    this.hashkey = alginit(mapPrng);
    // The semaphores' treap priorities (fastrand) come from their own sub-stream, drawn after
    // the others so that adding it changed no earlier stream.
    this.semtable = new SemTable(this.prng.split());
    // crypto/rand's entropy: the last sub-stream, so that it changed no earlier one.
    env.entropy = this.prng.split();
    S.r = null;
    S.tr = this.sched.trace ?? null;
    S.cv = opts.cover ?? null;
    S.dbg = opts.debugHook ?? null;
    this.whatif = opts.model === "stale-mcache" ? new StaleMcache(this.heap.h, this.sched.trace) : undefined;
    S.wi = this.whatif ?? null;
    this.fuzz = opts.fuzz;
    // Go's iscgo: the program imports "C" (checkdead then never reports a deadlock).
    this.sched.iscgo = opts.cgo !== undefined;
    this.sched.ncgocall = this.sched.iscgo ? 1 : 0;
    if (opts.race === true) {
      this.race = new RaceDetector(parseGORACE(opts.environ.get("GORACE")), (text) => this.write(2, text));
      this.sched.randomizeScheduler = true;
    } else if (opts.trace === true) {
      this.race = new RaceDetector(parseGORACE(undefined), (text) => this.write(2, text), true);
    }
    // The debugger and the race detector hear of every Go call (runtime2.ts HookedG).
    this.sched.funcenter = S.dbg !== null || this.race !== undefined;
    S.pf = null;
    if (opts.cpuprofile === true) this.startCPUProfile();
    this.memprof = opts.memprofile === true ? this.newMemProfiler(opts.seed) : undefined;
    this.deactivate();
  }

  /** Make this machine the one the runtime's registers name (the header lists them): the
   *  values it had when it last stopped, or fresh ones before its first step. */
  activate(): void {
    setMachine(this);
    setRt(this.rt);
    setAddrSpace(this.addrs);
    setUnsafeTables(this.unsafeTables);
    setHashkey(this.hashkey[0], this.hashkey[1]);
    Object.assign(S, this.regs);
  }

  /** Keep S's values for this machine's next step (the other registers point at its own
   *  objects, which it changes in place). */
  private deactivate(): void {
    Object.assign(this.regs, S);
  }

  /** Start the CPU profiler (--cpuprofile, runtime/pprof.StartCPUProfile): false if it runs. */
  startCPUProfile(): boolean {
    if (this.cpuprof !== undefined) return false;
    const cp = new CpuProfiler(this, () => this.sched.main);
    this.cpuprof = cp;
    this.cpuprofStart = this.sched.now;
    S.pf = cp;
    this.gc.onMarkWorkers = (ps, ns) => {
      for (const pp of ps) cp.markWorker(pp, ns);
    };
    return true;
  }

  /** runtime/pprof.StopCPUProfile: the profile so far; sampling stops. */
  stopCPUProfile(): CpuProfileData {
    const d = this.cpuprof!.data(this.sched.now - this.cpuprofStart);
    this.cpuprof = undefined;
    S.pf = null;
    this.gc.onMarkWorkers = undefined;
    return d;
  }

  /** runtime/pprof.WriteHeapProfile: a program that imports runtime/pprof runs with the heap
   *  profiler on (RunOptions.memprofile), as Go's runtime always samples. */
  heapProfile(): MemProfileData {
    return this.memprof?.data() ?? { rate: defaultMemProfileRate, samples: [] };
  }

  /** The heap profiler, told of each cycle's mark and mark termination. Its sampling gaps come
   *  from a stream of its own, seeded from the run's seed and drawn only when it is on, so
   *  that profiling changes no other random choice. */
  private newMemProfiler(seed: number): MemProfiler {
    const rate = (): number => {
      const v = (this.gc.globals[0] as Record<string, unknown> | undefined)?.["runtime$MemProfileRate"];
      return typeof v === "number" ? v : typeof v === "bigint" ? Number(v) : defaultMemProfileRate;
    };
    const mp = new MemProfiler(this, new Prng((seed ^ 0x6d70726f) >>> 0), rate, () => this.sched.main);
    this.gc.onMarked = (isLive) => mp.marked(isLive);
    this.gc.onMarkDone = () => mp.publish();
    return mp;
  }

  /** Bytes of stdout and stderr dropped beyond maxOutputBytes (a run without a sink). */
  private dropped: [number, number] = [0, 0];

  /** What the program writes to stdout while an example runs (testing's runExample pipe). */
  private captured: string | undefined;

  /** MachineApi.leakCheck. */
  get leakCheck(): boolean {
    return this.opts.leaks === true;
  }
  /** MachineApi.panicOnExit0. */
  panicOnExit0 = false;

  captureStdout(): void {
    this.captured = "";
  }

  stopCapture(): string {
    const s = this.captured ?? "";
    this.captured = undefined;
    return s;
  }

  write(fd: 1 | 2, bytes: string): void {
    if (fd === 1 && this.captured !== undefined) {
      this.captured += bytes;
      return;
    }
    const sink = this.opts.write;
    if (sink !== undefined) return sink(fd, bytes);
    const max = this.opts.maxOutputBytes ?? defaultMaxOutputBytes;
    const have = fd === 1 ? this.stdout.length : this.stderr.length;
    let keep = bytes;
    if (have + bytes.length > max) {
      keep = bytes.slice(0, Math.max(0, max - have));
      this.dropped[fd - 1]! += bytes.length - keep.length;
    }
    if (fd === 1) this.stdout += keep;
    else this.stderr += keep;
  }

  /** A collected stream, with a line saying how much of it was dropped. */
  private collected(fd: 1 | 2): string {
    const s = fd === 1 ? this.stdout : this.stderr;
    const n = this.dropped[fd - 1]!;
    if (n === 0) return s;
    const max = this.opts.maxOutputBytes ?? defaultMaxOutputBytes;
    return s + `\n[gort: ${fd === 1 ? "stdout" : "stderr"} truncated: kept the first ${max} bytes, dropped ${n} more]\n`;
  }

  /** GcHost: the simulated machine's CPUs. */
  get cpus(): number {
    return this.opts.cpus;
  }

  /** GcHost: what a cycle marked (the machine's count of objects the program holds). */
  get liveObjects(): number {
    return this.live;
  }

  set liveObjects(marked: number) {
    this.live = marked;
    this.objectsCheck = Math.max(this.objectLimit * 0.75, marked + (this.objectLimit - marked) / 2);
  }

  newobject(size: number, noscan: boolean, via: readonly RuntimeFrame[] = mallocgcFrame): number {
    if (S.dbg !== null) S.dbg.hit("runtime.mallocgc", S.g, { size, noscan });
    // Each heap object is a host object too (100 to 500 bytes of V8 memory, well above the Go
    // size of small objects): beyond objectLimit the host could not hold the program.
    if (++this.live > this.objectsCheck) this.tooManyObjects();
    const g = S.g;
    const pp = g?.m?.p;
    const wi = this.whatif;
    const mc = (wi !== undefined && pp !== undefined ? wi.mcache(g, pp) : pp?.mcache ?? this.sched.allp[0]!.mcache) as MCache;
    const requested = this.heap.startGCRequested;
    const fresh = this.heap.h.freshPages;
    let x = this.heap.mallocgc(size, noscan, mc);
    if (wi !== undefined && pp !== undefined) x = wi.allocated(g, pp, mc, x, size, noscan, this.sched.now + S.cost + this.workNs());
    let ns = mallocNs + Math.floor(size / mallocBytesPerNs);
    // The first allocation after a long C call left every P idle (cgocall.ts) pays a cold page
    // fault if it takes never-used pages; either way the machine is warm again after it.
    if (this.sched.coldFault) {
      this.sched.coldFault = false;
      if (this.heap.h.freshPages !== fresh) ns += coldFaultNs;
    }
    S.cost += ns;
    if (this.memprof !== undefined) this.profilealloc(pp, g, x, size, noscan, via[via.length - 1]!.fn);
    if (S.pf !== null && g !== undefined) S.pf.inline(pp, g, ns, via);
    if (this.heap.gcphase !== GCPhase._GCoff) {
      const wait = this.gc.gcAssistAlloc(this.sched.now + S.cost, size);
      if (S.pf !== null && wait > 0 && g !== undefined) S.pf.inline(pp, g, wait, assistStack);
      // A goroutine that assists (mark work, or a park on a chained mark), or whose work has
      // run past the end of the mark phase, yields at its next back-edge, so that mark
      // termination happens in its time.
      S.cost += wait;
      if (wait > 0 || this.sched.now + S.cost >= this.gc.markEnd) S.b = 0;
    }
    // The heap trigger fired: end the goroutine's budget, so that its next back-edge yields
    // and the cycle starts at that safe point (the machine's loop starts it).
    if (!requested && this.heap.startGCRequested) {
      S.b = 0;
      this.gcTriggerAt = this.sched.now + S.cost;
    }
    return x;
  }

  /** The size mallocgc allocated for a request of size bytes at x: the tiny request itself, or
   *  its span's element size (the size class's, or the large object's pages). */
  /** mallocgc's profiling of an allocation. A tiny object that fit into the current tiny
   *  block returned before it (its address is inside the block); one that started a block is
   *  profiled as the whole block (size = maxTinySize), as Go's tiny path sets it. */
  private profilealloc(pp: P | undefined, g: G | undefined, x: number, size: number, noscan: boolean, site: string): void {
    if (noscan && size > 0 && size < maxTinySize) {
      if (x % maxTinySize === 0) this.memprof!.malloc(pp, g, x, maxTinySize, site);
      return;
    }
    this.memprof!.malloc(pp, g, x, this.heap.h.spanOf(x)?.elemsize ?? size, site);
  }

  /** malg's memory: the G struct (a heap object, never freed: allgs holds it) and the
   *  starting stack (_StackMin from the stack allocator). Both count against --heap-limit. */
  private malg(g: G, pp: P | undefined): void {
    const mc = (pp?.mcache ?? this.sched.allp[0]!.mcache) as MCache;
    g.gaddr = this.heap.mallocgc(gStructSize, false, mc);
    g.stacklo = this.heap.stackalloc(_StackMin);
    g.stacksize = _StackMin;
  }

  /** newstack/copystack: double the stack until the used bytes fit; the old one is freed. */
  private growStack(g: G, used: number): void {
    if (g.stacksize === 0) return; // the runtime's own goroutines have no modelled stack
    let n = g.stacksize;
    while (n < used) n *= 2;
    const lo = this.heap.stackalloc(n);
    this.heap.stackfree(g.stacklo, g.stacksize);
    g.stacklo = lo;
    g.stacksize = n;
  }

  /** gfput: a dead G keeps its stack only if it has the starting size (Go frees others). */
  private gfputStack(g: G): void {
    if (g.stacksize === 0 || g.stacksize === _StackMin) return;
    this.heap.stackfree(g.stacklo, g.stacksize);
    g.stacklo = this.heap.stackalloc(_StackMin);
    g.stacksize = _StackMin;
  }

  /** The host limit on heap objects. From 3/4 of it a collection runs at the next safe point
   *  (most of the objects may be garbage); beyond it the run ends with a named gort limit. */
  private tooManyObjects(): void {
    // With GOGC=off nothing is collected, and the count cannot tell held objects from the
    // garbage V8 frees: the limit is off (--heap-limit still bounds the heap).
    if (this.heap.h.gcController.gcPercent < 0) return;
    if (this.live <= this.objectLimit) {
      if (!this.gc.running && !this.heap.startGCRequested) {
        this.heap.startGCRequested = true;
        S.b = 0;
      }
      return;
    }
    throw new SimLimit(
      "heap",
      `gort: the program holds more than ${this.objectLimit} heap objects, more than gort's host ` +
        "memory can represent (each Go object is a JavaScript object; see docs/ARCHITECTURE.md, \"Host memory\")",
    );
  }

  now(): number {
    return this.sched.now;
  }

  /** How far past its event's time the running slice has read the clock (nanotime): the slice
   *  then ends no earlier (cost), so no later reading, by this goroutine or one it syncs with,
   *  can be behind it. */
  private readAhead = 0;

  /**
   * nanotime as the running goroutine reads it: the time of its slice's event plus what the
   * slice has cost so far (its operations and loop work). Without the second part, plain code
   * (which yields only when suspended) would read one time for a whole loop, and a benchmark of
   * it would measure nothing. The slice's ±25% jitter is drawn when it yields; a slice that read
   * the clock ends no earlier than its last reading, so the clock never goes back.
   */
  nanotime(): number {
    const spent = S.cost + this.workNs();
    if (spent > this.readAhead) this.readAhead = spent;
    return this.sched.now + spent;
  }

  /** debug.SetTraceback (runtime1.go setTraceback): the level only goes up. */
  setTraceback(level: string): void {
    const t = tracebackLevel(level);
    const cur = this.traceLevel;
    this.traceLevel = { level: Math.max(cur.level, t.level), all: cur.all || t.all, crash: cur.crash || t.crash };
  }

  /** runtime.maxstacksize, a uintptr (debug.SetMaxStack sets it), and the stack size it and
   *  maxstackceiling allow. */
  private maxstack = BigInt(defaultMaxstacksize);
  stackLimitBytes = stackLimitOf(defaultMaxstacksize);

  setMaxStack(n: number | bigint): number | bigint {
    const old = this.maxstack;
    this.maxstack = BigInt.asUintN(64, BigInt(n));
    this.stackLimitBytes = stackLimitOf(Number(this.maxstack));
    return norm(BigInt.asIntN(64, old));
  }

  /** The limit newstack's message names: maxstacksize, or the ceiling when that is lower. */
  stackLimitText(): string {
    return (this.maxstack < BigInt(maxstackceiling) ? this.maxstack : BigInt(maxstackceiling)).toString();
  }

  funcInfo(fi: number): FuncInfo | undefined {
    return this.prog.funcInfos[fi];
  }

  /** Declared functions' indexes by JS name (FuncInfo.js), made on first use. */
  private jsFuncs: Map<string, number> | undefined;

  /** The function index of a func value's code: a literal's value carries it ($fi, -1 for a
   *  method value); a declared function's is found by its JS name (through genOf's wrapper,
   *  $p; a method expression's wrapper names its method, $js). Undefined for a method value
   *  or a native. */
  funcIndexOf(fn: Function): number | undefined {
    const tagged = (fn as { $fi?: number }).$fi;
    if (tagged !== undefined) return tagged >= 0 ? tagged : undefined;
    if (this.jsFuncs === undefined) {
      this.jsFuncs = new Map();
      this.prog.funcInfos.forEach((f, i) => {
        if (f.js !== undefined) this.jsFuncs!.set(f.js, i);
      });
    }
    return this.jsFuncs.get((fn as { $js?: string }).$js ?? ((fn as { $p?: Function }).$p ?? fn).name);
  }

  /** Run the program to its end. */
  run(): RunResult {
    this.start();
    this.step(Infinity);
    return this.result();
  }

  /** Set the run up (the main goroutine on M0's P, sysmon, the first events); step runs it. */
  start(): void {
    assert(!this.started, "Machine.start: started twice");
    this.started = true;
    this.activate();
    const s = this.sched;
    const body = runtimeMain(this.prog);
    const pp = s.pidleget()!;
    // M0 is the main thread and M1 sysmon's, as in Go (runtime.main starts sysmon first).
    const m0 = s.newm();
    s.sysmonm = s.newm();
    const g = s.newproc(body, pp, undefined, "main.main");
    s.main = g;
    s.systemGoroutines(pp, this.opts.finalizers === true);
    pp.status = Pstatus._Prunning;
    pp.m = m0;
    m0.p = pp;
    s.trace?.emit({ t: 0, ev: "ProcStart", p: pp.id, m: m0.id });
    if (this.schedtrace) s.sysmonHook = () => this.schedtrace!.tick(this);
    s.sysmonDeepSleep = { ns: () => (this.gc.lastGCEnd !== 0 && this.heap.h.gcController.gcPercent >= 0 ? forcegcperiod / 2 : 0) };
    s.post(0, Ev.RUN, pp);
    s.wakeSysmon();
    this.deactivate();
  }

  /**
   * Run at most maxEvents events of the machine's loop (a nested loop, under a goroutine that
   * plain code suspended, runs within one of them), after start; true once the run has ended.
   * The machine's registers are installed first and saved after, so that other machines may
   * step between two steps of this one.
   */
  step(maxEvents: number): boolean {
    assert(this.started, "Machine.step before start");
    if (this.exitCode !== undefined) return true;
    this.activate();
    // A step of a bounded number of events counts every resumption as one: stepNow would hide them.
    this.stepsInline = maxEvents === Infinity;
    try {
      this.loop(maxEvents);
    } catch (e) {
      this.fail(e);
    } finally {
      this.deactivate();
    }
    return this.exitCode !== undefined;
  }

  /** The run's result, once step has returned true. */
  result(): RunResult {
    assert(this.exitCode !== undefined, "Machine.result before the run ended");
    this.activate();
    const s = this.sched;
    // An exit with a non-zero status that was no failure (os.Exit, -race's 66).
    this.traceFail(S.g);
    // The process has exited: what it left open is closed.
    this.rt.fs.closeAll();
    this.rt.exec?.closeAll();
    this.deactivate();
    const trace = s.trace?.data();
    return {
      stdout: this.collected(1),
      stderr: this.collected(2),
      exitCode: this.exitCode ?? 0,
      simNs: s.now,
      steps: this.steps,
      trace,
      events: trace?.events ?? [],
      schedule: this.recorder?.decisions,
      outcome: this.outcome,
      races: this.race?.signatures ?? [],
      leaks: this.leaks,
      ...(this.cpuprof !== undefined && this.opts.cpuprofile === true ? { cpuprofile: this.cpuprof.data(s.now) } : {}),
      ...(this.memprof !== undefined ? { memprofile: this.memprof.data() } : {}),
    };
  }

  /**
   * After the run's result is taken (api.run): drop what the run built, so that nothing it
   * leaves behind reaches it. V8's young-generation collector keeps alive, until the next full
   * collection, the context of every generator function instance a generator object was made
   * from (each Go func literal the program ran) and every object given a function literal by
   * assignment: such a context reaches the program's values, and through them (a map's Env, a
   * channel's waiting G) the machine. Measured on the article's example before this: 45 KB of
   * each run survived into the old generation, and scavenges took a quarter of a --runs
   * campaign. Only containers are emptied: clearing fields would change V8's field types.
   * Its span records, bitmaps, mcentrals, page table, mcaches' span tables and plain Gs go to
   * the pools later runs' machines take them from (docs/ARCHITECTURE.md, "a finished run's
   * records serve the next run").
   */
  dispose(): void {
    for (const pp of this.sched.allp) (pp.mcache as MCache | undefined)?.recycle();
    this.sched.dispose();
    this.heap.h.dispose();
    // Every map holds the Env: its functions, which close over this machine, are replaced by
    // ones that close over nothing (a map used after its run is a bug: they say so).
    const env = this.rt.env;
    env.newobject = disposedRun;
    env.write = disposedRun;
    env.nanotime = disposedRun;
  }

  /** The event loop: until the run ends, the innermost pinned goroutine is resumed (a nested
   *  loop's end), or maxEvents events have been handled. */
  private loop(maxEvents = Infinity): void {
    const s = this.sched;
    for (let n = 0; n < maxEvents && this.exitCode === undefined && !this.unpin; n++) {
      const e = s.next();
      if (!e) {
        if (this.leakWaitUntil !== 0) {
          this.exitAfterLeakWait();
          break;
        }
        s.checkdead();
        throw new SimBug("no events left, but checkdead found no deadlock");
      }
      if (e.t > this.opts.maxSimNs) throw this.timeLimit();
      s.now = e.t;
      switch (e.kind) {
        case Ev.RUN:
          this.schedule(e.p!);
          break;
        case Ev.SYSCALL:
          this.syscallDone(e.g!);
          break;
        case Ev.TIMER:
          this.timer(e.p!);
          break;
        case Ev.SYSMON:
          s.sysmon(this.preemptoneFn);
          this.forcegc();
          break;
        case Ev.GCMARK:
          this.gc.gcMarkDone(e.t);
          break;
        case Ev.GCSWEEP:
          this.gc.bgsweep(e.t);
          break;
        case Ev.GLOBRUNQ:
          s.globrunqput(e.g!);
          break;
        case Ev.RACEFINI:
          this.racefiniDone(e.p!);
          break;
      }
      s.recycle(e);
      // gcStart happens at a safe point: every goroutine is stopped at a yield here, unless
      // one is suspended in plain code, whose locals no stack map describes.
      if (this.heap.startGCRequested && !this.gc.running && this.exitCode === undefined && this.atSafePoint()) {
        // Go starts the cycle in the mallocgc that crossed the trigger: at that moment of the
        // goroutine's clock, which may have run ahead of the event clock (plain code), not at
        // the start of its slice. The mark's snapshot is still taken here, at the safe point.
        this.gc.gcStart(Math.max(s.now, this.gcTriggerAt), false);
        this.gcTriggerAt = 0;
      }
      if (this.resizeTo > 0 && !this.gc.running && this.exitCode === undefined && this.atSafePoint()) this.procresize();
      if (this.leakWaitUntil !== 0 && this.exitCode === undefined &&
        (s.now >= this.leakWaitUntil || !this.userGoroutinesAlive() || !this.anyActive())) this.exitAfterLeakWait();
      if (this.exitCode === undefined && !this.anyActive()) s.checkdead();
      if (this.opts.leaks === true && s.leakParks !== this.leakParksSeen && this.exitCode === undefined) this.checkLeaks();
      if (this.opts.check === true) checkSched(s);
    }
  }

  // ---- Partial deadlocks and leaks (RunOptions.leaks) ----------------------------------------

  /** --leaks: main has returned and the run waits until this time for the other goroutines to
   *  end (0: not waiting). */
  private leakWaitUntil = 0;

  /** Is a goroutine of the program's own (not the runtime's) still alive, besides main? */
  private userGoroutinesAlive(): boolean {
    const s = this.sched;
    return s.allgs.some((g) => g !== s.main && !g.system && g.status !== Gstatus._Gdead);
  }

  /** The end of --leaks' wait after main returned: the goroutines still alive are leaked. No
   *  racefini sleep follows (main's P may run another goroutine by now, and the others have
   *  had their time). */
  private exitAfterLeakWait(): void {
    this.leakWaitUntil = 0;
    const leaked = this.leakedAtExit();
    if (leaked !== "") this.write(2, leaked);
    this.osExit(leaked === "" ? 0 : 1, true);
  }

  /** RunResult.leaks. */
  private readonly leaks: string[] = [];
  /** Sched.leakParks at the last check, and the GC cycles then. */
  private leakParksSeen = -1;
  private leakCyclesSeen = 0;

  /**
   * Look for goroutines blocked forever (goroutineleak.ts), after a park on a concurrency
   * primitive, once the machine is quiet (no P runs a goroutine and none is in a syscall: the
   * moment a program that waits for a leaked goroutine would hang) or a GC cycle has started
   * since the last look. Not after every park: a look walks the whole heap.
   */
  private checkLeaks(): void {
    const s = this.sched;
    const cycles = this.heap.cycles;
    if (!this.atSafePoint()) return;
    if (cycles === this.leakCyclesSeen) {
      for (const p of s.allp) if (p.status === Pstatus._Prunning) return;
      for (const g of s.allgs) if (g.status === Gstatus._Gsyscall) return;
    }
    this.leakParksSeen = s.leakParks;
    this.leakCyclesSeen = cycles;
    const gs = this.gc.findleaks();
    if (gs.length === 0) return;
    // One line per goroutine (its wait and its first frame outside the runtime, sync and
    // testing), at most leakReportLines: the full stacks come with the leak report at the end of
    // main or of the test, or with the dump of the deadlock or timeout this may lead to.
    let out = `gort: partial deadlock at ${simTime(s.now)}: ${gs.length === 1 ? "a goroutine is" : `${gs.length} goroutines are`} ` +
      `blocked forever (nothing that can still run reaches what ${gs.length === 1 ? "it waits" : "they wait"} on):\n`;
    const groups = new Map<string, { g: G; n: number }>();
    for (const g of gs) {
      g.leaked = true;
      const site = leakSite(traceback(this, g, undefined, this.traceLevel, false), g.startName);
      this.leaks.push(`[${site.reason}] ${site.func}`);
      const k = `[${site.reason}]: ${site.func} at ${site.pos}`;
      const x = groups.get(k);
      if (x !== undefined) x.n++;
      else groups.set(k, { g, n: 1 });
    }
    let shown = 0;
    for (const [k, { g, n }] of groups) {
      if (shown++ === leakReportLines) {
        out += `\t... and ${groups.size - leakReportLines} more places\n`;
        break;
      }
      out += `\tgoroutine ${g.goid}${n > 1 ? ` (and ${n - 1} more)` : ""} ${k}\n`;
    }
    this.write(2, out);
  }

  /** main returned under RunOptions.leaks: the goroutines still alive, as goleak lists them
   *  ("found unexpected goroutines"), or "" when there are none. */
  private leakedAtExit(): string {
    let out = "";
    for (const g of this.sched.allgs) {
      if (g === this.sched.main || g.system || g.status === Gstatus._Gdead) continue;
      const { entry, tb } = goleakEntry(this, g, this.traceLevel);
      out += entry;
      if (!g.leaked) {
        const site = leakSite(tb, g.startName);
        this.leaks.push(`[${site.reason}] ${site.func}`);
      }
    }
    return out === "" ? "" : `gort: main returned with goroutines still alive: found unexpected goroutines:\n${out}`;
  }

  /** Is anything still going to happen on its own (a running P, a syscall, a timer)? */
  private anyActive(): boolean {
    const s = this.sched;
    // Cheapest first: the Ps and their timers, then a scan of the goroutines for syscalls.
    for (const p of s.allp) if (p.status === Pstatus._Prunning) return true;
    if (s.nextTimerWhen() < Infinity) return true;
    if (this.gc.running) return true;
    for (const g of s.allgs) if (g.status === Gstatus._Gsyscall) return true;
    return false;
  }

  private preemptone(pp: P): void {
    if (pp === this.racefiniP && this.asyncPreempt) return this.racefiniDone(pp);
    const g = pp.m?.curg;
    if (g && g.nonpreempt === 0) g.preempt = true;
  }

  /** sysmon's forcegc check (gcTrigger{kind: gcTriggerTime}): a cycle at least every
   *  forcegcperiod once one has run, unless GOGC=off. */
  private forcegc(): void {
    const gc = this.gc;
    if (gc.running || gc.lastGCEnd === 0 || this.heap.h.gcController.gcPercent < 0 || !this.atSafePoint()) return;
    if (this.sched.now - gc.lastGCEnd > forcegcperiod) gc.gcStart(this.sched.now, false, true);
  }

  /** schedule: a P's RUN event resumes its G, or finds one (findRunnable) as proc.go's schedule does. */
  private schedule(pp: P): void {
    if (pp.status !== Pstatus._Prunning || pp === this.racefiniP) return;
    if (this.sched.now < this.gc.stwUntil) {
      // The world is stopped for the GC: the P resumes when it starts again.
      this.sched.post(this.gc.stwUntil, Ev.RUN, pp);
      return;
    }
    const m = pp.m!;
    let g = m.curg;
    if (!g) {
      const s = this.sched;
      // findRunnable's checkTimers: the timers due while the last goroutine ran.
      if (pp.timers.length !== 0 && pp.timers[0]!.when <= s.now) s.runtimers(pp);
      const busyUntil = this.gc.findRunnableGCWorker(s.now);
      if (busyUntil > 0) {
        // The P runs a dedicated mark worker until the mark phase ends.
        if (this.cpuprof !== undefined) this.cpuprof.markWorker(pp, busyUntil - s.now);
        this.gc.trackWorker(s.at(busyUntil, Ev.RUN, pp));
        return;
      }
      const found = s.findRunnable(pp);
      if (!found && pp.stealSleepUntil !== 0) {
        // runqgrab's usleep(3): the M keeps its P, spinning, and searches again after it.
        pp.stealSlept = true;
        s.post(pp.stealSleepUntil, Ev.RUN, pp);
        return;
      }
      if (!found) {
        s.stopspinning(m);
        s.pidleput(pp);
        s.mput(m);
        return;
      }
      g = found.g;
      if (!found.inheritTime) pp.schedtick++;
      g.status = Gstatus._Grunning;
      g.waitsince = 0; // execute's: the G is no longer blocked
      g.m = m;
      m.curg = g;
      if (m.spinning) s.resetspinning(m);
      s.trace?.emit({ t: s.now, ev: "GoStart", g: g.goid, p: pp.id, m: m.id });
      if (this.cpuprof !== undefined) this.cpuprof.schedule(pp, schedNs);
      // An exploring strategy may deschedule the thread before the goroutine's first
      // instruction too (as before each visible operation: yielded's STEP).
      s.post(s.now + schedNs + this.stall(g), Ev.RUN, pp);
      return;
    }
    this.resume(g, pp);
  }

  /** Resume g until its next yield, then act on what it yielded. */
  private resume(g: G, pp: P | undefined): void {
    if (g.pinned) return this.resumePinned(g, pp);
    S.g = g;
    this.beginSlice();
    let r: IteratorResult<number, unknown>;
    try {
      r = gogo(g);
    } catch (e) {
      this.goroutineFailed(g, e);
      return;
    }
    // stepNow has charged the slice and scheduled the event that resumes it.
    if (r.value === STEPPED && !r.done) return;
    // A goroutine suspended in plain code meanwhile may have been resumed on another P.
    if (pp !== undefined) pp = g.m?.p ?? pp;
    const cost = this.cost();
    // A visible operation's step is a safe point: a goroutine sysmon asked to preempt (it ran
    // forcePreemptNS without a reschedule) yields its P there, as Go's asynchronous preemption
    // would stop it. Without this a loop of visible operations (polling an atomic, a select
    // with a default, TryLock) never reached a spent budget, which beginSlice refills at each
    // step, and starved a goroutine waiting for its P.
    const code = r.value === STEP && g.preempt && g.nonpreempt === 0 ? GOSCHED : r.value;
    if (this.cpuprof !== undefined) this.profSlice(g, pp, cost, r.done ? undefined : code);
    if (r.done) return this.goexit0(g, pp, cost);
    this.yielded(g, pp, code, cost);
  }

  /** May stepNow go on without a yield (Machine.step of every event)? */
  private stepsInline = false;

  /**
   * A STEP without suspending the goroutine, when nothing else can happen first: the common
   * case of a goroutine that runs alone, or ahead of the other Ps. It does, in the same order,
   * what a yield of STEP does (resume's cost and yielded's event, with their PRNG draws) and
   * then what the loop does until it resumes the goroutine: the loop's checks after an event,
   * which are no-ops here (else the goroutine yields STEP and the loop makes them), popping the
   * event, which is the earliest (else it is pushed, and STEPPED yielded), and schedule and
   * resume's set-up. So a run is the same with and without it, event for event. Not with a
   * trace, a CPU profile or the debugger watching slices, a goroutine suspended in plain code,
   * or a bounded step. Measured: docs/ARCHITECTURE.md ("a visible operation yields only when
   * another event comes first").
   */
  stepNow(): typeof STEP | typeof STEPPED | typeof GOON {
    const s = this.sched;
    const g = S.g;
    const pp = g.m?.p;
    if (!this.stepsInline || pp === undefined || this.pinned.length !== 0 || this.unpin ||
      s.trace !== undefined || this.cpuprof !== undefined || S.dbg !== null || this.opts.check === true ||
      (this.heap.startGCRequested && !this.gc.running) || this.resizeTo > 0 ||
      (this.opts.leaks === true && s.leakParks !== this.leakParksSeen) || g.preempt ||
      g.status !== Gstatus._Grunning || pp.status !== Pstatus._Prunning || pp.m?.curg !== g) return STEP;
    // The slice's loop work, computed once for the step limit's check and the cost.
    const work = this.workNs();
    if (this.steps + 1 + work > this.opts.maxSteps) return STEP;
    const cost = this.costOf(work);
    // The loop's pop would throw past the time limit, and schedule would wait for the end of a
    // stop-the-world: then the event is pushed, and the loop does that.
    if (!s.runOrPop(s.now + cost + this.stall(g), pp, this.gc.stwUntil, this.opts.maxSimNs)) return STEPPED;
    this.beginSlice();
    return GOON;
  }

  /** A goroutine's slice begins (resume, and a suspension's or a step's end): a fresh budget
   *  of loop work, nothing charged yet, no clock reading ahead. */
  private beginSlice(): void {
    S.b = this.bBase = budget;
    S.cost = 0;
    this.readAhead = 0;
    this.sliceCheck = forcePreemptNS;
    if (this.cpuprof !== undefined) this.cpuprof.begin();
  }

  /** The CPU profile's share of a slice that cost cost: what its inline charges left. */
  private profSlice(g: G, pp: P | undefined, cost: number, code: unknown): void {
    const raw = sliceNs + S.cost + this.workNs();
    this.cpuprof!.sliceEnd(pp, g, cost, raw, S.cost, sliceNs);
    // The scheduler runs on the P after a goroutine's turn ends (yielded and goexit0 charge
    // schedNs for it).
    if (pp !== undefined && (code === PARK || code === GOSCHED || code === GOYIELD || code === undefined)) {
      this.cpuprof!.schedule(pp, schedNs);
    }
  }

  /** Act on the code a goroutine yielded (or that suspendPlain stands in for). */
  private yielded(g: G, pp: P | undefined, code: unknown, cost: number): void {
    const s = this.sched;
    if (s.trace !== undefined) this.traceYield(s.trace, g, pp, code, s.now + cost);
    switch (code) {
      case STEP:
        s.post(s.now + cost + this.stall(g), Ev.RUN, pp);
        return;
      case PARK:
        this.dropg(g, pp!);
        s.post(s.now + cost + schedNs, Ev.RUN, pp);
        return;
      case GOSCHED:
        g.preempt = false;
        g.status = Gstatus._Grunnable;
        this.dropg(g, pp!);
        // The G joins the global queue when its slice ends, not when it began: put there at
        // once, another P could resume it before the time it has just run had passed, and a
        // goroutine preempted every 10 ms ran on several Ps at once, its time.Since shrinking
        // with GOMAXPROCS (a benchmark's ns/op 4x low at 4 Ps).
        s.post(s.now + cost, Ev.GLOBRUNQ, undefined, g);
        s.post(s.now + cost + schedNs, Ev.RUN, pp);
        return;
      case GOYIELD:
        this.dropg(g, pp!);
        s.goyield(g, pp!);
        s.post(s.now + cost + schedNs, Ev.RUN, pp);
        return;
      case SYSCALL:
        if (g.status !== Gstatus._Gsyscall) {
          // The stale-mcache what-if: at a cgo call the M keeps its P's mcache (whatif.ts).
          if (this.whatif !== undefined && pseudoFrame(g.fr[g.d])?.name.startsWith("main._Cfunc_") === true) this.whatif.entersyscall(g, pp!);
          s.entersyscall(g, pp!);
        }
        s.post(s.now + cost + g.syscallNs, Ev.SYSCALL, undefined, g);
        return;
      case EXITSYSCALL: {
        const p2 = s.exitsyscall(g, (p) => this.acquirep(p));
        if (p2) {
          g.m!.curg = g;
          s.post(s.now + cost, Ev.RUN, p2);
        }
        return;
      }
      default:
        throw new SimBug(`goroutine ${g.goid} yielded ${String(code)}`);
    }
  }

  private heapSampled = -Infinity;
  /** When (on its goroutine's clock) mallocgc found the heap past the trigger. */
  private gcTriggerAt = 0;

  /** The trace event that ends g's turn on its P, at the end of its slice (trace.ts). */
  private traceYield(tr: Trace, g: G, pp: P | undefined, code: unknown, t: number): void {
    const p = pp?.id ?? -1;
    // The heap counter, sampled at most every 100µs of simulated time between GC cycles.
    if (t >= this.heapSampled + 100_000) {
      this.heapSampled = t;
      tr.emit({ t, ev: "HeapAlloc", bytes: this.heap.h.gcController.heapLive });
    }
    if (code === PARK) {
      tr.emit({ t, ev: "GoBlock", g: g.goid, p, reason: g.waitreason, obj: tr.obj(g.waitOn), at: tr.site(g) });
    } else if (code === GOSCHED) {
      tr.emit({ t, ev: g.preempt ? "GoPreempt" : "GoSched", g: g.goid, p });
    } else if (code === GOYIELD) {
      tr.emit({ t, ev: "GoPreempt", g: g.goid, p });
    } else if (code === SYSCALL && g.status !== Gstatus._Gsyscall) {
      const name = pseudoFrame(g.fr[g.d])?.name ?? "syscall";
      tr.emit({ t, ev: "GoSysCall", g: g.goid, p, m: g.m?.id ?? -1, name });
    }
  }

  /**
   * tick() in plain code: the goroutine used up its budget where it cannot yield (a loop or a
   * recursive call in a function that is not a generator). Plain code touches nothing another
   * goroutine observes through synchronization, so it may run ahead of the other Ps' events
   * in host order; the machine only charges the budget, and checks the limits. Once the
   * goroutine has run a whole sysmon slice (forcePreemptNS), sysmon would preempt it: if
   * anything else needs to happen by then (mustSuspend), it is suspended as Go's asyncPreempt
   * does (GOSCHED), and the machine runs a nested loop until the scheduler resumes it; then
   * this returns and the plain code goes on where it stood. If the run ends meanwhile, the
   * failure is reported here and the suspended frames are unwound with Unwind.
   */
  suspendPlain(): void {
    // A GC start waits for a safe point, which plain frames are not (no scan closure lists
    // their locals): the counter stays negative, so the next back-edge or call of a generator
    // yields and the cycle starts there, as it did before plain code could be suspended.
    // Meanwhile each budget's worth of edges is charged as usual.
    let gcWaits = this.heap.startGCRequested && !this.gc.running;
    // Unless the cycle is overdue: then it starts at this back-edge, whose check recorded the
    // frame's stack map (compiler/loops.ts budgetCheck). Frames further out that are not at a
    // yield may have stale maps, so this is the exception: without it, a plain loop that
    // allocates would end at the host's object limit or in a false "out of memory".
    if (gcWaits && this.exitCode === undefined && this.gcOverdue()) {
      this.gc.gcStart(this.sched.now + S.cost, false);
      gcWaits = false;
    }
    if (gcWaits && S.b > this.bBase - budget) return;
    const g = S.g;
    const pp = g.m?.p;
    const work = this.workNs();
    this.countSteps(work);
    S.cost += work;
    S.b = this.bBase = gcWaits ? 0 : budget;
    if (S.pf !== null) S.pf.inline(pp, g, work, null);
    // Not on a P (in a C call, or exiting): nothing could run instead of it.
    if (pp === undefined || g.status !== Gstatus._Grunning || this.exitCode !== undefined) return;
    const t = this.sched.now + S.cost;
    if (t > this.opts.maxSimNs) throw this.timeLimit();
    if (!this.mustSuspend(g, pp, t)) return;
    // As sysmon's preemption request would (yielded clears it): the trace says GoPreempt.
    g.preempt = true;
    const cost = this.cost();
    if (this.cpuprof !== undefined) this.profSlice(g, pp, cost, GOSCHED);
    this.yielded(g, pp, GOSCHED, cost);
    g.pinned = true;
    this.pinned.push(g);
    try {
      this.loop();
    } catch (e) {
      this.fail(e);
    }
    if (this.exitCode !== undefined) throw new Unwind();
    assert(this.unpin && this.pinned[this.pinned.length - 1] === g, "suspendPlain: resumed out of order");
    this.unpin = false;
    this.pinned.pop();
    g.pinned = false;
    S.g = g;
    this.beginSlice();
  }

  /** A GC start that waits for a safe point is overdue: the heap is twice its goal or three
   *  quarters of --heap-limit, or the host's object count is past its check. */
  private gcOverdue(): boolean {
    const c = this.heap.h.gcController;
    const live = c.heapLive;
    return this.live > this.objectsCheck || live >= 2 * this.heap.heapGoal() || live >= 0.75 * this.heap.h.maxHeapBytes;
  }

  /**
   * Should plain code that has run until t be suspended? Not before a sysmon slice has passed.
   * Then, if no other goroutine is suspended, whenever anything else is due by t. Inside
   * another's suspension only when a goroutine waits for a P or for time to pass (a runnable
   * G, a due timer or syscall), or after a long slice: suspensions nest, and the outer ones
   * resume only after the inner ones, so parallel plain work runs on without nesting.
   */
  private mustSuspend(g: G, pp: P, t: number): boolean {
    if (S.cost < this.sliceCheck && !g.preempt) return false;
    // Ask again a tenth of a slice later if not now: the checks below scan the Ps' queues.
    this.sliceCheck = S.cost + forcePreemptNS / 10;
    const s = this.sched;
    if (this.pinned.length === 0 || S.cost >= nestedSliceNs) return s.nextEventTime() <= t;
    return !s.runqempty(pp) || s.globrunqsize() > 0 || s.nextTimerWhen() <= t || s.syscallDueBy(t);
  }

  private timeLimit(): SimLimit {
    return new SimLimit("time", `gort: simulated time limit exceeded (${fmtNs(this.opts.maxSimNs)}; raise it with --max-time)`);
  }

  /** The scheduler chose a pinned goroutine. The innermost one returns from its suspendPlain;
   *  an outer one cannot run before the inner ones have, so it goes back to the global queue. */
  private resumePinned(g: G, pp: P | undefined): void {
    if (this.pinned[this.pinned.length - 1] === g) {
      this.unpin = true;
      return;
    }
    const s = this.sched;
    g.status = Gstatus._Grunnable;
    s.trace?.emit({ t: s.now, ev: "GoPreempt", g: g.goid, p: pp?.id ?? -1 });
    this.dropg(g, pp!);
    s.globrunqput(g);
    s.post(s.now + schedNs, Ev.RUN, pp);
  }

  /** The steerable stall before g's next instruction (runtime/decide.ts): 0 unless an
   *  exploring strategy deschedules the thread, and the other Ps run on meanwhile. A lone
   *  goroutine with no timer pending (package initialization, most often) is not asked: its
   *  stall could reorder nothing, and asking would spread PCT's change points and bounded
   *  search's positions over decisions that cannot matter. */
  private stall(g: G): number {
    const s = this.sched;
    const st = s.steer;
    if (st === undefined || (s.nlive < 2 && s.nextTimerWhen() === Infinity)) return 0;
    // Nothing else could act meanwhile: the stall would only delay g.
    if (!s.othersCanAct(g.m?.p, stallNs[stallNs.length - 1]!)) return 0;
    return stallNs[st("stall", stallNs.length, 0, g.seq, 0)]!;
  }

  atSafePoint(): boolean {
    return this.pinned.length === 0;
  }

  /** The simulated ns of loop work the running goroutine has done since its budget was last
   *  reset: the weight its back-edges counted off S.b (compiler/weight.ts), at opsPerNs. */
  private workNs(): number {
    const units = this.bBase - S.b;
    return units > 0 ? Math.floor(units / opsPerNs) : 0;
  }

  /** The simulated ns the last resume cost: its operations plus its loop work, with the
   *  strategy's jitter (±25%), so that equal programs on two Ps interleave differently per seed.
   *  A step (--max-steps) is a slice or a ns of loop work. */
  private cost(): number {
    return this.costOf(this.workNs());
  }

  /** cost() given the slice's loop work (workNs()). */
  private costOf(work: number): number {
    this.countSteps(1 + work);
    const base = sliceNs + S.cost + work;
    const jittered = Math.round(base * (0.75 + this.sched.prng.float64("jitter") * 0.5));
    const ahead = this.readAhead;
    this.readAhead = 0;
    return Math.max(jittered, ahead);
  }

  private countSteps(n: number): void {
    this.steps += n;
    if (this.steps > this.opts.maxSteps) {
      throw new SimLimit("steps", `gort: step limit exceeded (${this.opts.maxSteps} steps; raise it with --max-steps)`);
    }
  }

  // ---- runtime.GOMAXPROCS ------------------------------------------------------------------

  /** The GOMAXPROCS a running goroutine asked for, 0 when none is pending, and who asked. */
  private resizeTo = 0;
  private resizeBy: G | undefined;

  requestResize(n: number): void {
    this.resizeTo = n;
    this.resizeBy = S.g;
  }

  get resizePending(): boolean {
    return this.resizeTo > 0;
  }

  /** GOMAXPROCS's stop-the-world and procresize, at a safe point between events: the caller
   *  is at its yield on its P, every other goroutine at a yield too. */
  private procresize(): void {
    const n = this.resizeTo;
    const g = this.resizeBy!;
    this.resizeTo = 0;
    this.resizeBy = undefined;
    const s = this.sched;
    const cur = g.m?.p;
    if (cur === undefined || n === s.gomaxprocs) return;
    const me = s.procresize(n, cur, {
      // A P gets a fresh mcache (allocmcache); a destroyed one's was flushed (freemcache).
      newP: (pp) => {
        pp.mcache = this.heap.newMCache();
      },
      destroyP: (pp) => (pp.mcache as MCache).releaseAll(),
    });
    if (me !== cur) s.post(s.now + schedNs, Ev.RUN, me);
  }

  /** acquirep after a syscall hand-off: the P's mcache may be stale (prepareForSweep). */
  private acquirep(pp: P): void {
    (pp.mcache as MCache).prepareForSweep();
  }

  private dropg(g: G, pp: P): void {
    const m = pp.m;
    if (m && m.curg === g) m.curg = undefined;
    g.m = undefined;
  }

  private goexit0(g: G, pp: P | undefined, cost: number): void {
    const s = this.sched;
    s.trace?.emit({ t: s.now + cost, ev: "GoEnd", g: g.goid, p: pp?.id ?? -1 });
    s.gdestroy(g);
    this.race?.goend(g);
    if (g === s.main && !g.goexiting) {
      // main returned: the program exits, whatever other goroutines are doing. With
      // RunOptions.leaks, as goleak's VerifyNone does, after up to leakRetryNs for the others
      // to end (exitAfterLeakWait), with 1 when some are still alive.
      if (this.opts.leaks === true && this.userGoroutinesAlive()) {
        this.leakWaitUntil = s.now + cost + leakRetryNs;
        if (pp) {
          this.dropg(g, pp);
          s.post(s.now + cost + schedNs, Ev.RUN, pp);
        }
        return;
      }
      this.osExit(0, true, pp);
      return;
    }
    if (pp) {
      this.dropg(g, pp);
      s.post(s.now + cost + schedNs, Ev.RUN, pp);
    }
  }

  private syscallDone(g: G): void {
    // The G is still in its syscall or C call: resume it (no P needed: C code runs on the M).
    this.resume(g, undefined);
  }

  private timer(pp: P): void {
    const s = this.sched;
    // The event of the thread sleeping for this P's timers (below): it is awake now.
    const woken = pp.timerWakeAt !== 0 && s.now >= pp.timerWakeAt;
    if (woken) pp.timerWakeAt = 0;
    if (pp.timers.length === 0 || pp.timers[0]!.when > s.now) return;
    if (pp.status === Pstatus._Pidle && !woken) {
      // No thread runs an idle P's timers on time: one sleeps until the first expires (in
      // netpoll, or sysmon's timed sleep), and wakes in the timer slack after it, as a thread
      // sleeping in C does (cgocall.ts sleepWakeDelay); timers due meanwhile run with it. Three
      // AfterFuncs due a few ns apart run together: their goroutines start in runnext order.
      if (pp.timerWakeAt === 0) {
        pp.timerWakeAt = s.now + sleepWakeDelay(s.prng, "wake");
        s.post(pp.timerWakeAt, Ev.TIMER, pp);
      }
      return;
    }
    pp.timerWakeAt = 0;
    // A P running a goroutine checks its timers when it next schedules (findRunnable's
    // checkTimers), not in the middle of the goroutine: schedule runs them.
    if (pp.status === Pstatus._Prunning && pp.m?.curg !== undefined) return;
    if (pp.status === Pstatus._Pidle) {
      const i = s.pidle.indexOf(pp);
      if (i >= 0) s.pidle.splice(i, 1);
      pp.status = Pstatus._Prunning;
      pp.m = s.mget() ?? s.newm();
      pp.m.p = pp;
      s.trace?.emit({ t: s.now, ev: "ProcStart", p: pp.id, m: pp.m.id });
      s.post(s.now + schedNs, Ev.RUN, pp);
      s.wakeSysmon();
    }
    s.runtimers(pp);
  }

  /** The process exits with code (main returned, or os.Exit). Under -race an exit with 0 runs
   *  racefini first (os.Exit's runtime_beforeExit): if races were found, it prints their count
   *  and the status is GORACE's exitcode (66). */
  private osExit(code: number, racefini = code === 0, pp?: P): void {
    if (racefini && pp !== undefined && this.racefini(code, pp)) return;
    this.exitAfterRacefini(code, racefini);
  }

  /** The exit, after racefini's summary when it runs and found races. */
  private exitAfterRacefini(code: number, racefini: boolean): void {
    const race = this.race;
    if (racefini && race !== undefined && race.nraces > 0) {
      this.write(2, race.summary());
      code = race.flags.exitcode;
    }
    this.exit(code, `exit ${code}`);
  }

  /** -race: the P whose M sleeps in racefini, and the status it then exits with. */
  private racefiniP: P | undefined = undefined;
  private racefiniCode = 0;

  /** GODEBUG=asyncpreemptoff=1 turns off the preemption signal (preemptone only asks). */
  private get asyncPreempt(): boolean {
    return !/(^|,)asyncpreemptoff=1(,|$)/.test(this.opts.environ.get("GODEBUG") ?? "");
  }

  /**
   * racefini (race.go) on the exiting goroutine's M, for the exit with code: TSan's Finalize
   * sleeps atexit_sleep_ms (GORACE; default 1000) before it exits, while the other Ps run on.
   * The M holds its P (racecall is no system call), and the sleep ends early when sysmon's
   * retake preempts that P, 10 ms after its last schedule: the preemption signal interrupts
   * the nanosleep (preemptone). Measured with go1.19 -race: the exit took ~13 ms more than with
   * atexit_sleep_ms=0, and the full second with GODEBUG=asyncpreemptoff=1; a goroutine started
   * just before main's last print ran in it, and raced, on every run. Returns whether the sleep
   * began (not in a nested loop, nor without -race or a sleep).
   */
  private racefini(code: number, pp: P): boolean {
    const ms = this.race?.flags.atexitSleepMs ?? 0;
    if (this.opts.race !== true || ms === 0 || this.pinned.length !== 0 || this.racefiniP !== undefined) return false;
    // The exiting goroutine runs no more Go code: its G leaves the P (a dead main's is reused).
    const m = pp.m;
    if (m?.curg !== undefined) {
      m.curg.m = undefined;
      m.curg = undefined;
    }
    this.racefiniP = pp;
    this.racefiniCode = code;
    this.sched.post(this.sched.now + ms * 1e6, Ev.RACEFINI, pp);
    return true;
  }

  /** racefini's sleep ended (its time, or the preemption signal): the process exits. */
  private racefiniDone(pp: P): void {
    if (pp !== this.racefiniP || this.exitCode !== undefined) return;
    this.racefiniP = undefined;
    this.exitAfterRacefini(this.racefiniCode, true);
  }

  exit(code: number, outcome: string): void {
    this.exitCode = code;
    this.outcome = outcome;
  }

  // ---- Failures ---------------------------------------------------------------------------------

  private goroutineFailed(g: G, e: unknown): void {
    if (e instanceof ExitError) return this.osExit(e.code, e.racefini, g.m?.p);
    const p = toGoPanic(g, e);
    if (p instanceof GoPanic && p.goexit) {
      // runtime.Goexit finished unwinding: the goroutine ends normally.
      const pp = g.m?.p;
      g.goexiting = true;
      this.sched.trace?.emit({ t: this.sched.now, ev: "GoEnd", g: g.goid, p: pp?.id ?? -1 });
      this.sched.gdestroy(g);
      if (pp) {
        this.dropg(g, pp);
        this.sched.post(this.sched.now + schedNs, Ev.RUN, pp);
      }
      return;
    }
    throw p;
  }

  /** Print a failure as Go prints it, set the exit code, and record it in the trace. */
  private fail(e: unknown): void {
    if (e instanceof DebugStop || e instanceof MoveToBigStack) throw e;
    this.report(e);
    if (!(e instanceof Unwind)) this.traceFail(e instanceof Deadlock ? undefined : S.g);
  }

  /** The trace's last word when the run ends with a non-zero status: the goroutine that failed
   *  (none for a deadlock), where it stood, and its clock for the explanation's happens-before
   *  question. Once. */
  private traceFail(g: G | undefined): void {
    const tr = this.sched.trace;
    if (tr === undefined || this.failTraced || this.exitCode === undefined || this.exitCode === 0) return;
    this.failTraced = true;
    tr.emit({ t: this.sched.now + S.cost, ev: "Fail", g: g?.goid ?? 0, text: this.outcome, at: g ? tr.site(g) : null, vc: g?.race?.vc.slice() ?? null, tid: g?.race?.tid ?? -1 });
  }

  private failTraced = false;
  /** MachineApi.typeAssertionErrorT. (Fields added to a machine go last: one declared among the
   *  hot ones moves them out of V8's in-object slots; measured +3% instructions on workerpool.) */
  typeAssertionErrorT: RType | undefined = undefined;

  /** Print a failure as Go prints it and set the exit code. */
  private report(e: unknown): void {
    if (e instanceof Unwind) return; // reported where the run ended (suspendPlain)
    if (e instanceof ExitError) return this.osExit(e.code, e.racefini);
    const g = S.g;
    if (e instanceof GoPanic) {
      let text: string;
      try {
        text = printPanicChain(e, this);
      } catch (x) {
        // A panic value's Error or String method panicked (or exited, or hit a limit).
        const q = g ? toGoPanic(g, x) : x;
        return this.report(q instanceof GoPanic && !q.goexit ? panicWhilePrinting(q) : q);
      }
      this.write(2, text + "\n");
      // At GOTRACEBACK=system and crash the panicking goroutine's top frame is gopanic's call of
      // fatalpanic (panic.go:987), which Go names `panic`.
      if (this.traceLevel.level > 0 && g) this.write(2, "\n" + traceback(this, g, e.gstack, this.traceLevel, true, [panicFrame]));
      if (this.traceLevel.level > 0 && this.traceLevel.all) this.write(2, dumpGoroutines(this, g, this.traceLevel, false));
      return this.exit(crashStatus(this.traceLevel), firstLine("panic: " + text.replace(/^panic: /, "")));
    }
    if (e instanceof StackOverflow) return this.stackOverflow(g);
    if (e instanceof GoFatal) {
      this.write(2, `${e.prelude}fatal error: ${e.msg}\n${e.postlude}`);
      const deadlock = e instanceof Deadlock;
      if (this.traceLevel.level > 0) {
        // gotraceback: a runtime throw always shows runtime frames and every goroutine.
        const lvl = e.kind === "throw" ? { ...this.traceLevel, level: Math.max(2, this.traceLevel.level) } : this.traceLevel;
        const cur = deadlock ? undefined : g;
        if (cur) this.write(2, "\n" + traceback(this, cur, undefined, lvl, true, e.runtimeFrames));
        this.write(2, dumpGoroutines(this, cur, { ...lvl, all: true }, deadlock));
      }
      return this.exit(crashStatus(this.traceLevel), `fatal error: ${e.msg}`);
    }
    if (e instanceof CFault) return this.cfault(e, g);
    const limit = e instanceof SimLimit ? e : hostLimit(e);
    if (limit !== undefined) {
      // gort's limit, then where every goroutine stood, as a fatal error would show them.
      // (A hang has no running goroutine: each is shown where it waits, as a deadlock's.)
      this.write(2, limit.message + "\n");
      const cur = limit.limit === "hang" ? undefined : g;
      if (cur && cur.status !== Gstatus._Gdead) this.write(2, "\n" + traceback(this, cur, undefined, this.traceLevel, true));
      this.write(2, dumpGoroutines(this, cur, { ...this.traceLevel, all: true }, limit.limit === "hang", limitDumpGoroutines));
      return this.exit(3, limit.message);
    }
    // A bug in gort: a short report and the replay token (the seed reproduces the run).
    const msg = e instanceof Error ? e.message : String(e);
    const stack = e instanceof Error && this.opts.debug ? "\n" + (e.stack ?? "") : "";
    this.write(2, textToBytes(`gort: internal error: ${msg}${stack}\n`));
    this.write(2, `replay: gort run --seed ${this.opts.seed} ${this.opts.source ?? ""} (set GORT_DEBUG=1 for gort's stack)\n`);
    return this.exit(70, "gort: internal error");
  }
}

/** The frame an unrecovered panic's traceback starts with at GOTRACEBACK=system and above. */
const panicFrame = { fn: "panic", file: "/usr/lib/go-1.19/src/runtime/panic.go", line: 987 };

/** newstack's throw (stack.go:1103): the limit, the stack's bounds, the runtime stack, then
 *  every goroutine as a throw prints them (GOTRACEBACK=system). The bounds are a 512 MiB stack
 *  at a fixed stand-in address. */
Machine.prototype.stackOverflow = function (this: Machine, g: G | undefined): void {
  const lo = 0xc020000000;
  this.write(2, `runtime: goroutine stack exceeds ${this.stackLimitText()}-byte limit\n`);
  this.write(2, `runtime: sp=0x${(lo + 0x400).toString(16)} stack=[0x${lo.toString(16)}, 0x${(lo + this.stackLimitBytes).toString(16)}]\n`);
  this.write(2, "fatal error: stack overflow\n");
  const rt = "/usr/lib/go-1.19/src/runtime";
  this.write(2, `\nruntime stack:\nruntime.throw({0x0?, 0x0?})\n\t${rt}/panic.go:1047 +0x0\n`);
  this.write(2, `runtime.newstack()\n\t${rt}/stack.go:1103 +0x0\nruntime.morestack()\n\t${rt}/asm_amd64.s:570 +0x0\n`);
  const lvl = { level: 2, all: true, crash: false };
  if (g) this.write(2, "\n" + traceback(this, g, undefined, lvl, true));
  this.write(2, dumpGoroutines(this, g, lvl, false));
  this.exit(crashStatus(this.traceLevel), "fatal error: stack overflow");
};

interface CFaultPrinter {
  cfault(e: CFault, g: G | undefined): void;
}

/** A signal in C code during a cgo call: Go's runtime throws (canpanic is false in a syscall),
 *  printing the signal, the runtime stack and every goroutine, then exits 2 (panic.go, as the
 *  fact sheet observed). SIGABRT from glibc prints glibc's message first and kills the process
 *  the same way. */
Machine.prototype.cfault = function (this: Machine, e: CFault, g: G | undefined): void {
  this.write(2, e.stderrText);
  if (e.signal === "SIGABRT") return this.cabort(g);
  const addr = e.addr ?? 0;
  // The si_code Linux gives both: SEGV_MAPERR for a bad address, FPE_INTDIV for a division.
  const code = "0x1";
  this.write(2, "fatal error: unexpected signal during runtime execution\n");
  this.write(2, `[signal ${e.signal}: ${SIGNAL_TEXT[e.signal]} code=${code} addr=0x${addr.toString(16)} pc=0x0]\n`);
  this.write(2, "\nruntime stack:\nruntime.throw({0x0?, 0x0?})\n\t/usr/lib/go-1.19/src/runtime/panic.go:1047 +0x0\n");
  this.write(2, "runtime.sigpanic()\n\t/usr/lib/go-1.19/src/runtime/signal_unix.go:819 +0x0\n");
  const lvl = { level: 2, all: true, crash: false };
  if (g) this.write(2, "\n" + traceback(this, g, undefined, lvl, false));
  this.write(2, dumpGoroutines(this, g, lvl, false));
  this.exit(crashStatus(this.traceLevel), "fatal error: unexpected signal during runtime execution");
};

/** abort() in C (glibc's, after a bad free): SIGABRT is a throwing signal, not a panicking one,
 *  so sighandler prints the signal, the PC, the M and si_code (SI_TKILL, -6 as a uint64), that
 *  it came in C, every goroutine at GOTRACEBACK=system, and the registers (signal_unix.go
 *  sighandler, dumpregs), then exits 2. gort has no registers: their values print as 0. */
Machine.prototype.cabort = function (this: Machine, g: G | undefined): void {
  this.write(2, `SIGABRT: abort\nPC=0x0 m=${g?.m?.id ?? 0} sigcode=18446744073709551610\nsignal arrived during cgo execution\n`);
  const lvl = { level: 2, all: true, crash: false };
  if (g) this.write(2, "\n" + traceback(this, g, undefined, lvl, false));
  this.write(2, dumpGoroutines(this, g, lvl, false) + "\n");
  const regs = ["rax", "rbx", "rcx", "rdx", "rdi", "rsi", "rbp", "rsp", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15", "rip", "rflags", "cs", "fs", "gs"];
  this.write(2, regs.map((r) => `${r.padEnd(6)} 0x0\n`).join(""));
  this.exit(2, "SIGABRT: abort");
};

declare module "./machine.js" {
  interface Machine extends CFaultPrinter {
    cabort(g: G | undefined): void;
    stackOverflow(g: G | undefined): void;
  }
}

/** Env's functions after Machine.dispose. */
function disposedRun(): never {
  throw new SimBug("a machine was used after its run ended");
}

/**
 * runtime.main's part on the main goroutine: package variables get their zero values there, as
 * Go's runtime.main initializes packages on it (a limit met here ends the run like any other),
 * then the inits, then main.main. A module-level generator, not a generator expression in
 * start: every generator function instance has its own prototype, so its generator objects get
 * a map of their own, and V8's inline caches and stub cache, which the scavenger treats as
 * strong, then kept each run's machine alive until the next full collection.
 */
function* runtimeMain(prog: LinkedProgram): GoGen {
  prog.reset();
  for (const init of prog.inits) yield* init();
  yield* prog.main();
  // main.main has returned: runtime.main exits the process at this instant, after what the other
  // Ps ran meanwhile (a goroutine started a few microseconds before ran in parallel on another
  // P, as in Go), so the exit is a step of its own.
  { const st = machine.stepNow(); if (st !== GOON) yield st; }
}

/** A host allocation failure that got past gort's own accounting (a string or array longer than
 *  V8 can hold): a named simulator limit, never Go's stack overflow nor an internal error. */
function hostLimit(e: unknown): SimLimit | undefined {
  if (!(e instanceof RangeError)) return undefined;
  if (!/Invalid (string|array|typed array) length|Array buffer allocation failed/.test(e.message)) return undefined;
  return new SimLimit("heap", `gort: the host could not hold a value the program built (${e.message}); gort's representation of Go values has host limits (docs/ARCHITECTURE.md, "Host memory")`);
}

function firstLine(s: string): string {
  const i = s.indexOf("\n");
  return i < 0 ? s : s.slice(0, i);
}

function gomaxprocsFromEnv(environ: Map<string, string>, cpus: number): number {
  const v = environ.get("GOMAXPROCS");
  if (v !== undefined) {
    const n = Number.parseInt(v, 10);
    if (n > 0 && String(n) === v.trim()) return Math.min(n, 256);
  }
  return cpus;
}

export function fmtNs(ns: number): string {
  if (ns >= 1e9) return `${ns / 1e9}s`;
  if (ns >= 1e6) return `${ns / 1e6}ms`;
  return `${ns}ns`;
}

/** Simulated time in a report: milliseconds, to the nanosecond. */
function simTime(ns: number): string {
  return `${(ns / 1e6).toFixed(6).replace(/\.?0+$/, "")}ms`;
}

/** A leaked goroutine's wait reason and its first frame outside the runtime, sync and testing
 *  (else its first frame, else its start function), from its traceback: RunResult.leaks and the
 *  partial-deadlock report. */
function leakSite(tb: string, start: string): { reason: string; func: string; pos: string } {
  const lines = tb.split("\n");
  const reason = /^goroutine \d+ \[([^\],]*)/.exec(lines[0] ?? "")?.[1] ?? "?";
  let first: { func: string; pos: string } | undefined;
  for (let i = 1; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    if (l === "" || l.startsWith("\t") || l.startsWith("created by ")) continue;
    const f = { func: frameFuncName(l), pos: lines[i + 1]!.trim().replace(/ \+0x[0-9a-f]+$/, "") };
    first ??= f;
    if (!/^(runtime|sync|testing|internal\/[^.]*)\./.test(f.func)) return { reason, ...f };
  }
  // A goroutine running on another thread shows no stack: its start function stands for it.
  return { reason, func: first?.func ?? (start || "?"), pos: first?.pos ?? "?" };
}
