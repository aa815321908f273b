// Coverage counters for `gort test -fuzz` (the fuzz driver, src/fuzz.ts): what Go's fuzzer gets
// from the compiler's libFuzzer-style 8-bit counters (cmd/compile -d=libfuzzer), and, new in
// gort, which goroutines met at a channel, lock or other wake-up. Go's side of the counters is
// runtime/libfuzzer.go and internal/fuzz/coverage.go.
//
// Terms: a counter is one byte of S.cv. The compiler (compiler/stmt.ts and func.ts, when a
// function is compiled with coverage) numbers each block of the user's packages (a function
// body, an if's then and else, the edge around an if without else, a switch or select clause, a
// loop body) and each right operand of && and ||, and emits `$S.cv[id]++` where it starts; ids
// below BRANCH_COUNTERS. goready adds a scheduling counter: a hash of the waker's and the woken
// goroutine's entry functions and the wait reason, in the last SCHED_COUNTERS bytes.
//
// Invariants: counting never changes a run (no decision reads the counters); a run without
// coverage has S.cv === null and pays one test in goready. Counters wrap at 256, as Go's do.
//
// Simplification: branch ids beyond BRANCH_COUNTERS share counters (the id modulo it).

/** The counters a run writes: branch arms, then scheduling pairs. */
export const COVER_COUNTERS = 1 << 16;
/** The scheduling pairs' share: 4096 hashes of (waker, woken, wait reason). */
const SCHED_COUNTERS = 1 << 12;
export const BRANCH_COUNTERS = COVER_COUNTERS - SCHED_COUNTERS;

/** The index of the scheduling counter for a wake-up of a goroutine started at entry `to`,
 *  waiting for `reason`, by one started at entry `from` (FuncInfo indexes; -1 for none). */
export function schedCounter(from: number, to: number, reason: string): number {
  let h = (Math.imul(from + 1, 0x9e3779b1) ^ Math.imul(to + 1, 0x85ebca6b)) >>> 0;
  for (let i = 0; i < reason.length; i++) h = Math.imul(h ^ reason.charCodeAt(i), 0x01000193) >>> 0;
  return BRANCH_COUNTERS + (h & (SCHED_COUNTERS - 1));
}

/** What package testing's fuzz natives ask the driver (stdlib/testing/fuzz.go). */
export interface FuzzHooks {
  /** 1: report the fuzz target's types and seed corpus; 2: execute input. */
  mode: 1 | 2;
  /** The next input to execute, in Go's "go test fuzz v1" encoding, or "" when there is none
   *  (the driver counts the coverage of the input before, which has passed). */
  next(): string;
  /** The corpus file a failing input was written to, for the failure report ("" otherwise). */
  crashPath: string;
  /** The fuzz target's argument types and its seed corpus (names and encodings). */
  report(types: string[], names: string[], entries: string[]): void;
}
