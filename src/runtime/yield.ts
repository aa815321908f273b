// The yield protocol between a goroutine's code and the machine that runs it.
//
// Models no single Go file: it stands for the points where Go's compiled code enters the
// scheduler (gopark and goschedguarded in proc.go, morestack's preemption check in stack.go).
//
// A goroutine is a JS generator. It runs until it yields one of the codes below, and the
// machine (src/sim/machine.ts) decides what happens next. The runtime models' generator
// functions (chansend, mapassign, cgocall, ...) yield these codes at the places where Go's
// runtime could be descheduled or be observed by another P.
//
// Invariants: a goroutine yields only numbers from this list; anything else it wants from the
// machine (parking, syscalls) it records in the scheduler's state before yielding.

/** A visible operation: another P may act before this goroutine continues. Costs simulated time. */
export const STEP = 0;
/** The goroutine parked itself (gopark has set its status and wait reason). */
export const PARK = 1;
/** Yield the P voluntarily (runtime.Gosched, or preemption at a safe point). */
export const GOSCHED = 2;
/** The goroutine entered a syscall or a cgo call (entersyscall has recorded its duration). */
export const SYSCALL = 3;

/** Leave a syscall or cgo call: exitsyscall finds a P (or queues the G) before it goes on. */
export const EXITSYSCALL = 4;

/** Yield the P to the G just readied into its runnext (Go's goyield after a semaphore handoff):
 *  this goroutine goes to the tail of the P's local run queue, not the global one. */
export const GOYIELD = 5;

/** A STEP whose resuming event the machine has scheduled already (Machine.stepNow drew its
 *  cost and found that another event comes first): the goroutine suspends, charged nothing more. */
export const STEPPED = 6;

/** What MachineApi.stepNow returns when no other event can come before the goroutine's next
 *  instruction: the STEP has happened without suspending it, and it goes on. Not a yield code. */
export const GOON = -1;

export type YieldCode = typeof STEP | typeof PARK | typeof GOSCHED | typeof SYSCALL | typeof EXITSYSCALL | typeof GOYIELD | typeof STEPPED;

/** The type of every goroutine body and of every function that may reach a yield point. */
export type GoGen<T = any> = Generator<YieldCode, T, unknown>;

// ---- Plain entries of runtime operations ----
//
// A runtime operation that has a visible step (a map access) is a generator, and calling one
// makes a generator object even when, as usual, its steps go on at once (MachineApi.stepNow).
// Its plain entry (mapaccess1n...) is an ordinary function that does the same work in the
// same order and, when a step must really yield, stops there and returns PENDING, leaving the
// rest of the operation as a generator that the caller runs with `yield* pending()`:
//
//     (($t = ($f.s = sm, $rt.mapaccess1n(t, m, k))) === $rt.PENDING ? yield* $rt.pending() : $t)
//
// Invariant: between an entry's PENDING and the caller's pending(), nothing runs.

/** What a plain entry returns when the rest of the operation must run as a generator. */
export const PENDING: { readonly pending: true } = Object.freeze({ pending: true });

let rest: GoGen | null = null;

/** Leave the rest of an operation for the caller's pending(). */
export function pend(g: GoGen): typeof PENDING {
  rest = g;
  return PENDING;
}

/** The rest of the operation whose plain entry just returned PENDING. */
export function pending(): GoGen {
  const g = rest!;
  rest = null;
  return g;
}

/** A yield of code (STEP or STEPPED), then fn(a, b, c): the rest of a one-step operation. */
export function* yieldThen<A, B, C, R>(code: YieldCode, fn: (a: A, b: B, c: C) => R, a: A, b: B, c: C): GoGen<R> {
  yield code;
  return fn(a, b, c);
}
