// The scheduler entry points that compiled code and natives call: newproc, the preemption check
// at loop back-edges, Gosched, Goexit, sleeping, and the semaphores that sync is built on.
//
// Models the user-facing parts of Go 1.19's proc.go (newproc, Gosched, preemption at safe
// points), time.go (timeSleep) and sema.go (semacquire/semrelease, FIFO wait queues per address).
//
// Simplifications: sema's treap becomes a Map from the semaphore's owner object to a FIFO queue;
// there is no handoff/starvation mode for Mutex beyond what sync's Go code does itself.

import { S, machine } from "./state.js";
import { waitReason, type G } from "./runtime2.js";
import { GOSCHED, PARK, STEP, type GoGen } from "./yield.js";

/** Preemption points (loop back-edges, entries of recursive plain functions) a goroutine
 *  passes before the next preemption check: its time slice between two visible operations. */
export const checkBudget = 1000;

/** go f(args): create a goroutine running the thunk. */
export function newproc(thunk: () => GoGen, startName: string): void {
  const g = S.g;
  const ng = machine.sched.newproc(thunk(), g.m?.p, g, startName);
  ng.startFn = thunk;
  S.cost += 300;
}

/** The check at a loop back-edge in a generator: yield so that time moves and other Ps act, and
 *  stop if sysmon asked for preemption. */
export function* preempt(): GoGen<void> {
  const g = S.g;
  if (g.preempt && g.nonpreempt === 0) {
    machine.sched.record({ t: machine.now(), ev: "GoPreempt", g: g.goid });
    S.b = checkBudget;
    yield GOSCHED;
    return;
  }
  yield STEP;
}

/** The check at a back-edge or a recursive entry in a plain function, which cannot yield: the
 *  machine suspends the goroutine where it stands (Go 1.14's asynchronous preemption), so a
 *  loop without a yield point can neither hold the machine nor outrun its limits. */
export function tick(): void {
  machine.suspendPlain();
}

/** runtime.Gosched */
export function* gosched(): GoGen<void> {
  yield GOSCHED;
}

/** time.Sleep(ns): a timer on the current P wakes the goroutine. */
export function* timeSleep(ns: number): GoGen<void> {
  if (ns <= 0) {
    yield STEP;
    return;
  }
  const g = S.g;
  const sched = machine.sched;
  const pp = g.m!.p!;
  const when = sched.now + ns;
  sched.addtimer(pp, {
    when, period: 0, seq: 0, i: -1, pp: undefined,
    f: () => sched.goready(g, pp.status === 1 ? pp : undefined, undefined),
  });
  const depth = pushStdFrames(sleepFrames);
  sched.gopark(g, waitReason.sleep);
  yield PARK;
  g.d = depth;
}

const goroot = "/usr/lib/go-1.19/src";
const sleepFrames: StdFrame[] = [{ name: "time.Sleep", file: `${goroot}/runtime/time.go`, line: 195 }];
export const mutexFrames: StdFrame[] = [
  { name: "sync.(*Mutex).Lock", file: `${goroot}/sync/mutex.go`, line: 90 },
  { name: "sync.(*Mutex).lockSlow", file: `${goroot}/sync/mutex.go`, line: 171 },
  { name: "sync.runtime_SemacquireMutex", file: `${goroot}/runtime/sema.go`, line: 77 },
];
export const waitGroupFrames: StdFrame[] = [
  { name: "sync.(*WaitGroup).Wait", file: `${goroot}/sync/waitgroup.go`, line: 139 },
  { name: "sync.runtime_Semacquire", file: `${goroot}/runtime/sema.go`, line: 62 },
];
export const rlockFrames: StdFrame[] = [
  { name: "sync.(*RWMutex).RLock", file: `${goroot}/sync/rwmutex.go`, line: 71 },
  { name: "sync.runtime_SemacquireMutex", file: `${goroot}/runtime/sema.go`, line: 77 },
];
export const wlockFrames: StdFrame[] = [
  { name: "sync.(*RWMutex).Lock", file: `${goroot}/sync/rwmutex.go`, line: 152 },
  { name: "sync.runtime_SemacquireMutex", file: `${goroot}/runtime/sema.go`, line: 77 },
];
export const condFrames: StdFrame[] = [
  { name: "sync.(*Cond).Wait", file: `${goroot}/sync/cond.go`, line: 70 },
  { name: "sync.runtime_notifyListWait", file: `${goroot}/runtime/sema.go`, line: 517 },
];

// ---- Semaphores (sema.go) -----------------------------------------------------------------------

interface Waiter {
  g: G;
  acquired: boolean;
}
const semaQueues = new Map<unknown, Waiter[]>();

export function resetSema(): void {
  semaQueues.clear();
}

/** A standard-library frame that Go's tracebacks show while a goroutine waits inside it. */
export interface StdFrame {
  name: string;
  file: string;
  line: number;
}

/** Push frames (outermost first) for the duration of a park, as Go's stack would hold them. */
export function pushStdFrames(frames: readonly StdFrame[]): number {
  const g = S.g;
  const d = g.d;
  for (const f of frames) g.pushRuntime(f.name, f.file, f.line);
  return d;
}

/** semacquire on the counter at key[prop]: take it if positive, else queue and park. */
export function* semacquire(key: any, prop: string, reason: string = waitReason.semacquire, lifo = false, frames: readonly StdFrame[] = []): GoGen<void> {
  S.cost += 40;
  yield STEP;
  if (key[prop] > 0) {
    key[prop]--;
    return;
  }
  const g = S.g;
  const depth = pushStdFrames(frames);
  let q = semaQueues.get(key);
  if (!q) semaQueues.set(key, (q = []));
  const w: Waiter = { g, acquired: false };
  if (lifo) q.unshift(w);
  else q.push(w);
  machine.sched.gopark(g, reason);
  yield PARK;
  g.d = depth;
}

/** semrelease: wake the first waiter (handing it the count), or increment the counter. */
export function semrelease(key: any, prop: string): void {
  const q = semaQueues.get(key);
  if (q && q.length > 0) {
    const w = q.shift()!;
    w.acquired = true;
    machine.sched.goready(w.g, S.g?.m?.p, S.g);
    return;
  }
  key[prop]++;
}

/** How many goroutines wait on key (for sync.Cond and tests). */
export function semwaiters(key: any): number {
  return semaQueues.get(key)?.length ?? 0;
}
