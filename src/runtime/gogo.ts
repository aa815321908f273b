// Resuming goroutines: how a goroutine's host generators are chained and resumed (gogo).
//
// Models what gogo (asm_amd64.s) does for Go 1.19: a goroutine's calls form a stack that the
// scheduler resumes where it stopped. (Stacks as memory are stack.ts.) In gort a Go
// function that can reach a yield point is a JS generator, and a call between two of them is
// `yield*`. Resuming a chain of d nested `yield*` costs d host calls in V8, so a goroutine that
// yields at every level of a recursion d deep would cost d² host work (16,000 levels of a
// recursive map write took a minute).
//
// Terms:
//   segment   a run of at most segmentFrames Go frames whose generators are chained by
//             `yield*`. The machine holds the segments of a goroutine in g.segs (oldest first,
//             g.gen at the bottom); only the top one is resumed, so a yield costs at most
//             segmentFrames host calls, however deep the goroutine is. Go itself used
//             segmented stacks until 1.3, for another reason (stack growth).
//   split     a compiled call at a depth that is a multiple of segmentFrames: `tramp` turns it
//             into a yield of the callee's generator object, which gogo pushes as a new segment.
//             When that segment returns, gogo resumes the one below with the result (or throws
//             into it what the segment threw), exactly where its `yield` stood.
//
// Invariants: a goroutine yields only numbers (yield.ts) or a generator object to split on;
// g.segs is empty whenever the goroutine has no split calls in progress.
//
// Rejected: splitting every call (each call would pay a trip through gogo: about twice the
// cost of `yield*` on the shallow calls that are most calls); a CPS transform of the compiler
// output (every call site pays).

import { S } from "./state.js";
import type { G } from "./runtime2.js";
import type { GoGen, YieldCode } from "./yield.js";

/** Go frames per segment: a yield at any depth resumes at most this many generators. */
export const segmentFrames = 8;

function* split<T>(callee: GoGen<T>): Generator<YieldCode | GoGen<T>, T, any> {
  return yield callee;
}

/** A compiled call of a generator function: itself, or a split when the caller's depth says a
 *  new segment starts here. */
export function tramp<T>(callee: GoGen<T>): GoGen<T> {
  return (S.g.d & (segmentFrames - 1)) === segmentFrames - 1 ? (split(callee) as GoGen<T>) : callee;
}

const nothing = Symbol("nothing");

/** gogo: resume g until it yields a code or its bottom generator ends; splits and the returns
 *  and exceptions of split segments are handled here. */
export function gogo(g: G): IteratorResult<YieldCode, unknown> {
  const segs = g.segs;
  let send: unknown = undefined;
  let thrown: unknown = nothing;
  for (;;) {
    const top = segs.length > 0 ? segs[segs.length - 1]! : g.gen!;
    let r: IteratorResult<unknown, unknown>;
    try {
      if (thrown === nothing) r = top.next(send);
      else {
        const e = thrown;
        thrown = nothing;
        r = top.throw(e);
      }
    } catch (e) {
      if (segs.length === 0) throw e;
      segs.pop();
      thrown = e;
      continue;
    }
    if (r.done) {
      if (segs.length === 0) return r as IteratorResult<YieldCode, unknown>;
      segs.pop();
      send = r.value;
      continue;
    }
    if (typeof r.value === "object" && r.value !== null) {
      segs.push(r.value as GoGen);
      send = undefined;
      continue;
    }
    return r as IteratorResult<YieldCode, unknown>;
  }
}
