// Scheduling strategies: who decides the interleaving, and how a run's decisions are recorded.
//
// Every choice the scheduler model makes that real hardware would make by timing — which of two
// events at the same simulated instant goes first, how much an operation's cost varies, which
// P to steal from, how long a woken thread takes — is a *decision* of a kind (runtime/decide.ts),
// asked of a Strategy. The steerable decisions (stalls, select cases) are not asked here: an
// exploration strategy answers them (explore/steer.ts), and the seed answers the rest. The
// default strategy draws decisions from the seeded PRNG, so a run is a function of its seed.
// A recording strategy keeps the list of decisions (the run's schedule); a replaying strategy
// feeds a recorded schedule back, so a run can be reproduced from its decisions alone, and the
// exploration strategies of later work (PCT, DFS over decisions) plug in at the same place.
//
// Invariants:
//   - A strategy answers only integers in the range it is asked for.
//   - The machine asks for decisions in the same order for the same program, options and
//     answers, so replaying the answers reproduces the run exactly.
//
// Rejected alternative: letting the scheduler call the PRNG directly (the first version). It is
// simpler, but it makes the schedule implicit in the seed: nothing can replay a schedule that
// was found by a search rather than drawn from a seed.

import { Prng } from "../base/prng.js";
import type { DecisionKind } from "../runtime/decide.js";

export interface Strategy {
  /** An integer in [0, n), for a choice among n alternatives (0 < n <= 2^32) of a kind. */
  choose(n: number, kind?: DecisionKind): number;
}

/** The default: decisions drawn from a seeded PRNG. */
export class RandomStrategy implements Strategy {
  constructor(readonly prng: Prng) {}
  choose(n: number): number {
    return this.prng.intn(n);
  }
}

/** Wraps a strategy and records every decision (the run's schedule). */
export class RecordingStrategy implements Strategy {
  readonly decisions: number[] = [];
  constructor(private readonly inner: Strategy) {}
  choose(n: number, kind?: DecisionKind): number {
    const d = this.inner.choose(n, kind);
    this.decisions.push(d);
    return d;
  }
}

/** Replays recorded decisions; past their end it falls back to a strategy (default: 0s). */
export class ReplayStrategy implements Strategy {
  private i = 0;
  constructor(
    private readonly decisions: readonly number[],
    private readonly fallback: Strategy = { choose: () => 0 },
  ) {}
  choose(n: number): number {
    if (this.i < this.decisions.length) {
      const d = this.decisions[this.i++]!;
      if (d >= n) throw new Error(`replay: decision ${this.i - 1} is ${d}, but only ${n} choices exist`);
      return d;
    }
    return this.fallback.choose(n);
  }
  /** How many recorded decisions have been used. */
  get used(): number {
    return this.i;
  }
}

/** The scheduler's Decider over a strategy: every draw is one decision. */
export class StrategyDecider {
  /** The strategy's PRNG when it is a plain RandomStrategy, whose choose(n) is prng.intn(n):
   *  the two hottest draws (each step's jitter and its event's tie) then skip the strategy's
   *  virtual call and intn's checks, for the same numbers (intn of a power of two is the low
   *  bits of one uint32). */
  private readonly prng: Prng | undefined;
  constructor(readonly strategy: Strategy) {
    this.prng = strategy instanceof RandomStrategy ? strategy.prng : undefined;
  }
  uint32(kind?: DecisionKind): number {
    return this.prng !== undefined ? this.prng.uint32() : this.strategy.choose(0x100000000, kind);
  }
  intn(n: number, kind?: DecisionKind): number {
    return this.strategy.choose(n, kind);
  }
  float64(kind?: DecisionKind): number {
    if (this.prng !== undefined) return (this.prng.uint32() & 0x3fffffff) / 0x40000000;
    return this.strategy.choose(0x40000000, kind) / 0x40000000;
  }
}

/** A compact, printable form of a schedule: base-36 numbers separated by dots. */
export function encodeSchedule(decisions: readonly number[]): string {
  return decisions.map((d) => d.toString(36)).join(".");
}

export function decodeSchedule(s: string): number[] {
  if (s === "") return [];
  return s.split(".").map((x) => {
    const v = Number.parseInt(x, 36);
    if (!Number.isSafeInteger(v) || v < 0) throw new Error(`bad schedule element ${x}`);
    return v;
  });
}
