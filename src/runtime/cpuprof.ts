// The CPU profile of simulated time: what --cpuprofile writes.
//
// Models Go 1.19's runtime/cpuprof.go (cpuProfile.add: one record per SIGPROF, a stack and a
// count) and the profiling timer of signal_unix.go/os_linux.go (setThreadCPUProfiler: a
// per-thread timer of hz = 100, so a sample every 10 ms of CPU time a thread spends). gort's
// CPU time is simulated: a P is "on CPU" for the cost the machine charges its goroutine's
// slices (their operations, back-edges and jitter), for the mark workers it runs (dedicated
// ones that take a P from the scheduler, and those that idle Ps run through a mark phase), and
// for the scheduler's own work between goroutines. Every cpuProfilePeriodNs of that time on a
// P, the profiler takes the stack of what the P runs then.
//
// Terms:
//   slice     what a goroutine runs between two resumes by the machine; its cost is known only
//             when it yields (Machine.cost).
//   inline    time charged while the slice runs, at the stack of that moment: an allocation's
//             mallocgc, and the back-edges plain code has run when its budget check calls
//             suspendPlain. The rest of a slice is charged when it ends, at the stack where it
//             yielded, with the runtime function it yielded in (enter) on top. The slice's
//             jitter on inline time moves the P's next sample without taking one there.
//   ProfFrame a Go function as pprof names it: name, file, line, and the line of its func.
//
// Invariants:
//   - The time charged to a P is the time the machine charges it (each slice's cost, the
//     workers' and the scheduler's), so the samples add up to the P's busy time / 10 ms.
//   - Nothing here draws randomness or reads a clock; the profile is a function of the run.
//   - With profiling off the machine holds no CpuProfiler and S.pf is null: the runtime's hooks
//     are one test of a null field.
//
// Simplifications: a sample falls in the part of a slice its time falls in, but the stack of
// the end-of-slice part is the one at the yield (slices are short: a budget of loop work, or
// one visible operation); runtime functions appear as one frame over the caller's (mallocgc,
// the map, channel and select entry points), not Go's full runtime call chain; an idle P's
// mark work is charged when the mark phase starts, not as it runs; fractional workers and idle
// Ps that do nothing are not sampled; a goroutine in a syscall or C call is not sampled (its P
// is released, and C time is not Go's CPU time in gort's model).

import type { RuntimeFrame } from "./panic.js";
import { pseudoFrame, type G, type P } from "./runtime2.js";
import type { MachineApi } from "./state.js";
import { frameFunc, isInitWrapper } from "./traceback.js";

/** runtime/pprof's default rate: 100 samples a second of CPU time (cpuprof.go hz). */
const cpuProfileHz = 100;
const cpuProfilePeriodNs = 1e9 / cpuProfileHz;

/** A function in a profile, as Go's symbol table names it. start is its func line (0 when
 *  unknown: the runtime's frames). */
export interface ProfFrame {
  name: string;
  file: string;
  line: number;
  start: number;
}

/** A stack, leaf first, and its values (the profile's sample types, in order). */
export interface ProfSample {
  stack: ProfFrame[];
  values: number[];
}

/** A collected CPU profile: samples/count and cpu/nanoseconds per distinct stack. */
export interface CpuProfileData {
  periodNs: number;
  samples: ProfSample[];
  /** Simulated time the profile covers. */
  durationNs: number;
}

const goroot = "/usr/lib/go-1.19/src/runtime";

/** A runtime frame at a line of Go 1.19's runtime source. */
export function rtFrame(fn: string, file: string, line: number): RuntimeFrame {
  return { fn: `runtime.${fn}`, file: `${goroot}/${file}`, line };
}

