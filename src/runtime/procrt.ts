// The scheduler entry points that compiled code and natives call: newproc, the preemption check
// at loop back-edges, Gosched, Goexit, sleeping, and the semaphores that sync is built on.
//
// Models the user-facing parts of Go 1.19's proc.go (newproc, Gosched, preemption at safe
// points), time.go (timeSleep) and sema.go (semacquire/semrelease, FIFO wait queues per address).
//
// Simplifications: sema's treap becomes a Map from the semaphore's owner object to a FIFO queue;
// there is no handoff/starvation mode for Mutex beyond what sync's Go code does itself.

import { SimLimit } from "./panic.js";
import { S, machine } from "./state.js";
import { waitReason, type G } from "./runtime2.js";
import { GOSCHED, PARK, STEP, type GoGen } from "./yield.js";

/** Back-edges a goroutine may run before the next preemption check. */
export const checkBudget = 1000;

/** go f(args): create a goroutine running the thunk. */
export function newproc(thunk: () => GoGen, startFi: number): void {
  const g = S.g;
  const sched = machine.sched;
  const fi = machine.funcInfo(startFi);
  const ng = sched.newproc(thunk(), g.m?.p, g, fi?.name ?? "");
  ng.startFi = startFi;
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

/** The check at a loop back-edge in a plain function: no yield is possible, so only the budget
 *  is renewed; the cost is charged when the goroutine next yields. */
export function tick(): void {
  S.cost += checkBudget;
  S.b = checkBudget;
  if (S.cost > 1e15) throw new SimLimit("steps", "gort: step limit exceeded in a loop that cannot yield");
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
  sched.gopark(g, waitReason.sleep);
  yield PARK;
}

// ---- Semaphores (sema.go) -----------------------------------------------------------------------

interface Waiter {
  g: G;
  acquired: boolean;
}
const semaQueues = new Map<unknown, Waiter[]>();

export function resetSema(): void {
  semaQueues.clear();
}

/** semacquire on the counter at key[prop]: take it if positive, else queue and park. */
export function* semacquire(key: any, prop: string, reason: string = waitReason.semacquire, lifo = false): GoGen<void> {
  S.cost += 40;
  yield STEP;
  if (key[prop] > 0) {
    key[prop]--;
    return;
  }
  const g = S.g;
  let q = semaQueues.get(key);
  if (!q) semaQueues.set(key, (q = []));
  const w: Waiter = { g, acquired: false };
  if (lifo) q.unshift(w);
  else q.push(w);
  machine.sched.gopark(g, reason);
  yield PARK;
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
