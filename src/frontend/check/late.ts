// Checking that arrives after a package is done: an instance of one of its generic
// declarations, made by a package that imports it.
//
// Models nothing in go/types (which checks a generic body once, with type parameters); see
// generic.ts. After checkPackage returns, the package's delayed actions and untyped records
// have been flushed; an instance made later queues its body the same way and is flushed here.

import type { Checker } from "./check.js";

/** Runs the delayed actions (instance bodies) queued since the package was finished. */
export function finishLate(c: Checker): void {
  if (!c.finished || c.lateRunning) return;
  c.lateRunning = true;
  try {
    for (let i = 0; i < c.delayed.length; i++) c.delayed[i]!();
    c.delayed.length = 0;
    for (const [e, u] of c.untyped) c.recordTypeAndValue(e, u.mode, u.type, u.val);
    c.untyped.clear();
  } finally {
    c.lateRunning = false;
  }
}
