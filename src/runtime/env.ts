// What the runtime models need from the world around them, passed explicitly.
//
// Models no Go file: it is gort's seam between the runtime models and the machine.
//
// The map model, the allocator and the natives get an Env instead of importing the machine, so
// each can be unit-tested alone with a small fake Env.

import type { Prng } from "../base/prng.js";

export interface Env {
  /** The simulation's PRNG (for fastrand: map seeds, iteration starts, select order). */
  prng: Prng;
  /** The run's entropy: crypto/rand's bytes (getrandom), a sub-stream of its own
   *  (the machine sets it; a test's fake Env may leave it out, and then prng serves). */
  entropy?: Prng;
  /** Allocate `size` bytes on the simulated heap for the current P; returns the address. */
  newobject(size: number, noscan: boolean): number;
  /** Write bytes (a byte string) to fd 1 or 2 of the simulated process. */
  write(fd: 1 | 2, bytes: string): void;
  /** The simulated clock, in nanoseconds since the program started. */
  nanotime(): number;
}
