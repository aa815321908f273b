// The fuzz driver of `gort test -fuzz`: a coverage-guided search over inputs and schedules.
//
// Models Go 1.19's internal/fuzz/fuzz.go (the coordinator: CoordinateFuzzing, its baseline
// coverage pass, its corpus of interesting inputs and its progress lines) and minimize.go (a
// failing []byte or string argument is cut down while it still fails), with one worker: the
// driver itself, outside the simulator. A batch is one run of the test binary (compiled with
// coverage counters, runtime/cover.ts) that executes up to batchSize inputs in a loop, as Go's
// worker does, each handed over when the one before has passed (FuzzHooks.next), under one
// schedule: a fresh seed, drawn in turn for gort's random scheduler and for a PCT schedule
// (explore/steer.ts). An input that fails in a batch is run again on its own (the batch's seed,
// then random ones) until it fails alone, so that its corpus file and replay token reproduce
// the failure; minimization and the report run it alone too.
//
// Terms: an input is the fuzz target's argument values; an execution is interesting when it
// reaches a counter bucket no execution reached before: a branch arm taken a new number of times
// (AFL's buckets: 1, 2, 3, 4-7, 8-15, 16-31, 32-127, 128+) or a new meeting of two goroutines at
// a wake-up (scheduling coverage). Interesting inputs join the corpus, which mutation draws from.
//
// Invariants: every draw comes from one Prng seeded by --seed, so with an execution budget
// (-fuzztime Nx) the search, its findings and its output are a function of the program and the
// seed; only a host-time budget (-fuzztime 30s) depends on the host. The simulator stays
// deterministic: the driver only chooses each run's options.
//
// Simplifications: a failure that needs what earlier inputs of its batch left behind, and does
// not happen alone, is dropped (a progress line says so); no parallel workers, no -fuzzminimizetime (minimization has an execution
// budget), no cache of interesting inputs between invocations ($GOCACHE/fuzz), and the progress
// lines count gort's executions.

import { Prng } from "../base/prng.js";
import { run, runClassified, shrink, type Program, type RunOptions } from "../api.js";
import { BRANCH_COUNTERS, COVER_COUNTERS, type FuzzHooks } from "../runtime/cover.js";
import { newExplorer, Steering, replayPolicy, type Schedule } from "../explore/steer.js";
import { marshalCorpusFile, unmarshalCorpusFile, type FuzzType, type FuzzValue } from "./encoding.js";
import { mutate, type Dictionary } from "./mutator.js";

/** The fuzz target's argument types and seed corpus, as the test binary reported them. */
interface FuzzCorpus {
  types: FuzzType[];
  entries: { name: string; data: string }[];
}

/** A list run: the fuzz target reports its types and seeds (fuzz.go's list mode). */
export function listCorpus(p: Program, opts: Omit<RunOptions, "seed">): { corpus: FuzzCorpus | undefined; exitCode: number; output: string } {
  let corpus: FuzzCorpus | undefined;
  let output = "";
  const fuzz: FuzzHooks = {
    mode: 1, next: () => "", crashPath: "",
    report: (types, names, entries) => {
      corpus = { types: types as FuzzType[], entries: names.map((name, i) => ({ name, data: entries[i]! })) };
    },
  };
  const r = run(p, { ...opts, seed: 1, fuzz, write: (_fd, b) => void (output += b) });
  return { corpus, exitCode: r.exitCode, output };
}

export interface FuzzOptions {
  /** --seed: the driver's Prng. */
  seed: number;
  /** -fuzztime Nx: stop after this many executions. */
  maxExecs?: number;
  /** -fuzztime D: stop after this many ms of the host's clock. */
  maxMs?: number;
  /** The host's clock in ms (only read for maxMs and the progress lines). */
  clock: () => number;
  /** Prints a "fuzz: ..." progress line. */
  log: (line: string) => void;
  /** The most executions minimization may spend. */
  minimizeExecs?: number;
  /** The program's literals, for the mutators (mutator.ts dictionary). */
  dict?: Dictionary;
}

/** A failing execution, minimized. */
interface FuzzCrash {
  /** The input as a corpus file. */
  data: string;
  schedule: Schedule;
  /** The seed corpus entry that failed (the baseline pass), if it was one. */
  seedName?: string;
}

