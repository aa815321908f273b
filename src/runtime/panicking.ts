// Panics, deferred calls and recover, as compiled code reaches them.
//
// Models Go 1.19's runtime/panic.go: gopanic, the deferred-call loop, gorecover's rule that
// only a deferred function called by the panic machinery may recover, Goexit, and the
// runtime errors' types (runtime.Error values: boundsError, plainError, errorString,
// TypeAssertionError).
//
// How it maps to JS: a Go panic is a thrown GoPanic. A function with defers catches it, runs
// its deferred calls (rundefers) on top of the still-intact frame stack with a `panic(...)`
// pseudo-frame in between, as Go does, and either returns normally (recovered) or rethrows.
// Frames are never popped while a panic unwinds, so the stack at the panic is what a
// traceback prints.
//
// Simplifications: runtime error values are byte strings of named string types with an Error
// method; their %#v differs from Go's.

import { GoPanic, GoFatal, MoveToBigStack, SimLimit, hostThread, isHostStackOverflow, type StackEntry } from "./panic.js";
import { setValueMakers } from "./rt.js";
import { S, machine } from "./state.js";
import { pseudoFrame, withStackCharge, type Frame, type G } from "./runtime2.js";
import { Iface, Kind, type RType } from "./value.js";
import { addPlainMethod, namedOf, ptrTo, types } from "./rtypes.js";
import type { GoGen } from "./yield.js";

/** A runtime error type over a string (the message); pointer: Go's value is a *T (%T shows
 *  it), whose methods are the pointer's. */
function errorType(name: string, prefix: string, pointer = false): RType {
  const named = namedOf("runtime", name, types.string);
  const t = pointer ? ptrTo(named) : named;
  addPlainMethod(t, "Error", pointer, (s: string) => prefix + s);
  addPlainMethod(t, "RuntimeError", pointer, () => undefined);
  return t;
}

const errorStringT = errorType("errorString", "runtime error: ");
const plainErrorT = errorType("plainError", "");
const boundsErrorT = errorType("boundsError", "runtime error: ");
/** Go's failed assertion panics with a *runtime.TypeAssertionError (%T names the pointer type):
 *  the type the program's package runtime declares, once its init has registered it, else this
 *  one (a program that does not import runtime cannot name it). */
const typeAssertionErrorT = errorType("TypeAssertionError", "", true);

/** The *runtime.TypeAssertionError for a message. */
export function typeAssertionError(msg: string): Iface {
  const t = machine?.typeAssertionErrorT;
  if (t === undefined) return new Iface(typeAssertionErrorT, msg);
  const e = t.elem!.zero() as { msg: string };
  e.msg = msg;
  return new Iface(t, e);
}

/** rt.runtimeError: the runtime.Error value for a message. */
export function runtimeError(msg: string, plain = false): Iface {
  return new Iface(plain ? plainErrorT : errorStringT, msg);
}

export function boundsError(msg: string): GoPanic {
  return new GoPanic(new Iface(boundsErrorT, msg));
}

export function stringValue(s: string): Iface {
  return new Iface(types.string, s);
}

setValueMakers(runtimeError, stringValue);

/** Copies of g's frames from depth `from` + 1 up, innermost last. */
function copyFrames(g: G, from: number): StackEntry[] {
  const out: StackEntry[] = [];
  for (let i = from + 1; i <= g.d; i++) {
    const f = g.fr[i]!;
    const rt = pseudoFrame(f);
    out.push({ fi: f.fi, l: f.l, rt: rt ? { ...rt } : null });
  }
  return out;
}

/** Records g's frames as p's stack. While another panic's deferred calls run, the frames up
 *  to the one running them are that panic's too, unchanged since it started: p shares them. */
export function snapshot(g: G, p: GoPanic): void {
  const running = g.panic;
  if (running && running !== p && running.hasStack() && running.deferBase > 0 && running.deferBase <= g.d) {
    p.gshare = { base: running, n: running.deferBase, top: copyFrames(g, running.deferBase) };
    return;
  }
  p.gstack = copyFrames(g, 0);
}

/** panic(v) */
export function gopanic(v: Iface | null): never {
  const p = new GoPanic(v);
  snapshot(S.g, p);
  throw p;
}

/** runtime.Goexit: unwind the goroutine, running its deferred calls. */
export function goexit(): never {
  const p = new GoPanic(null);
  p.goexit = true;
  snapshot(S.g, p);
  throw p;
}

/** Turn whatever a goroutine threw into a GoPanic when it is a Go-level failure (a nil
 *  dereference shows up as a host TypeError); everything else passes through unchanged. */
