// The three ways a simulated Go program can fail, plus the ways gort itself can fail.
//
// Models the kinds of failure in Go 1.19's runtime/panic.go:
//   - GoPanic: gopanic, a recoverable panic carrying a Go value (runtime errors included);
//   - GoFatal: fatal (a user error, runtime frames hidden) or throw (a runtime error), which no
//     recover can stop; the process prints "fatal error: <msg>", a goroutine dump, and exits 2.
// And gort's own:
//   - SimLimit: a simulator limit (steps, heap, goroutines, simulated time, call depth) was hit.
//   - SimBug: an assertion inside gort failed; reported with the replay token.
//
// Simplification: a Go panic is a JS exception that unwinds host frames; the deferred calls of
// each Go frame run from the compiled code's finally blocks (see compiler/defer lowering).

import type { Iface } from "./value.js";

/** A frame that the runtime adds above the user's frames in a traceback (GOTRACEBACK=system). */
export interface RuntimeFrame {
  fn: string; // "runtime.mapassign_fast64"
  file: string; // "/usr/lib/go-1.19/src/runtime/map_fast64.go"
  line: number;
  /** -race: an atomic operation's ABI wrapper, under this frame: Go's race stack of an atomic
   *  access is these two frames alone (it shows no caller). */
  wrapper?: RuntimeFrame;
  /** -race: the function this one is inlined in, between it and the goroutine's frames (Go's
   *  race stacks show inlined calls as frames: strings.(*Builder).copyCheck under WriteString). */
  caller?: RuntimeFrame;
  /** The function takes no arguments: a traceback prints `()`, not `(...)` (runtime.sigpanic). */
  noArgs?: true;
}

/** One frame of a panic's stack snapshot. */
export interface StackEntry {
  fi: number;
  l: number;
  rt: { name: string; file: string; line: number } | null;
}

/**
 * An error that ends or unwinds Go code and whose JS stack nothing prints (Go's own stack is
 * printed from the goroutine's frames): it captures none. Capturing one was most of the cost of
 * a recovered panic (4.6 of 12 s in a panic-and-recover loop) and a fifth of a crashing run of
 * the article's example.
 */
export class StacklessError extends Error {
  constructor(message: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}

/** A Go panic in flight. value is the panic's Go value as an interface (null for panic(nil)). */
export class GoPanic extends StacklessError {
  recovered = false;
  /** The panic that was in flight when this one started (Go's p.link), for "panic: a [recovered]". */
  link: GoPanic | undefined;
  /** Set by goexit: this is runtime.Goexit unwinding, not a panic. */
  goexit = false;
  /** The depth of the frame whose deferred calls this panic is running (set by rundefer): a
   *  panic raised meanwhile shares this panic's frames up to it (panicking.ts snapshot). */
  deferBase = 0;
  /** This panic's stack as the first n entries of base's stack and then top, until read. */
  gshare: { base: GoPanic; n: number; top: StackEntry[] } | undefined;
  private frames: StackEntry[] | undefined;

  /** The panicking goroutine's frames when the panic started, outermost first. A chain of
   *  panics raised by deferred calls shares prefixes (each panic copies only the frames above
   *  the deferred call), so a chain costs its length, not length × depth; a stack is built
   *  from the shares when it is read (only the panic that ends the goroutine is printed). */
  get gstack(): StackEntry[] | undefined {
    if (this.frames !== undefined || this.gshare === undefined) return this.frames;
    const chain: GoPanic[] = [];
    let p: GoPanic = this;
    while (p.frames === undefined && p.gshare !== undefined) {
      chain.push(p);
      p = p.gshare.base;
    }
    const out = (p.frames ?? []).slice();
    for (let i = chain.length - 1; i >= 0; i--) {
      const s = chain[i]!.gshare!;
      out.length = Math.min(out.length, s.n);
      for (const e of s.top) out.push(e);
    }
    this.frames = out;
    return out;
  }

  set gstack(v: StackEntry[] | undefined) {
    this.frames = v;
    this.gshare = undefined;
  }