/** What a dedicated mark worker runs (mgc.go gcBgMarkWorker's systemstack call of gcDrain). */
const markWorkerStack: RuntimeFrame[] = [
  rtFrame("scanobject", "mgcmark.go", 1256), rtFrame("gcDrain", "mgcmark.go", 1103),
  rtFrame("gcBgMarkWorker.func2", "mgc.go", 1308), rtFrame("systemstack", "asm_amd64.s", 492),
  rtFrame("gcBgMarkWorker", "mgc.go", 1295),
];
/** What a P runs between two goroutines (proc.go schedule, called on g0 through mcall). */
const scheduleStack: RuntimeFrame[] = [
  rtFrame("findRunnable", "proc.go", 2561), rtFrame("schedule", "proc.go", 3214), rtFrame("mcall", "asm_amd64.s", 448),
];
/** mallocgc under the allocating frame, and under the runtime entry points that call it. */
export const mallocgcFrame = [rtFrame("mallocgc", "malloc.go", 842)];
const via = (fn: string, file: string, line: number): RuntimeFrame[] => [mallocgcFrame[0]!, rtFrame(fn, file, line)];
export const allocVia = {
  newobject: via("newobject", "malloc.go", 1202),
  newarray: via("newarray", "malloc.go", 1224),
  makeslice: via("makeslice", "slice.go", 103),
  growslice: via("growslice", "slice.go", 290),
  rawstring: via("rawstring", "string.go", 273),
  rawbyteslice: via("rawbyteslice", "string.go", 286),
  rawruneslice: via("rawruneslice", "string.go", 301),
  convT: via("convT", "iface.go", 331),
  makechan: via("makechan", "chan.go", 102),
  newdefer: via("newdefer", "panic.go", 373),
};
/** An assist: the allocating goroutine does mark work before it may allocate (gcAssistAlloc). */
export const assistStack = [
  rtFrame("gcDrainN", "mgcmark.go", 1192), rtFrame("gcAssistAlloc1", "mgcmark.go", 567),
  rtFrame("gcAssistAlloc", "mgcmark.go", 474), rtFrame("mallocgc", "malloc.go", 906),
];
/** runtime.main, under main.main in every stack of the main goroutine. */
const runtimeMain: ProfFrame = { name: "runtime.main", file: `${goroot}/proc.go`, line: 250, start: 145 };

export class CpuProfiler {
  /** Distinct stacks in the order first seen, by their key. */
  private readonly samples = new Map<string, ProfSample>();
  /** Per P (by id): ns of CPU time left before its next sample. */
  private readonly until: number[] = [];
  /** Time charged inline in the running slice. */
  private inl = 0;
  /** The runtime function the running slice entered (it yields inside it), and S.cost then. */
  private rt: RuntimeFrame | null = null;
  private rtFrom = 0;

  constructor(private readonly m: Pick<MachineApi, "funcInfo">, private readonly mainG: () => G | undefined) {}

  /** A resume starts a slice. */
  begin(): void {
    this.inl = 0;
    this.rt = null;
  }

  /** The slice is in runtime function f from now until it yields (cost is S.cost now). */
  enter(f: RuntimeFrame, cost: number): void {
    this.rt = f;
    this.rtFrom = cost;
  }

  /** ns of g's slice spent now, at g's current stack under rts (leaf first). */
  inline(pp: P | undefined, g: G, ns: number, rts: readonly RuntimeFrame[] | null): void {
    if (pp === undefined) return;
    this.inl += ns;
    this.charge(pp, ns, () => this.stackOf(g, rts));
  }

