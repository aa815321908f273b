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
// A runtime operation that has a visible step (a map access, a channel operation, a Mutex's
// CAS) is a generator, and calling one makes a generator object even when, as usual, its steps
// go on at once (MachineApi.stepNow). Its plain entry (mapaccess1n, chansendn, chanrecv2n,
// Mutex.Lock's lockn...) is an ordinary function that does the same work in the same order
// and, when a step must really yield or the goroutine must park, stops there and returns
// PENDING, leaving the rest of the operation as an iterator (a generator, or yieldThen's reused
// one) that the caller runs with `yield* pending()`:
//
//     (($t = ($f.s = sm, $rt.mapaccess1n(t, m, k))) === $rt.PENDING ? yield* $rt.pending() : $t)
//
// The generator form stays beside each entry (`if (entryn(...) === PENDING) yield* pending()`)
// for the callers that need a generator: reflect, other natives (RWMutex.Lock, Once.Do), a
// method value or interface call of a native, go and defer thunks.
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

const doneResult: IteratorResult<never, undefined> = Object.freeze({ value: undefined, done: true });

/**
 * An iterator that has finished: what a deferred call of a native's plain entry returns when
 * the entry did not have to yield (compiler/stmt.ts thunkOrdered), in place of the generator a
 * deferred call otherwise returns. rundefersFast and rundefer run it as they run a generator
 * (next, or yield*), and find it done. A `defer mu.Unlock()` made a generator of Unlock's per
 * call before.
 */
export const doneIter: GoGen = {
  next: () => doneResult,
  return: (v: unknown) => ({ value: v, done: true }),
  throw: (e: unknown) => {
    throw e;
  },
  [Symbol.iterator]() {
    return this;
  },
} as unknown as GoGen;

/**
 * A yield of code (STEP or STEPPED, or PARK after gopark), then fn(a, b, c): the rest of a
 * one-step operation, run with yield* (or resumed by gogo as a segment) exactly as the generator
 * `function* () { yield code; return fn(a, b, c); }` would run, but an iterator object that is
 * reused once it is done: the step of an atomic operation yields on most calls when several Ps
 * run (spawn: 170 bytes of host memory per goroutine). fn may be a plain entry's stage that
 * returns PENDING (a channel send that parks after its step yielded): the iterator then runs
 * the rest, pending(), as `{ yield code; const v = fn(a, b, c); return v === PENDING ?
 * yield* pending() : v; }` would.
 */
export function yieldThen<A, B, C, R>(code: YieldCode, fn: (a: A, b: B, c: C) => R, a: A, b: B, c: C): GoGen<R> {
  const it = stepThenPool.pop() ?? new StepThen();
  it.start(code, fn as (a: unknown, b: unknown, c: unknown) => unknown, a, b, c);
  return it as unknown as GoGen<R>;
}

/** yieldThen's iterators that are done. */
const stepThenPool: StepThen[] = [];

/** yieldThen's iterator. Its two result objects are its own: yield* reads a result before it
 *  calls next again, and so do gogo and the machine with the result of a goroutine's yield.
 *  While it delegates to the rest of a plain entry (inner), it passes that iterator's results,
 *  and what is sent or thrown into it, through, as yield* does. */
class StepThen {
  private code: YieldCode = STEP;
  private fn: ((a: unknown, b: unknown, c: unknown) => unknown) | undefined = undefined;
  private a: unknown = undefined;
  private b: unknown = undefined;
  private c: unknown = undefined;
  private yielded = false;
  private inner: GoGen | null = null;
  private readonly step: { value: unknown; done: boolean } = { value: STEP, done: false };
  private readonly last: { value: unknown; done: boolean } = { value: undefined, done: true };

  start(code: YieldCode, fn: (a: unknown, b: unknown, c: unknown) => unknown, a: unknown, b: unknown, c: unknown): void {
    this.code = code;
    this.fn = fn;
    this.a = a;
    this.b = b;
    this.c = c;
    this.yielded = false;
  }

  [Symbol.iterator](): this {
    return this;
  }

  next(x?: unknown): { value: unknown; done: boolean } {
    const inner = this.inner;
    if (inner !== null) return this.passOn(inner.next(x));
    if (!this.yielded) {
      this.yielded = true;
      this.step.value = this.code;
      return this.step;
    }
    // Released once fn has returned (an iterator whose fn threw is left to the host's GC).
    const v = this.fn!(this.a, this.b, this.c);
    if (v === PENDING) {
      const g = pending();
      this.inner = g;
      return this.passOn(g.next());
    }
    this.release();
    this.last.value = v;
    return this.last;
  }

  /** Thrown into at its yield: the generator would end with e (or its rest would see e). */
  throw(e: unknown): { value: unknown; done: boolean } {
    const inner = this.inner;
    if (inner !== null) return this.passOn(inner.throw(e));
    this.release();
    throw e;
  }

  /** Returned from at its yield: the generator would end with v. */
  return(v: unknown): { value: unknown; done: boolean } {
    const inner = this.inner;
    if (inner !== null) return this.passOn(inner.return(v));
    this.release();
    return { value: v, done: true };
  }

  /** A result of the rest: a yield goes up as it is; its end ends this iterator. */
  private passOn(r: IteratorResult<unknown, unknown>): { value: unknown; done: boolean } {
    if (r.done !== true) return r as { value: unknown; done: boolean };
    this.release();
    this.last.value = r.value;
    return this.last;
  }

  private release(): void {
    this.fn = undefined;
    this.a = this.b = this.c = undefined;
    this.inner = null;
    stepThenPool.push(this);
  }
}

/** A native generator function gen with its plain entry n, which does the same work in the
 *  same order and returns pend's PENDING where gen would yield: the compiler calls n instead of
 *  gen (api.ts natives: "entry"; compiler/func.ts ye). Set once, as the natives are made. */
export function withEntry<F extends Function>(gen: F, n: Function): F {
  (gen as unknown as { n: Function }).n = n;
  return gen;
}