interface FuzzResult {
  execs: number;
  interesting: number;
  corpus: number;
  crash: FuzzCrash | undefined;
}

/** One execution: did it fail, and under which signature. */
interface Exec {
  failed: boolean;
  signature: string;
}

/** How often progress lines are printed, in host ms (Go's coordinator: every 3 s). */
const progressMs = 3000;

/** Executions of one input under one schedule, counting coverage into cover. */
class Executor {
  readonly cover = new Uint8Array(COVER_COUNTERS);
  execs = 0;
  constructor(readonly p: Program, private readonly opts: Omit<RunOptions, "seed">, readonly types: FuzzType[]) {}

  runOpts(next: () => string, crashPath = ""): Omit<RunOptions, "seed"> {
    const fuzz: FuzzHooks = { mode: 2, next, crashPath, report: () => {} };
    return { ...this.opts, fuzz, cover: this.cover, write: () => {} };
  }

  run(vals: readonly FuzzValue[], s: Schedule): Exec {
    this.cover.fill(0);
    this.execs++;
    const data = marshalCorpusFile(this.types, vals);
    const steer = s.devs.length === 0 ? {} : { steer: new Steering(replayPolicy(s.devs)).steer };
    const c = runClassified(this.p, { ...this.runOpts(onlyInput(data)), seed: s.seed, ...steer });
    return { failed: c.r.exitCode !== 0, signature: c.signature };
  }
}

/** The inputs of a run that executes data alone. */
export function onlyInput(data: string): () => string {
  let given = false;
  return () => {
    if (given) return "";
    given = true;
    return data;
  };
}

/** AFL's bucket of a counter value, as one bit. */
function bucket(n: number): number {
  if (n === 0) return 0;
  if (n <= 3) return 1 << (n - 1);
  if (n <= 7) return 8;
  if (n <= 15) return 16;
  if (n <= 31) return 32;
  if (n <= 127) return 64;
  return 128;
}

/** Adds the buckets of cover's counters in [lo, hi) to seen; reports whether any was new. */
function mergeRange(seen: Uint8Array, cover: Uint8Array, lo: number, hi: number): boolean {
  let fresh = false;
  for (let i = lo; i < hi; i++) {
    const c = cover[i]!;
    if (c === 0) continue;
    const b = bucket(c);
    if ((seen[i]! & b) === 0) {
      seen[i]! |= b;
      fresh = true;
    }
  }
  return fresh;
}

/** Adds cover's buckets to seen (the branch counters the program has, then the scheduling
 *  ones); reports whether any was new. */
function merge(seen: Uint8Array, cover: Uint8Array, branches: number): boolean {
  const a = mergeRange(seen, cover, 0, branches);
  const b = mergeRange(seen, cover, BRANCH_COUNTERS, COVER_COUNTERS);
  return a || b;
}

/** The whole search: baseline coverage over the seed corpus, then mutation until a failure or
 *  the budget; a failure is minimized (input, then schedule). */
export function fuzz(p: Program, opts: Omit<RunOptions, "seed">, corpus: FuzzCorpus, fo: FuzzOptions): FuzzResult {
  const s = new Session(p, opts, corpus, fo);
  const failed = s.baseline();
  if (failed !== undefined) return s.result(failed);
  for (let i = 0; s.budgetLeft(); i++) {
    const crash = s.batch(i % 2 === 0 ? s.random : s.pct);
    if (crash !== undefined) return s.result(crash);
  }
  s.progress();
  return s.result(undefined);
}

/** A fuzzing session's state: the corpus of interesting inputs, the coverage seen, the clock. */
class Session {
  readonly ex: Executor;
  readonly prng: Prng;
  readonly seen = new Uint8Array(COVER_COUNTERS);
  readonly pool: FuzzValue[][] = [];
  readonly start: number;
  readonly random: ReturnType<typeof newExplorer>;
  readonly pct: ReturnType<typeof newExplorer>;
  base = 0;
  lastLog: number;
  lastExecs = 0;