export function toGoPanic(g: G, e: unknown): unknown {
  if (e instanceof GoPanic) {
    if (!e.hasStack()) snapshot(g, e);
    return e;
  }
  if (e instanceof TypeError && /null|undefined/.test(e.message) && /properties|is not a function|Cannot/.test(e.message)) {
    const p = new GoPanic(runtimeError("invalid memory address or nil pointer dereference"));
    p.sigpanic = true;
    snapshot(g, p);
    return p;
  }
  if (isHostStackOverflow(e)) {
    if (hostThread.movable) return new MoveToBigStack("the host stack ran out");
    // The host ran out of stack before gort's frame limit (runtime2.ts maxFrameDepth), where
    // Go would go on growing the goroutine's stack: a gort limit, not a Go stack overflow.
    return new SimLimit(
      "depth",
      `gort: the host JavaScript stack ran out at Go call depth ${g.d}, below Go's 1 GB stack limit; ` +
        "bin/gort.js runs the simulator with a 1 GB host stack",
    );
  }
  return e;
}

/** The catch block of a function with defers: which panic is now in flight. Fatal errors,
 *  exits and simulator limits are not panics and are rethrown at once. */
export function catchPanic(g: G, e: unknown): GoPanic {
  const p = toGoPanic(g, e);
  if (p instanceof GoPanic) return p;
  throw p;
}

/**
 * What a frameless leaf that may panic (compiler/frameless.ts) rethrows from its catch block:
 * a panic raised in it, or in a leaf it called, with the leaf's frame (its function and the
 * line it had reached) put where its push would have put it: in the panic's stack (taken here,
 * as a frame's catch takes it, if the panic has none yet) and on the goroutine's frame stack,
 * where the panic's deferred calls run above it (runtime.Callers there lists it). Both go
 * below the frames of the leaves the panic has left already (leafFrames), which unwound
 * first. Anything else passes unchanged.
 */
export function leafPanic(e: unknown, fi: number, l: number): unknown {
  const g = S.g;
  const p = toGoPanic(g, e);
  if (!(p instanceof GoPanic)) return p;
  const k = p.leafFrames++;
  const st = p.gstack!;
  st.splice(st.length - k, 0, { fi, l, rt: null });
  g.push(fi);
  for (let d = g.d; d > g.d - k; d--) {
    const to = g.fr[d]!, from = g.fr[d - 1]!;
    to.fi = from.fi;
    to.l = from.l;
  }
  g.fr[g.d - k]!.l = l;
  g.fr[g.d - k]!.fi = fi;
  return p;
}

/** A deferred call as compiled code makes it: a generator thunk, or a plain one (plaindefer). */
type Deferred = (() => GoGen) & { $plain?: boolean };

/**
 * The deferred calls of a function that returns without a panic, run in LIFO order without a
 * generator of their own as long as none yields: most deferred calls (an Unlock, a Done, a
 * plain function) never do, and a generator per call was most of their cost (a defer-heavy
 * loop spent 4 µs a call in rundefer). Returns undefined when all have run; otherwise what
 * rundefers must go on with: the panic a deferred call raised, or null when one yielded (left
 * in f.pendingDefer, still a root in g.deferring). Once all have run, f.defers is null again
 * (Frame.defers: push does not reset it).
 */
export function rundefersFast(g: G, f: Frame): GoPanic | null | undefined {
  const ds = f.defers! as Deferred[];
  // -race: the calls run from runtime.deferreturn, after the function has left (Frame).
  if (S.r !== null) f.deferreturn = true;
  while (ds.length > 0) {
    const d = ds.pop()!;
    g.deferring.push(d);
    g.d = f.depth;
    let yielded = false;
    // The plain-code form of withStackCharge: a generator that yields keeps no charge after it
    // is handed to rundefers (deeper frames it reaches later are charged without it).
    const sp = f.sp;
    f.sp = sp + deferCallBytes;
    try {
      if (d.$plain === true) d();
      else {
        const it = d();
        const first = it.next();
        if (!first.done) {
          f.pendingDefer = { it, first };
          yielded = true;
          return null;
        }
      }
    } catch (e) {
      return catchPanic(g, e);
    } finally {
      f.sp = sp;
      if (!yielded) g.deferring.pop();
    }
  }
  f.defers = null;
  return undefined;
}