  hasStack(): boolean {
    return this.frames !== undefined || this.gshare !== undefined;
  }
  /** The frames at the top of gstack that frameless leaves added (panicking.ts leafPanic). */
  leafFrames = 0;
  /** A nil dereference or other signal-raised panic: prints the [signal ...] line. */
  sigpanic = false;
  constructor(readonly value: Iface | null) {
    super("Go panic");
  }
}

/** Go's fatal/throw. kind "fatal" hides runtime frames by default; "throw" shows them. */
export class GoFatal extends StacklessError {
  constructor(
    readonly msg: string,
    readonly kind: "fatal" | "throw" = "fatal",
    readonly runtimeFrames: RuntimeFrame[] = [],
    /** What the runtime printed just before throwing (mheap.grow's "runtime: out of memory:
     *  cannot allocate N-byte block (M in use)" line). */
    readonly prelude = "",
    /** What it printed after the message line (a signal's "[signal ...]" line). */
    readonly postlude = "",
  ) {
    super(`fatal error: ${msg}`);
  }
}

/** checkdead's throw: no goroutine can run and none ever will (proc.go, checkdead). A class of
 *  its own, so that the machine tells a deadlock from other fatals by type, not by text. */
export class Deadlock extends GoFatal {}

type LimitName = "steps" | "heap" | "goroutines" | "time" | "depth" | "unsupported" | "hang";

/** A simulator limit. The message names the limit and the flag that raises it. */
export class SimLimit extends Error {
  constructor(
    readonly limit: LimitName,
    message: string,
  ) {
    super(message);
  }
}

/** The run ended (and was reported) while goroutines were suspended inside plain code
 *  (Machine.suspendPlain): their host frames are unwound with this. Never a Go panic: compiled
 *  catch blocks rethrow it (catchPanic), and only the machine's outermost loop catches it. */
export class Unwind extends StacklessError {
  constructor() {
    super("unwind");
  }
}

/** The debugger (src/debug) stops the run at a breakpoint: never a Go panic (toGoPanic passes
 *  it through, catchPanic rethrows it) and never reported; the machine rethrows it to the
 *  debugger, which has already captured what it shows. */
export class DebugStop extends Error {
  constructor() {
    super("debug stop");
  }
}

/**
 * The command must move to a host thread with a big stack (bin/gort.js runs `run`, `test` and
 * `example` on Node's main thread, whose stack is about 1 MB, because starting a worker thread
 * with a 1 GB stack costs about a third of a small program's start-up). Thrown where that
 * thread would otherwise give up: the host stack ran out (deep Go recursion, a deeply nested
 * program), or the run is about to change something outside itself (hostThread.beforeEffect),
 * which a second run from the start must not do twice. Like DebugStop it is never a Go panic
 * and never reported: the machine rethrows it, and the CLI re-runs the command on the big stack,
 * dropping the output already written (cli/bigstack.ts). A run is a function of its seed and
 * input, so the second run reaches the same point with the same output.
 */
export class MoveToBigStack extends Error {
  constructor(why: string) {
    super(`move to the big stack: ${why}`);
  }
}

/** The host thread gort runs on; one per thread, set by the CLI before a command, so a module
 *  register and not machine state. movable: this thread's stack is small and the command can
 *  move (throw MoveToBigStack) instead of ending at a depth limit. */
export const hostThread = { movable: false };

/** Called before a run changes something on the host (a file written, a process started). */
export function beforeHostEffect(what: string): void {
  if (hostThread.movable) throw new MoveToBigStack(what);
}

/** The host's stack ran out (V8's RangeError). */
export function isHostStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/** An assertion inside gort failed. Never caught by Go code. */
export class SimBug extends Error {}

/** Assert an invariant of gort itself. Assertions stay on in production: a wrong answer is worse
 *  than a crash with a replay token. */
export function assert(cond: unknown, what: string): asserts cond {
  if (!cond) throw new SimBug(`assertion failed: ${what}`);
}
