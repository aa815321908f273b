// Exploration strategies: how a run's steerable decisions are answered, run after run.
//
// Terms. A run is a function of its seed (every ordinary decision: tie-breaks, jitter, steal
// order, wake latency, select poll order; runtime/decide.ts) and of its answers to the
// *steerable* decisions: whether a goroutine's thread stalls before its next visible operation
// (a stall; asked only when another goroutine could act meanwhile, Sched.othersCanAct), and
// which ready case a select takes (a case). The default answer of every
// steerable decision is the one an unsteered run takes (no stall; the case the poll order found
// first), so a schedule is a seed plus the list of its deviations from the defaults,
// (index of the steerable decision in the run, answer). That list is what a replay token
// carries and what shrinking shortens.
//
// Strategies (Explorer.next gives each run its seed and policy):
//   random   seeds base, base+1, ...; no deviations (what --runs does, stopping at a failure).
//   pct:d    Burckhardt et al. 2010, adapted to a parallel machine: d-1 change points drawn
//            uniformly over the k stall decisions of a run (k learned from the runs so far);
//            at a change point the goroutine about to act gets the lowest priority: its thread
//            stalls for stallNs[3] (10 ms), so every other goroutine runs until it blocks.
//            PCT's random initial priorities are the seed's own timing (each run a new seed).
//   pbound:k CHESS's preemption bounding: on the seed's schedule, every set of at most k
//            stall positions among the K of the default run, fewest first. Systematic.
//   dfs      stateless depth-first search over every steerable decision (stall or not, each
//            ready case), the seed fixed: every schedule the steering can reach, for small
//            tests; complete when the tree is exhausted.
//   select   GFuzz (Liu et al. 2021): each run fixes, per select statement, which of its ready
//            cases it prefers (by rank), and takes it whenever it is ready.
//   starve   rr's chaos mode: each run picks a goroutine and a window of its visible
//            operations, and deschedules its thread before each one (50 µs or 1 ms).
//
// Invariants:
//   - A policy answers in [0, n), and the same policy object with the same seed answers the
//     same way (policies draw only from their own Prng), so a run is replayable from
//     (seed, deviations) alone: ReplayPolicy.
//   - Runs are distinct schedules when their fingerprints differ: the sequence of which
//     goroutine took each visible operation and which case each steered select took.
//
// Rejected alternative: steering which goroutine a P runs next (a run-queue choice). In Go the
// interleaving of two goroutines on two Ps is decided by timing, not by run-queue order, and a
// schedule built from run-queue choices cannot delay a goroutine that already has a P. A stall
// is what hardware does (the OS deschedules a thread), and it reaches both.

import { Prng } from "../base/prng.js";
import type { SteerKind } from "../runtime/decide.js";
import { fnvBasis, fnvPrime } from "../base/fnv.js";

/** A steerable decision's answer: kind, n alternatives, the default, the goroutine (G.seq),
 *  the site (a select's function and line), and its index among the run's steerable
 *  decisions. */
type Policy = (kind: SteerKind, n: number, def: number, who: number, site: number, i: number) => number;

/** (index, answer) pairs, flattened: what makes a run differ from the seed's default run. */
type Deviations = number[];

export interface Schedule {
  seed: number;
  devs: Deviations;
}

/** The stall answer a strategy uses for "lowest priority" and for a preemption. */
export const LONG_STALL = 3;


/** One run's steering: asks the policy, records deviations and the run's fingerprint. */
export class Steering {
  /** Steerable decisions asked so far. */
  index = 0;
  /** Stall decisions asked so far (PCT's k). */
  stalls = 0;
  /** The highest G.seq that reached a visible operation. */
  maxWho = 0;
  readonly devs: Deviations = [];
  /** dfs: each decision's alternatives (n) and answer, when recordPath. */
  readonly path: number[] = [];
  fp = fnvBasis;
  constructor(
    private readonly policy: Policy,
    private readonly recordPath = false,
  ) {}

  readonly steer = (kind: SteerKind, n: number, def: number, who: number, site: number): number => {
    const i = this.index++;
    if (kind === "stall") {
      this.stalls++;
      if (who > this.maxWho) this.maxWho = who;
    }
    const a = this.policy(kind, n, def, who, site, i);
    if (a !== def) this.devs.push(i, a);
    // dfs's alternatives: for a stall, none or LONG_STALL; for a case, the answers counted
    // from the default (alternative 0 is the default).
    if (this.recordPath) this.path.push(kind === "stall" ? 2 : n, kind === "stall" ? (a === 0 ? 0 : 1) : (a - def + n) % n);
    this.fp = Math.imul(this.fp ^ (kind === "stall" ? who : 0x40000000 | a), fnvPrime) >>> 0;
    return a;
  };
}

