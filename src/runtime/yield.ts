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

export type YieldCode = typeof STEP | typeof PARK | typeof GOSCHED | typeof SYSCALL | typeof EXITSYSCALL | typeof GOYIELD;

/** The type of every goroutine body and of every function that may reach a yield point. */
export type GoGen<T = any> = Generator<YieldCode, T, unknown>;