  constructor(readonly p: Program, opts: Omit<RunOptions, "seed">, readonly corpus: FuzzCorpus, readonly fo: FuzzOptions) {
    this.ex = new Executor(p, opts, corpus.types);
    this.prng = new Prng(fo.seed);
    this.start = this.lastLog = fo.clock();
    this.random = newExplorer({ name: "random" }, this.prng.uint32());
    this.pct = newExplorer({ name: "pct", depth: 3 }, this.prng.uint32());
  }

  secs(): string {
    return `${Math.floor((this.fo.clock() - this.start) / 1000)}s`;
  }

  budgetLeft(): boolean {
    const { maxExecs, maxMs } = this.fo;
    return (maxExecs === undefined || this.ex.execs < maxExecs) && (maxMs === undefined || this.fo.clock() - this.start < maxMs);
  }

  merge(): boolean {
    return merge(this.seen, this.ex.cover, this.p.compiled.coverCounters);
  }

  result(crash: FuzzCrash | undefined): FuzzResult {
    return { execs: this.ex.execs, interesting: this.pool.length - this.base, corpus: this.pool.length, crash };
  }

  /** Go's progress line: executions, their rate since the last line, interesting inputs. */
  progress(): void {
    const now = this.fo.clock();
    const rate = Math.round(((this.ex.execs - this.lastExecs) * 1000) / Math.max(1, now - this.lastLog));
    const fresh = this.pool.length - this.base;
    this.fo.log(`fuzz: elapsed: ${this.secs()}, execs: ${this.ex.execs} (${rate}/sec), new interesting: ${fresh} (total: ${this.pool.length})\n`);
    this.lastLog = now;
    this.lastExecs = this.ex.execs;
  }

  /** Runs each seed alone, keeping its coverage; a failing seed ends the session. */
  baseline(): FuzzCrash | undefined {
    const n = this.corpus.entries.length;
    this.fo.log(`fuzz: elapsed: ${this.secs()}, gathering baseline coverage: 0/${n} completed\n`);
    for (const e of this.corpus.entries) {
      const vals = unmarshalCorpusFile(e.data, this.corpus.types);
      if (typeof vals === "string") continue;
      const s = { seed: this.fo.seed, devs: [] };
      if (this.ex.run(vals, s).failed) {
        this.fo.log(`failure while testing seed corpus entry: ${e.name}\n`);
        return { data: e.data, schedule: s, seedName: e.name };
      }
      this.merge();
      this.pool.push(vals);
    }
    if (this.pool.length === 0) this.pool.push(this.corpus.types.map(zeroValue));
    this.fo.log(`fuzz: elapsed: ${this.secs()}, gathering baseline coverage: ${n}/${n} completed, now fuzzing with 1 workers\n`);
    this.base = this.pool.length;
    this.lastExecs = this.ex.execs;
    return undefined;
  }

  /** A mutation of a corpus input (one to four mutations). */
  mutant(): FuzzValue[] {
    const { prng, corpus, fo } = this;
    let vals = mutate(prng, corpus.types, this.pool[prng.intn(this.pool.length)]!, fo.dict);
    for (let k = prng.intn(4); k > 0; k--) vals = mutate(prng, corpus.types, vals, fo.dict);
    return vals;
  }

  /** One batch: a run of the binary that executes mutants until one fails or the batch is
   *  done; a failure that also happens alone is minimized and returned. */
  batch(explorer: ReturnType<typeof newExplorer>): FuzzCrash | undefined {
    const next = explorer.next()!;
    let pending: FuzzValue[] | undefined;
    let inBatch = 0;
    const nextInput = (): string => {
      if (pending !== undefined && this.merge()) this.pool.push(pending);
      pending = undefined;
      if (inBatch++ >= batchSize || !this.budgetLeft()) return "";
      if (this.fo.clock() - this.lastLog >= progressMs) this.progress();
      pending = this.mutant();
      this.ex.cover.fill(0);
      this.ex.execs++;
      return marshalCorpusFile(this.corpus.types, pending);
    };
    const c = runClassified(this.p, { ...this.ex.runOpts(nextInput), seed: next.seed, steer: next.steering.steer });
    explorer.observe(next.steering);
    const vals = pending as FuzzValue[] | undefined;
    if (c.r.exitCode === 0 || vals === undefined) return undefined;
    const alone = reproduce(this.ex, vals, next.seed, this.random);
    if (alone === undefined) {
      this.fo.log(`fuzz: elapsed: ${this.secs()}, a failing input did not fail on its own in ${reproduceRuns} schedules; going on\n`);
      return undefined;
    }
    this.fo.log(`fuzz: minimizing ${marshalCorpusFile(this.corpus.types, vals).length}-byte failing input file\n`);
    this.fo.log(`fuzz: elapsed: ${this.secs()}, minimizing\n`);
    return minimize(this.p, this.ex, this.corpus.types, vals, alone.schedule, alone.signature, this.fo.minimizeExecs ?? 2000);
  }
}