/** The default answers: the seed's own run. */
const defaultPolicy: Policy = (_k, _n, def) => def;

/** Replays a schedule's deviations; every other decision takes its default. */
export function replayPolicy(devs: Deviations): Policy {
  const m = new Map<number, number>();
  for (let j = 0; j + 1 < devs.length; j += 2) m.set(devs[j]!, devs[j + 1]!);
  return (_k, n, def, _w, _s, i) => {
    const a = m.get(i);
    return a !== undefined && a < n ? a : def;
  };
}

export type StrategySpec =
  | { name: "random" }
  | { name: "pct"; depth: number }
  | { name: "pbound"; bound: number }
  | { name: "dfs" }
  | { name: "select" }
  | { name: "starve" };

/** Parses --explore's argument: random, pct[:depth], pbound[:k], dfs, select, starve. */
export function parseStrategy(s: string): StrategySpec | string {
  const [name, arg, extra] = s.split(":");
  const num = (def: number, lo: number, hi: number): number | string => {
    if (arg === undefined) return def;
    const v = Number(arg);
    return Number.isInteger(v) && v >= lo && v <= hi ? v : `--explore ${s}: ${name}'s parameter must be an integer from ${lo} to ${hi}`;
  };
  if (extra !== undefined) return `--explore ${s}: too many parameters`;
  switch (name) {
    case "pct": {
      const d = num(3, 1, 16);
      return typeof d === "string" ? d : { name: "pct", depth: d };
    }
    case "pbound": {
      const k = num(2, 0, 8);
      return typeof k === "string" ? k : { name: "pbound", bound: k };
    }
    case "random": case "dfs": case "select": case "starve":
      return arg === undefined ? { name } : `--explore ${s}: ${name} takes no parameter`;
    default:
      return `--explore ${s}: unknown strategy (want random, pct[:depth], pbound[:k], dfs, select or starve)`;
  }
}

export function strategyName(s: StrategySpec): string {
  return s.name === "pct" ? `pct:${s.depth}` : s.name === "pbound" ? `pbound:${s.bound}` : s.name;
}

/** An exploration strategy's sequence of runs. */
interface Explorer {
  /** The next run: its seed, its policy and whether it records its decision path; undefined
   *  when the strategy has covered everything it can reach. */
  next(): { seed: number; steering: Steering } | undefined;
  /** What the run the last next() gave looked like. */
  observe(st: Steering): void;
}

/**
 * Whether a strategy's runs are independent of each other: run i's seed and policy are a
 * function of base and i alone, so runs may be made in any order, in parts on several threads
 * (cli/jobs.ts). True of random (no deviations) and select (a preference drawn from the run's
 * own seed). Not of pct and starve, whose policies read what the earlier runs showed of the
 * program (Seen: its stall decisions and goroutines), nor of pbound and dfs, whose every run
 * follows from the ones before.
 */
export function runsIndependent(spec: StrategySpec): boolean {
  return spec.name === "random" || spec.name === "select";
}

/** The strategy's runs from run index first on (first > 0 only if runsIndependent). */
export function newExplorer(spec: StrategySpec, base: number, first = 0): Explorer {
  if (first !== 0 && !runsIndependent(spec)) throw new Error(`explore ${strategyName(spec)}: each run depends on the ones before; it cannot start at run ${first}`);
  switch (spec.name) {
    case "random": return new SeededExplorer(base, () => defaultPolicy, first);
    case "pct": return new SeededExplorer(base, pctPolicy(spec.depth));
    case "select": return new SeededExplorer(base, selectPolicy, first);
    case "starve": return new SeededExplorer(base, starvePolicy);
    case "pbound": return new PboundExplorer(base, spec.bound);
    case "dfs": return new DfsExplorer(base);
  }
}

/** What a seeded strategy knows about the program from the runs so far. */
interface Seen {
  /** The most stall decisions a run has asked (PCT's k). */
  k: number;
  /** The most goroutines that reached a visible operation. */
  gs: number;
}

type SeededPolicy = (prng: Prng, seen: Seen) => Policy;

/** Runs seeds base, base+1, ...: the first with the default policy, to learn the program's
 *  size; then each with a policy drawn from a Prng of its own seed. */
