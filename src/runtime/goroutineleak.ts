// Partial deadlocks: goroutines blocked on a concurrency primitive that nothing able to run can
// ever reach, so that nothing can ever wake them.
//
// Models the goroutine leak detection that Go 1.26 added behind GOEXPERIMENT=goroutineleakprofile
// (proposal "Goroutine leak detection via garbage collection", go.dev/issue/74609), evaluated on
// gort's own heap graph rather than in a GC cycle. Go 1.19 has no such check; gort runs it when
// asked (RunOptions.leaks: `gort run --leaks`, and always under `gort test`). So it models no Go
// file of 1.19; its marking follows mgcmark.go's.
//
// Terms:
//   blocked      a goroutine parked on a channel, a select, a semaphore (sync.Mutex, RWMutex,
//                WaitGroup) or a notify list (sync.Cond): G.waitOn names what it waits for (the
//                channel, the select's channels, the object holding the semaphore or the list),
//                or is null for a wait nothing can end (a nil channel, `select {}`).
//   maybe runnable  every other live goroutine: running, runnable, in a syscall or C call, or
//                parked on something time or the runtime ends (a sleep, a GC wait).
//   leaked       a blocked goroutine that no maybe-runnable goroutine reaches, directly or through
//                blocked goroutines that can themselves be woken.
//
// The argument (the proposal's): a goroutine can only be woken by another goroutine operating on
// the object it waits on, and to do so that goroutine must hold a reference to it. Roots are the
// package variables, what the runtime holds for the program (pending timers' funcs and channels,
// every object with a finalizer and its finalizer: a finalizer may run once its object dies), and
// the stacks of the maybe-runnable goroutines. A blocked goroutine whose wait object is reached
// may be woken, so its stack is a root too; this repeats until nothing changes. The blocked
// goroutines left are leaked: certain, because nothing can later create a reference to an
// unreachable object, so a leaked goroutine stays leaked (goready asserts it).
//
// Invariants: the walk changes no mark bit and no Go value (Marker in reachOnly mode); a goroutine
// is reported at most once (G.leaked). Runs only where every goroutine stands at a yield point
// (the machine between events), so every frame's stack map describes its live locals.
//
// Simplifications: stack maps over-approximate Go's liveness, so gort may find fewer leaks than Go
// 1.26 would, never more; a value held only in a JS temporary of an expression that is being
// evaluated when its goroutine parks is not seen (a goroutine waiting on such a value could be
// reported wrongly; none of our programs does it).

import { HChan } from "./chan.js";
import { Marker } from "./mgcmark.js";
import type { Heap } from "./malloc.js";
import { Gstatus, type G } from "./runtime2.js";

/** Is g parked on a concurrency primitive (and not reported already)? */
function isBlocked(g: G): boolean {
  return g.status === Gstatus._Gwaiting && g.waitOn !== undefined;
}

/** Can a goroutine that reaches what the marker has visited wake g? */
function mayWake(g: G, m: Marker): boolean {
  const w = g.waitOn;
  if (w === null || typeof w !== "object") return false;
  if (Array.isArray(w)) return w.some((c) => c instanceof HChan && m.reached(c));
  return m.reached(w);
}

/**
 * The goroutines of allgs newly found blocked forever, in allgs order. roots: the package
 * variables and what the runtime holds for the program (see the header).
 */
export function findleaks(heap: Heap, allgs: readonly G[], roots: readonly unknown[]): G[] {
  let blocked: G[] = [];
  const runnable: G[] = [];
  for (const g of allgs) {
    if (g.status === Gstatus._Gdead || g.gen === undefined || g.leaked) continue;
    if (isBlocked(g)) blocked.push(g);
    else runnable.push(g);
  }
  if (blocked.length === 0) return [];
  const m = new Marker(heap, true);
  m.reach(roots);
  for (const g of runnable) m.reachStack(g);
  // Wake what can be woken, scanning each woken goroutine's stack at once, until a pass over the
  // rest wakes none.
  for (let woke = true; woke; ) {
    woke = false;
    const rest: G[] = [];
    for (const g of blocked) {
      if (!mayWake(g, m)) rest.push(g);
      else {
        m.reachStack(g);
        woke = true;
      }
    }
    blocked = rest;
  }
  return blocked;
}
