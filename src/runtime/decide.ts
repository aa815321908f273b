// The scheduler model's source of decisions.
//
// Everything the model decides that real hardware decides by timing (tie-breaks between events
// at the same instant, cost jitter, steal order, thread wake-up latency, select's poll order)
// goes through a Decider. The machine supplies one built on a scheduling strategy
// (src/explore/strategy.ts); a Prng is also a Decider, which unit tests use directly.

export interface Decider {
  /** A uniformly chosen uint32. */
  uint32(): number;
  /** An integer in [0, n). */
  intn(n: number): number;
  /** A float64 in [0, 1). */
  float64(): number;
}