  /**
   * g's slice ended at its yield with cost (jittered) after raw unjittered ns, of which
   * baseNs (the yield's own) and costNow - rtFrom were spent in the runtime function it entered. The jitter's share of what
   * was charged inline moves the P's next sample without taking one (the next charge takes it,
   * usually at the same place); the rest of the slice is charged now, the runtime function's
   * share at its frame and the remainder at g's stack.
   */
  sliceEnd(pp: P | undefined, g: G, cost: number, raw: number, costNow: number, baseNs: number): void {
    const inl = this.inl;
    const rt = this.rt;
    this.begin();
    if (pp === undefined || raw <= 0) return;
    const adj = Math.round((inl * cost) / raw) - inl;
    const rest = cost - inl - adj;
    let rtPart = 0;
    if (rt !== null) rtPart = Math.min(rest, Math.round(((baseNs + costNow - this.rtFrom) * cost) / raw));
    if (rest - rtPart > 0) this.charge(pp, rest - rtPart, () => this.stackOf(g, null));
    if (rtPart > 0) this.charge(pp, rtPart, () => this.stackOf(g, [rt!]));
    // After the slice's own charges, so that a sample it makes due falls on the next charge.
    this.until[pp.id] = (this.until[pp.id] ?? cpuProfilePeriodNs) - adj;
  }

  /** ns of P time that no goroutine's stack explains: the mark worker's. */
  markWorker(pp: P, ns: number): void {
    this.charge(pp, ns, () => markWorkerStack.map(fromRuntime));
  }

  /** The scheduler's ns between two goroutines on pp. */
  schedule(pp: P, ns: number): void {
    this.charge(pp, ns, () => scheduleStack.map(fromRuntime));
  }

  /** Count ns of pp's CPU time; each period that ends in it is a sample of stack(). */
  private charge(pp: P, ns: number, stack: () => ProfFrame[]): void {
    let left = (this.until[pp.id] ?? cpuProfilePeriodNs) - ns;
    if (left <= 0) {
      const n = Math.floor(-left / cpuProfilePeriodNs) + 1;
      left += n * cpuProfilePeriodNs;
      this.add(stack(), n);
    }
    this.until[pp.id] = left;
  }

  /** cpuProfile.add: n samples of one stack. */
  private add(stack: ProfFrame[], n: number): void {
    const key = stackKey(stack);
    const s = this.samples.get(key);
    if (s !== undefined) {
      s.values[0]! += n;
      s.values[1]! += n * cpuProfilePeriodNs;
    } else this.samples.set(key, { stack, values: [n, n * cpuProfilePeriodNs] });
  }

  /** g's stack, leaf first, under the runtime frames rts. */
  stackOf(g: G, rts: readonly RuntimeFrame[] | null): ProfFrame[] {
    return goStack(this.m, g, rts, g === this.mainG());
  }

  data(durationNs: number): CpuProfileData {
    return { periodNs: cpuProfilePeriodNs, samples: [...this.samples.values()], durationNs };
  }
}

/** A goroutine's frames as a profile names them, leaf first: rts, then its Go frames (without
 *  the package init wrapper, as tracebacks omit it), then runtime.main for the main goroutine. */
export function goStack(m: Pick<MachineApi, "funcInfo">, g: G, rts: readonly RuntimeFrame[] | null, isMain: boolean): ProfFrame[] {
  const out: ProfFrame[] = rts === null ? [] : rts.map(fromRuntime);
  const top = Math.min(g.d, g.fr.length - 1);
  for (let i = top; i >= 1; i--) {
    const f = g.fr[i]!;
    const fn = frameFunc(m, f);
    const go = pseudoFrame(f) === null;
    if (fn === undefined || (go && isInitWrapper(m, f, fn.name))) continue;
    const start = go ? m.funcInfo(f.fi)?.line ?? 0 : 0;
    out.push({ name: fn.name, file: fn.file, line: fn.line, start });
  }
  if (out.length === 0 && g.startName !== "") out.push({ name: g.startName, file: "", line: 0, start: 0 });
  if (isMain) out.push(runtimeMain);
  return out;
}

function fromRuntime(f: RuntimeFrame): ProfFrame {
  return { name: f.fn, file: f.file, line: f.line, start: 0 };
}

/** A stack's identity: its functions and lines. */
export function stackKey(stack: ProfFrame[]): string {
  let k = "";
  for (const f of stack) k += `${f.name}:${f.line};`;
  return k;
}