/** Inputs a batch executes in one run of the test binary (Go's worker runs them in a loop too):
 *  package initialization is paid once per batch. */
const batchSize = 64;

/** Schedules tried to make a failing input of a batch fail on its own. */
const reproduceRuns = 200;

/** A schedule under which vals fails on its own (the batch's seed first, then random ones), so
 *  that its corpus file and token replay the failure; undefined if none does. */
function reproduce(ex: Executor, vals: FuzzValue[], batchSeed: number, random: ReturnType<typeof newExplorer>): { schedule: Schedule; signature: string } | undefined {
  for (let k = 0; k < reproduceRuns; k++) {
    const s = { seed: k === 0 ? batchSeed : random.next()!.seed, devs: [] };
    const r = ex.run(vals, s);
    if (r.failed) return { schedule: s, signature: r.signature };
  }
  return undefined;
}

/** The zero value of a type, for a fuzz target without seeds. */
function zeroValue(t: FuzzType): FuzzValue {
  if (t === "[]uint8" || t === "string") return "";
  if (t === "bool") return false;
  if (t === "float32" || t === "float64") return 0;
  return 0n;
}

/** Go's minimize.go for each []byte and string argument (cut the tail, then remove each byte,
 *  then make each byte printable), keeping the schedule; then the schedule's deviations are
 *  shrunk (api.ts shrink). A candidate is kept when it fails with the same signature. */
function minimize(p: Program, ex: Executor, types: FuzzType[], vals: FuzzValue[], s: Schedule, signature: string, budget: number): FuzzCrash {
  const limit = ex.execs + budget;
  const fails = (cand: FuzzValue[]): boolean => ex.execs < limit && ex.run(cand, s).signature === signature;
  for (let i = 0; i < types.length; i++) {
    if (types[i] !== "[]uint8" && types[i] !== "string") continue;
    const with_ = (b: string): FuzzValue[] => vals.map((v, j) => (j === i ? b : v));
    let b = vals[i] as string;
    for (let chunk = b.length >> 1; chunk >= 1; chunk >>= 1) {
      while (b.length >= chunk && fails(with_(b.slice(0, b.length - chunk)))) b = b.slice(0, b.length - chunk);
    }
    for (let j = 0; j < b.length; ) {
      const cand = b.slice(0, j) + b.slice(j + 1);
      if (fails(with_(cand))) b = cand;
      else j++;
    }
    for (let j = 0; j < b.length; j++) {
      const c = b.charCodeAt(j);
      if (c >= 0x20 && c < 0x7f) continue;
      const cand = b.slice(0, j) + "0" + b.slice(j + 1);
      if (fails(with_(cand))) b = cand;
    }
    vals = with_(b);
  }
  const data = marshalCorpusFile(types, vals);
  const schedule = s.devs.length === 0 ? s : shrink(p, ex.runOpts(onlyInput(data)), s, signature, 200).schedule;
  return { data, schedule };
}

/** The options of the run that replays a failure and prints Go's report of it. */
export function reportOptions(opts: Omit<RunOptions, "seed">, data: string, crashPath: string, cover: boolean): Omit<RunOptions, "seed"> {
  const fuzz: FuzzHooks = { mode: 2, next: onlyInput(data), crashPath, report: () => {} };
  return { ...opts, fuzz, ...(cover ? { cover: new Uint8Array(COVER_COUNTERS) } : {}) };
}