/**
 * The goroutine stack a deferred call takes in Go 1.19 besides its callee's frame: the frame's
 * open-coded defer slots, its exit path and the closure wrapper (`f.func1`, 16 bytes) Go calls
 * the deferred function through. Measured: `func f(n int) { defer f(n + 1) }` takes 154 bytes per
 * level in Go (6.5 million levels in 1 GB), of which gort's estimate of f's frame is 24. Charged
 * while a deferred call runs (the frame's sp stands for it), so that recursion through defers
 * reaches Go's limit, and --heap-limit, about as deep as in Go.
 */
const deferCallBytes = 130;

/** yield* over an iterator that has already produced first: what it yields goes up, what the
 *  scheduler sends or throws comes back down to it. */
function* delegate(it: GoGen, first: IteratorResult<unknown, unknown>): GoGen<unknown> {
  let r = first;
  while (!r.done) {
    let sent: unknown;
    try {
      sent = yield r.value as never;
    } catch (e) {
      r = it.throw(e);
      continue;
    }
    r = it.next(sent);
  }
  return r.value;
}

/** Run f's deferred calls in LIFO order; p is the panic in flight or null. A call that
 *  rundefersFast left half-run (f.pendingDefer) is finished first. Once all have run, f.defers
 *  is null again, whether p goes on down or not (Frame.defers: push does not reset it). */
export function* rundefers(g: G, f: Frame, p: GoPanic | null): GoGen<void> {
  const pend = f.pendingDefer;
  if (pend !== undefined) {
    f.pendingDefer = undefined;
    try {
      yield* delegate(pend.it, pend.first);
    } catch (e) {
      p = catchPanic(g, e);
    } finally {
      g.deferring.pop();
    }
  }
  const ds = f.defers! as Deferred[];
  while (ds.length > 0) {
    const d = ds.pop()!;
    // The call being run stays a GC root (its captures) until it returns.
    g.deferring.push(d);
    try {
      p = yield* rundefer(g, f, d, p);
    } finally {
      g.deferring.pop();
    }
  }
  // A frame that p unwinds past stays on the stack, with null here rather than an empty array:
  // the mark is the same either way. An empty array has no address and no elements, so it adds
  // no work, and the one level it could add (were it the only root) is 20 ns of chain, below
  // the mark's 40 µs minimum (mgc.ts markChainNs, minMarkBaseNs).
  f.defers = null;
  if (p) throw p;
}

/** One deferred call of rundefers, without a panic or during one. Returns the panic still
 *  in flight (null once recovered). */
function* rundefer(g: G, f: Frame, d: Deferred, p: GoPanic | null): GoGen<GoPanic | null> {
  if (!p) {
    g.d = f.depth;
    try {
      yield* withStackCharge(f, deferCallBytes, d.$plain === true ? function* (): GoGen { d(); } : d);
    } catch (e) {
      p = catchPanic(g, e);
    }
    return p;
  }
  const base = g.d;
  // Open-coded defers run from runOpenDeferFrame at these lines (Go 1.19.8 panic.go: Goexit
  // 522, gopanic 884), a _defer record's (FuncInfo.deferproc) by d.fn() at gopanic's 890.
  const line = p.goexit ? 522 : machine.funcInfo(f.fi)?.deferproc === true ? 890 : 884;
  g.pushRuntime(p.goexit ? "runtime.Goexit" : "panic", "/usr/lib/go-1.19/src/runtime/panic.go", line);
  p.deferBase = base;
  const savedPanic = g.panic;
  const savedDepth = g.recoverDepth;
  g.panic = p;
  g.recoverDepth = g.d + 1;
  try {
    if (d.$plain === true) d();
    else yield* d();
    g.d = base;
  } catch (e) {
    // A new panic in a deferred call: as in Go, the frames of that call stay on the stack
    // (nothing unwinds until a recover), and the remaining deferred calls run on top of them.
    const p2 = catchPanic(g, e);
    if (p2 !== p) {
      // p2 may have started panics of its own in deferred calls (a panic in a defer of a defer
      // of p): p goes below the oldest of them, so the chain prints every one (Go's p.link).
      let q = p2;
      while (q.link !== undefined && q.link !== p) q = q.link;
      q.link = p;
      p = p2;
    }
  }
  g.panic = savedPanic;
  g.recoverDepth = savedDepth;
  if (p.recovered) {
    p = null;
    g.d = f.depth;
  }
  return p;
}

/** recover(): the panic's value when called directly by a deferred call of a panic. */
export function gorecover(g: G, f: Frame): Iface | null {
  const p = g.panic;
  if (p && !p.recovered && !p.goexit && f.depth === g.recoverDepth) {
    p.recovered = true;
    return p.value;
  }
  return null;
}

export function missingReturn(): never {
  throw new GoFatal("missing return", "throw");
}

export { SimLimit, Kind };
