// The scheduler's queue invariants, checked after every event under --check (RunOptions.check).
//
// Models no one Go file: Go checks these as throws spread over proc.go, each where a queue is
// used (runqget's and globrunqget's callers, pidleput's "pidleput: P has non-empty run queue",
// acquirep's "wirep: invalid p state", checkdead's "checkdead: runnable g" and the
// "schedule: spinning with local work" family), and gort's runtime keeps them by construction.
// Walking every queue after every event costs O(Ps + queued Gs) per event, which is why it is
// a mode that tests turn on (the differential corpus runs with it) rather than always on.
//
// Invariants:
//   - a P's local queue holds 0..256 goroutines, and every queued goroutine (the local queues,
//     runnext, the global queue) is _Grunnable and queued once;
//   - an idle P (on pidle) is _Pidle, has no M and is listed once;
//   - a running P's M points back at it.

import { SimBug } from "./panic.js";
import type { Sched } from "./proc.js";
import { Gstatus, Pstatus, type G } from "./runtime2.js";

/** Throws SimBug when one of the invariants above does not hold. */
export function checkSched(s: Sched): void {
  const queued = new Set<G>();
  const enqueue = (g: G, where: string): void => {
    if (g.status !== Gstatus._Grunnable) throw new SimBug(`checkSched: goroutine ${g.goid} on ${where} has status ${g.status}`);
    if (queued.has(g)) throw new SimBug(`checkSched: goroutine ${g.goid} queued twice (again on ${where})`);
    queued.add(g);
  };
  for (const pp of s.allp) {
    const n = pp.runqtail - pp.runqhead;
    if (n < 0 || n > 256) throw new SimBug(`checkSched: P${pp.id} run queue holds ${n}`);
    for (let i = pp.runqhead; i < pp.runqtail; i++) {
      const g = pp.runq[i % 256];
      if (g === undefined) throw new SimBug(`checkSched: P${pp.id} run queue has a hole at ${i}`);
      enqueue(g, `P${pp.id}'s run queue`);
    }
    if (pp.runnext !== undefined) enqueue(pp.runnext, `P${pp.id}'s runnext`);
    if (pp.status === Pstatus._Prunning && (pp.m === undefined || pp.m.p !== pp)) {
      throw new SimBug(`checkSched: running P${pp.id} and its M disagree`);
    }
  }
  for (let i = s.runqhead; i < s.runq.length; i++) enqueue(s.runq[i]!, "the global run queue");
  const idle = new Set(s.pidle);
  if (idle.size !== s.pidle.length) throw new SimBug("checkSched: a P is on pidle twice");
  for (const pp of s.pidle) {
    if (pp.status !== Pstatus._Pidle || pp.m !== undefined) throw new SimBug(`checkSched: P${pp.id} on pidle has status ${pp.status} or an M`);
  }
}
