// The scheduler model's source of decisions.
//
// Everything the model decides that real hardware decides by timing goes through a Decider,
// and every decision is typed by its kind, so that a strategy can steer the ones that matter
// and leave the rest to chance:
//
//   tie      which of two events at the same simulated instant goes first (proc.go has no such
//            choice: on hardware it is whichever core gets there first);
//   jitter   how much one stretch of a goroutine's work costs, ±25% (caches, frequency);
//   steal    where findRunnable starts stealing (stealOrder.start(fastrand()));
//   wake     how long a parked thread takes to wake (futex latency);
//   runnext  -race's randomizeScheduler coin;
//   cgo      when a C call's return is noticed;
//   select   the poll order of a select (selectgo's pollorder, from fastrandn);
//
// and two *steerable* decisions, which the default strategy never deviates from:
//
//   stall    before a goroutine's next visible operation, is its thread descheduled by the OS,
//            and for how long (0 = not at all; see stallNs);
//   case     which of a select's ready cases it takes (its default is the one the poll order
//            found first).
//
// The machine supplies a Decider built on a scheduling strategy (src/explore/strategy.ts); a
// Prng is also a Decider (it ignores the kinds and never steers), which unit tests use directly.

export type DecisionKind = "tie" | "jitter" | "steal" | "wake" | "runnext" | "cgo" | "select";
export type SteerKind = "stall" | "case";

export interface Decider {
  /** A uniformly chosen uint32. */
  uint32(kind?: DecisionKind): number;
  /** An integer in [0, n). */
  intn(n: number, kind?: DecisionKind): number;
  /** A float64 in [0, 1). */
  float64(kind?: DecisionKind): number;
}

/**
 * A steerable decision's answer in [0, n): def unless the strategy deviates. who is the
 * goroutine it concerns (its G.seq, creation order, stable across schedules) and site where
 * in the program it is asked (a select's function and line), so that a strategy can aim.
 */
export type Steer = (kind: SteerKind, n: number, def: number, who: number, site: number) => number;