class SeededExplorer implements Explorer {
  private readonly seen: Seen = { k: 0, gs: 0 };
  constructor(
    private readonly base: number,
    private readonly make: SeededPolicy,
    /** The next run's index. */
    private run = 0,
  ) {}
  next(): { seed: number; steering: Steering } | undefined {
    const seed = (this.base + this.run) >>> 0;
    const policy = this.run === 0 ? defaultPolicy : this.make(new Prng(seed ^ 0x5bd1e995), this.seen);
    this.run++;
    return { seed, steering: new Steering(policy) };
  }
  observe(st: Steering): void {
    if (st.stalls > this.seen.k) this.seen.k = st.stalls;
    if (st.maxWho > this.seen.gs) this.seen.gs = st.maxWho;
  }
}

function pctPolicy(depth: number): SeededPolicy {
  return (prng, seen) => {
    const change = new Set<number>();
    const k = Math.max(1, seen.k);
    for (let j = 0; j < depth - 1; j++) change.add(prng.intn(k));
    let stall = 0;
    return (kind, _n, def) => (kind === "stall" && change.has(stall++) ? LONG_STALL : def);
  };
}

/** GFuzz: per select site a preferred rank among the ready cases, fixed for the run. */
function selectPolicy(prng: Prng): Policy {
  const pref = new Map<number, number>();
  return (kind, n, def, _w, site) => {
    if (kind !== "case") return def;
    let r = pref.get(site);
    if (r === undefined) pref.set(site, (r = prng.intn(8)));
    return r % n;
  };
}

function starvePolicy(prng: Prng, seen: Seen): Policy {
  const victim = 1 + prng.intn(Math.max(1, seen.gs));
  const k = Math.max(1, seen.k);
  const from = prng.intn(k);
  const to = from + 1 + prng.intn(k);
  const level = 1 + prng.intn(2);
  let stall = 0;
  return (kind, _n, def, who) => {
    if (kind !== "stall") return def;
    const s = stall++;
    return who === victim && s >= from && s < to ? level : def;
  };
}

/** CHESS's iterative preemption bounding over the default run's K stall positions. */
class PboundExplorer implements Explorer {
  private K = -1;
  private size = 0;
  private combo: number[] = [];
  constructor(
    private readonly base: number,
    private readonly bound: number,
  ) {}
  next(): { seed: number; steering: Steering } | undefined {
    if (this.K < 0) return { seed: this.base, steering: new Steering(defaultPolicy) };
    if (!this.advance()) return undefined;
    const at = new Set(this.combo);
    let stall = 0;
    const policy: Policy = (kind, _n, def) => (kind === "stall" && at.has(stall++) ? LONG_STALL : def);
    return { seed: this.base, steering: new Steering(policy) };
  }
  observe(st: Steering): void {
    if (this.K < 0) this.K = st.stalls;
  }
  /** The next combination: lexicographic within a size, sizes 1..bound. */
  private advance(): boolean {
    const c = this.combo;
    const K = this.K;
    for (let j = c.length - 1; j >= 0; j--) {
      if (c[j]! < K - (c.length - j)) {
        c[j]!++;
        for (let m = j + 1; m < c.length; m++) c[m] = c[m - 1]! + 1;
        return true;
      }
    }
    this.size++;
    if (this.size > this.bound || this.size > K) return false;
    this.combo = Array.from({ length: this.size }, (_, j) => j);
    return true;
  }
}

/** Stateless DFS: each run replays a prefix of the last run's path with its last choice
 *  advanced, and takes defaults beyond it. */
class DfsExplorer implements Explorer {
  private prefix: number[] | undefined = [];
  constructor(private readonly base: number) {}
  next(): { seed: number; steering: Steering } | undefined {
    const p = this.prefix;
    if (p === undefined) return undefined;
    const policy: Policy = (kind, n, def, _w, _s, i) => {
      if (2 * i + 1 >= p.length) return def;
      const alt = p[2 * i + 1]!;
      if (kind === "stall") return alt === 0 ? 0 : LONG_STALL;
      return (def + alt) % n;
    };
    return { seed: this.base, steering: new Steering(policy, true) };
  }
  observe(st: Steering): void {
    // Backtrack: the deepest decision with an alternative left, advanced; the rest dropped.
    const path = st.path;
    for (let j = path.length - 2; j >= 0; j -= 2) {
      const n = path[j]!;
      const a = path[j + 1]!;
      if (a + 1 < n) {
        this.prefix = [...path.slice(0, j), n, a + 1];
        return;
      }
    }
    this.prefix = undefined;
  }
}
