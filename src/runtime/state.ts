// The machine state that compiled code touches on its hot paths, and the machine's interface
// as the runtime sees it.
//
// Models no single Go file: S.g is what Go keeps in the g register (getg(), stubs.go), S.b and
// S.cost are gort's own preemption budget and cost clock.
//
// S is one small object so that compiled code reaches it with one property load: S.g is the
// running goroutine, S.b the budget of loop work (back-edges' weights, compiler/weight.ts) left
// before the next preemption check, and S.cost the simulated nanoseconds that runtime operations
// charged since the goroutine was resumed.
//
// Both are registers of the machine that runs now, as the g register is a thread's: each Machine
// owns its values, and Machine.activate loads them (setMachine, and S from the machine's saved
// copy) at the start of each of its steps, and saves S at the end, so two machines may run in
// one process one step at a time. Neither holds anything else: a machine's state lives on the
// Machine (src/sim/machine.ts), whose header lists the other registers it loads.
//
// Invariant: S.g is set by the machine before every resume and is never undefined while Go code
// runs; between two steps of one machine, S may hold another machine's values.

import type { G, FuncInfo } from "./runtime2.js";
import type { RuntimeFrame } from "./panic.js";
import type { Sched } from "./proc.js";
import type { GC } from "./mgc.js";
import type { SemTable } from "./sema.js";
import type { RType } from "./value.js";

export const S = {
  g: undefined as unknown as G,
  b: 0,
  cost: 0,
  /** The race detector once it records accesses (after the first go statement of a -race
   *  run), else null: instrumented code and the runtime's hooks test it first. */
  r: null as import("./race.js").RaceDetector | null,
  /** The run's event stream (trace.ts) when it records one, else null: the runtime's hot paths
   *  (a map's write window) test it first. */
  tr: null as import("./trace.js").Trace | null,
  /** The CPU profiler (cpuprof.ts) when the run records a CPU profile, else null: runtime
   *  functions that yield tell it that the slice ends in them. */
  pf: null as import("./cpuprof.js").CpuProfiler | null,
  /** Coverage counters while fuzzing (cover.ts), else null. */
  cv: null as Uint8Array | null,
  /** The debugger (src/debug) while `gort debug` runs the program, else null: the hooked
   *  runtime functions and the prologue of every compiled Go function (runtime2.ts HookedG)
   *  report to it. */
  dbg: null as DebugHook | null,
  /** The stale-mcache what-if (whatif.ts) when the run uses that model, else null: the map
   *  accesses test it first. */
  wi: null as import("./whatif.js").StaleMcache | null,
  /** -race: the Go name of the method value wrapper (`main.(*T).m-fm`) the next call goes
   *  through, for funcenter to note on the callee's frame (Frame.fm), else null. */
  fm: null as string | null,
};

/** What the runtime tells the debugger: a hooked runtime function was called (fn as Go names
 *  it, "runtime.mapassign_fast64"; g the goroutine it runs for, if any; obj what `print` may
 *  show, such as the *hmap), a compiled Go function was entered (its FuncInfo index), or a
 *  statement of a debug compile begins. The
 *  debugger may end the run at either by throwing DebugStop (panic.ts). */
export interface DebugHook {
  hit(fn: string, g: G | undefined, obj: unknown): void;
  enter(fi: number): void;
  /** A statement of a debug compile begins (its id in the line table, compiler/stmt.ts
   *  dbgLine); read(i) returns its local i, or throws when that local is out of scope. */
  line(id: number, read: (i: number) => unknown): void;
}

