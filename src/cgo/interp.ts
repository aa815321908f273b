// The run-time state of gort's C interpreter: the process-wide C state and one call's state.
//
// Not a model of a Go file. It stands in for the C side of a cgo binary: the C heap, C globals,
// stdio buffers, rand()'s state and errno live in CRuntime (one per program); the budget, the
// clock debt and the recursion depth of one Go→C call live in CallState.
//
// Terms:
//   - step: one evaluated C expression node; it costs NS_PER_STEP of simulated time.
//   - clock debt: steps evaluated but not yet reported to the caller as time. It is paid (yielded
//     as nanoseconds) before any I/O, before any sleep and when the call returns.
//   - completion: what a compiled statement returns: NORMAL, BREAK, CONTINUE or RETURN (the
//     return value is left in Frame.ret).
//
// Invariants: steps >= flushed; depth <= depthMax; a Frame's slots hold C values of the
// declared types (already wrapped).
//
// Simplification vs a real C runtime: several Go goroutines may be inside C at once (each on its
// own M in real Go); here they interleave only at yields, and share CRuntime as threads share a
// process.

import type { Prng } from "../base/prng.js";
import { SimLimit } from "../runtime/panic.js";
import type { CHeap } from "./cheap.js";
import { Stdio } from "./stdio.js";
import type { V } from "./ops.js";
import type { CType } from "./types.js";

/** What a C call needs from the simulated process around it. */
export interface CgoContext {
  /** Write bytes (a byte string) to fd 1 or 2, at the current simulated moment. */
  write(fd: 1 | 2, bytes: string): void;
  /** The simulation's PRNG (kept for future libc randomness; rand() follows glibc exactly). */
  prng: Prng;
  /** getpid()'s answer. */
  pid: number;
  /** Read up to n bytes of the process's stdin; "" at end of input. */
  readStdin(n: number): string;
  /** Wall-clock time in Unix nanoseconds, for time(); the Go playground's epoch if absent. */
  unixNanos?(): number;
}

export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;
export type Completion = number;

/** Simulated nanoseconds per evaluated expression node. */
const NS_PER_STEP = 1;

/** The C side of one program: shared by all calls into it. */
export class CRuntime {
  /** File-scope variables, by slot. */
  readonly globals: V[] = [];
  stdio: Stdio;
  errno = 0;
  /** glibc random_r TYPE_3 state (see libc.ts srand/rand). */
  randState: number[] = [];
  randF = 3;
  randR = 0;

  constructor(
    readonly heap: CHeap,
    tty: boolean,
    readonly stepsMax: number,
    readonly depthMax: number,
  ) {
    this.stdio = new Stdio(tty);
  }

  /** A new process's stdio, errno and rand state (CgoProgram.reset). */
  resetProcess(tty: boolean): void {
    this.stdio = new Stdio(tty);
    this.errno = 0;
    this.randState = [];
    this.randF = 3;
    this.randR = 0;
  }
}

/** The state of one Go→C call (one cgocall), including nested C calls. */
export class CallState {
  steps = 0;
  flushed = 0;
  depth = 0;
  constructor(
    readonly rt: CRuntime,
    readonly ctx: CgoContext,
  ) {}

  /** Check the step budget (called on loop back-edges and C function entry). */
  budget(): void {
    if (this.steps > this.rt.stepsMax) {
      throw new SimLimit(
        "steps",
        `cgo: C code evaluated more than ${this.rt.stepsMax} expressions in one call`,
      );
    }
  }

  /** The clock debt in nanoseconds, marked as paid. */
  takeDebt(): number {
    const d = (this.steps - this.flushed) * NS_PER_STEP;
    this.flushed = this.steps;
    return d;
  }
}

/** The activation record of one C function call. */
export class Frame {
  ret: V = undefined;
  /** Local arrays allocated in this frame (addresses), freed when it returns. */
  arrays: number[] | undefined = undefined;
  constructor(
    readonly v: V[],
    readonly st: CallState,
  ) {}
}

export type Gen<T> = Generator<number, T, unknown>;
export type Ev = (f: Frame) => V;
export type GEv = (f: Frame) => Gen<V>;
export type Ex = (f: Frame) => Completion;
export type GEx = (f: Frame) => Gen<Completion>;

/** A compiled C function, callable from C and from Go. */
export interface CFunction {
  name: string;
  params: CType[];
  result: CType;
  /** True when a call may yield (it reaches sleep, I/O, ...): use gen, else plain. */
  blocking: boolean;
  nslots: number;
  plain?: (st: CallState, args: V[]) => V;
  gen?: (st: CallState, args: V[]) => Gen<V>;
}

/** Enter a C function: depth and budget checks. */
export function enter(st: CallState, name: string): void {
  if (++st.depth > st.rt.depthMax) {
    throw new SimLimit("depth", `cgo: C call depth exceeded ${st.rt.depthMax} (in ${name})`);
  }
  st.budget();
}

/** Leave a C function: free its local arrays. */
export function leave(f: Frame): void {
  f.st.depth--;
  if (f.arrays !== undefined) for (const a of f.arrays) f.st.rt.heap.freeChunk(a);
}