/** What the runtime's helpers need from the machine. */
export interface MachineApi {
  readonly sched: Sched;
  write(fd: 1 | 2, bytes: string): void;
  now(): number;
  /** The clock as the running goroutine reads it (time.Now): now plus what its slice has cost
   *  so far (the slice then ends no earlier than that). */
  nanotime(): number;
  funcInfo(fi: number): FuncInfo | undefined;
  /** The function index of a func value's code, if it names one (Machine.funcIndexOf). */
  funcIndexOf(fn: Function): number | undefined;
  /** mallocgc for an object of size bytes; via names the runtime entry point that allocates
   *  (runtime.newobject, makeslice...) for the CPU profile: mallocgc's frames over the caller. */
  newobject(size: number, noscan: boolean, via?: readonly RuntimeFrame[]): number;
  readonly gc: GC;
  /** A preemption point in plain code found the budget used up (procrt.ts tick): act as a
   *  yield would, running the rest of the machine until this goroutine is scheduled again. */
  suspendPlain(): void;
  /** A visible operation (a STEP): GOON when the machine would resume the running goroutine
   *  next anyway, having done all a yield of STEP and its resumption do; else the code to
   *  yield (STEP, or STEPPED when its event is scheduled already). */
  stepNow(): typeof import("./yield.js").STEP | typeof import("./yield.js").STEPPED | typeof import("./yield.js").GOON;
  /** No goroutine is suspended in plain code, so a GC cycle may start (a safe point). */
  atSafePoint(): boolean;
  /** The semaphores' wait queues (sema.go's semtable) and sync.Cond's notify lists. */
  readonly semtable: SemTable;
  /** -race: the race detector (undefined without -race). */
  readonly race: import("./race.js").RaceDetector | undefined;
  /** runtime.GOMAXPROCS(n): resize the machine to n Ps at the next safe point with no GC
   *  running (stopTheWorldGC); resizePending is true until then. */
  requestResize(n: number): void;
  readonly resizePending: boolean;
  /** debug.SetTraceback: raise the traceback level of a crash. */
  setTraceback(level: string): void;
  /** debug.SetMaxStack: runtime.maxstacksize becomes uintptr(n); the old one is returned as
   *  an int. */
  setMaxStack(n: number | bigint): number | bigint;
  /** The most stack a goroutine may use: stacks double, so newstack throws once a stack would
   *  outgrow the largest power of two within maxstacksize and maxstackceiling (2^29 for 1e9). */
  readonly stackLimitBytes: number;
  /** Go's internal/testlog.PanicOnExit0, which testing sets while M.Run runs: os.Exit(0) then
   *  panics ("unexpected call to os.Exit(0) during test"). */
  /** Does the run report leaks (--leaks; gort test unless --leaks=false)? */
  readonly leakCheck: boolean;
  panicOnExit0: boolean;
  /** *runtime.TypeAssertionError as the program's package runtime declares it (registered by
   *  its init), so that a failed assertion's panic value is of the type the program names. */
  typeAssertionErrorT: RType | undefined;
  /** testing's examples: keep what the program writes to stdout, until stopCapture. */
  captureStdout(): void;
  stopCapture(): string;
  /** runtime/pprof.StartCPUProfile: start sampling (false when a CPU profile is already on). */
  startCPUProfile(): boolean;
  /** runtime/pprof.StopCPUProfile: stop sampling and return the profile. */
  stopCPUProfile(): import("./cpuprof.js").CpuProfileData;
  /** runtime/pprof.WriteHeapProfile: the heap profile as of the last completed cycle. */
  heapProfile(): import("./mprof.js").MemProfileData;
  /** gort test -fuzz: the fuzz driver's answers to package testing (cover.ts FuzzHooks). */
  readonly fuzz: import("./cover.js").FuzzHooks | undefined;
  /** The program's C code (cgocall.ts), reset for this run; undefined without a preamble. */
  readonly cgo: import("../cgo/cgo.js").CgoProgram | undefined;
}

/** S's fields, as a machine saves them between its steps. */
export type Registers = typeof S;

/** The machine that runs now (Machine.activate sets it). */
export let machine: MachineApi = undefined as unknown as MachineApi;

export function setMachine(m: MachineApi): void {
  machine = m;
}
