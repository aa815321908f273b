// --jobs: the runs of `gort run --runs N`, `gort test --runs N` and --explore (of a strategy
// whose runs are independent: random, select) spread over threads, with what one thread would
// print.
//
// --jobs N is this thread and N - 1 workers. Each worker runs the same command line (it
// compiles the program again, from the build cache), and each thread claims ranges of the seeds
// (or run indices) from a shared counter until none is left: a claim grows from one run to
// about claimMs of runs, so the threads end together however the host shares its cores among
// them, and this thread, whose program is compiled already, runs while the workers start. For
// each range a thread keeps a result: a Summary, which mergeSummaries makes, with the other
// ranges' in seed order, into exactly the Summary of one runMany over the whole campaign (the
// same outcomes with the same counts and the same example seeds, in the same order); or an
// ExplorePart, which api.ts mergeExplore makes into the ExploreResult of one explore (the same
// first failure: the lowest run index that fails, even when a later one failed first in host
// time). A thread that stops at a failure lowers a shared stop index, and no run past it is
// started. Under a budget of host time, no range but the first is claimed after the deadline,
// and the result is that of the runs up to the first range the deadline cut. So --jobs changes
// how long a campaign takes, never what it prints.
//
// The parent stays synchronous (the CLI's commands are synchronous): after each of its own
// runs, and once it has no more to claim while sleeping on a shared counter with Atomics.wait,
// it collects the workers' results, reads their progress from shared memory, and serves their
// standard input. A program's stdin is the parent's, read once and kept (HostStdin): a worker
// that reads it asks the parent for bytes (pos, max) through the shared control block and gets
// them back through its message port, so every run of every worker reads the same input as a
// single thread's runs would, from a pipe, a file or a terminal.
//
// Limits: at most maxJobs threads. Without --jobs, a thread is added per runsPerJob runs (or
// msPerJob of a time budget) at most: a worker's start-up (loading gort from the bundle,
// compiling the program from the build cache, warming the JIT) costs about 0.2 s of a quiet
// 2-core machine, and one thread already keeps a second core partly busy with V8's garbage
// collection.

import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { SummaryBuilder, type ExplorePart, type Summary } from "../api.js";
import { gortRoot } from "../host/node.js";
import { join } from "node:path";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

/** A worker thread running jobWorkerMain (jobwork.ts) on data: from the start-up bundle with
 *  V8's code cache when bin/cli-loader.cjs picks it (as bin/gort.js loads the CLI), else from
 *  the ES modules. Compiled Go calls are JS calls: a worker gets the CLI's deep host stack. */
function startWorker(data: JobData, port: MessagePort): Worker {
  const loaderPath = join(gortRoot, "bin", "cli-loader.cjs");
  const opts = { transferList: [port], resourceLimits: { stackSizeMb: 1024 } };
  const entry = existsSync(loaderPath) ? (createRequire(import.meta.url)(loaderPath) as { entry(root: string): { bundle?: string } }).entry(gortRoot) : {};
  if (entry.bundle === undefined) return new Worker(join(gortRoot, "dist", "src", "cli", "jobworker.js"), { workerData: data, ...opts });
  const src =
    `const { workerData } = require("node:worker_threads");` +
    `require(workerData.loaderPath).load(workerData.entry).then((l) => l.cli.jobWorkerMain(workerData.data));`;
  return new Worker(src, { eval: true, workerData: { loaderPath, entry, data }, ...opts });
}

/** --jobs' upper bound. */
export const maxJobs = 256;
/** Without --jobs, the fewest runs a worker is started for. */
const runsPerJob = 10_000;
/** Without --jobs, the least host time (ms) of --explore's budget a worker is started for. */
const msPerJob = 2_000;

/** --jobs' default: the host's cores. */
function defaultJobs(): number {
  return Math.max(1, Math.min(maxJobs, availableParallelism()));
}

/** The workers --runs N uses: --jobs J as given (at most one per run), or by default one per
 *  core but no more than one per runsPerJob runs. */
export function jobsFor(jobs: number | undefined, runs: number): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, runs));
  return Math.max(1, Math.min(defaultJobs(), Math.floor(runs / runsPerJob)));
}

/** The workers --explore --budget D uses: --jobs J as given, or by default one per core but no
 *  more than one per msPerJob of the budget. */
export function jobsForTime(jobs: number | undefined, ms: number): number {
  if (jobs !== undefined) return jobs;
  return Math.max(1, Math.min(defaultJobs(), Math.floor(ms / msPerJob)));
}

/** [from, to] cut into n contiguous parts, in order, as even as can be. */
export function parts(from: number, to: number, n: number): [number, number][] {
  const total = to - from + 1;
  const out: [number, number][] = [];
  let start = from;
  for (let i = 0; i < n; i++) {
    const size = Math.floor(total / n) + (i < total % n ? 1 : 0);
    out.push([start, start + size - 1]);
    start += size;
  }
  return out;
}

/** The Summary of one runMany over the parts' whole range, from the parts' Summaries given in
 *  seed order (api.ts SummaryBuilder keeps runMany's orders). */
export function mergeSummaries(ps: readonly Summary[]): Summary {
  const b = new SummaryBuilder();
  for (const p of ps) b.addSummary(p);
  return b.finish();
}

/** What a worker sends back for each range it claimed: the range's Summary (--runs) or
 *  ExplorePart (--explore). */
type PartResult = Summary | ExplorePart;

/** A claimed range's result: its first and last seed (or run index), and what its runs gave. */
export interface Chunk<T extends PartResult> {
  from: number;
  to: number;
  result: T;
}

/** The control block's layout (an Int32Array over shared memory). */
export const ctl = {
  /** The parent's wake-up counter, bumped by a worker that has something to say. */
  wake: 0,
  /** The next offset (from the campaign's first seed or run index) a claim takes. */
  next: 1,
  /** --explore: the highest offset worth running (a lower failure stops the later runs). */
  stop: 2,
  /** Worker i's runs done. */
  done: (i: number): number => 3 + 2 * i,
  /** The arrival of the answer to worker i's stdin request (1 ready). */
  answer: (i: number): number => 4 + 2 * i,
};

/** The most runs a claim takes (the offsets stay below 2^31 with maxJobs workers). */
const maxClaim = 1 << 20;

/** The results of the ranges from the first one on, in order, up to the first one cut short
 *  (at a failure, or by the deadline) or the first gap (a claim refused after the deadline):
 *  the runs one thread would have made, in order. */
export function runPrefix<T extends PartResult>(chunks: readonly Chunk<T>[], from: number): T[] {
  const out: T[] = [];
  let next = from;
  for (const k of chunks) {
    if (k.from !== next) break;
    out.push(k.result);
    if (k.result.runs < k.to - k.from + 1) break;
    next = k.to + 1;
  }
  return out;
}

/** A claim's aim: about this many ms of runs, so that the workers end within it of each other,
 *  a failure stops them soon, and a budget of host time wastes little. */
const claimMs = 100;

/** What a --jobs worker's command is given (jobMain, jobwork.ts). */
export interface JobPart {
  /** The parent's --heap-limit, resolved. */
  heap: number;
  /** The next range of at most size runs, [first, last], or undefined when none is left. */
  claim(size: number): [number, number] | undefined;
  /** Sends a claimed range's result to the parent. */
  send(chunk: Chunk<PartResult>): void;
  /** This worker's runs done so far. */
  progress(done: number): void;
  /** --explore: the highest run index worth running (a failure found by any worker). */
  stopAt(): number;
  /** --explore: a range stopped at a failing run (its index). */
  found(run: number): void;
  /** A budget of host time: its end (performance.timeOrigin + performance.now()). */
  deadline: number | undefined;
}

/** A worker's loop: claims ranges until none is left and sends each one's result; work runs a
 *  range. A claim grows from 1 run to about claimMs of runs at the pace of the one before. */
export function workClaims(part: JobPart, work: (from: number, to: number, progress: (done: number) => void) => PartResult): void {
  let size = 1;
  let done = 0;
  for (let c = part.claim(size); c !== undefined; c = part.claim(size)) {
    const t0 = performance.now();
    const result = work(c[0], c[1], (d) => part.progress(done + d));
    const ms = performance.now() - t0;
    done += result.runs;
    part.send({ from: c[0], to: c[1], result });
    size = Math.max(1, Math.min(maxClaim, 4 * size, Math.floor((result.runs * claimMs) / Math.max(ms, 0.01))));
  }
}

/** What a worker is given (workerData). */
export interface JobData {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  /** The campaign's first seed (--runs) or run index (--explore: 0), and how many runs it has. */
  from: number;
  count: number;
  /** A budget of host time: no claim after this moment (performance.timeOrigin + now()). */
  deadline: number | undefined;
  /** The parent's --heap-limit, resolved (its default depends on the host's free memory). */
  heap: number;
  index: number;
  /** Shared Int32Array, laid out as ctl says. */
  control: SharedArrayBuffer;
  port: MessagePort;
}

/** A message from a worker: its stdin request, a claimed range's result, its end, its failure. */
type FromWorker =
  | { kind: "stdin"; pos: number; max: number }
  | { kind: "chunk"; chunk: Chunk<PartResult> }
  | { kind: "done" }
  | { kind: "error"; error: string };

/** What runChunks runs: the command line, where, with what heap limit and budget. */
export interface JobCampaign {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  heap: number;
  /** The first seed or run index, and the number of runs. */
  from: number;
  count: number;
  deadline?: number;
  /** The threads that run: this one and jobs - 1 workers. */
  jobs: number;
}

/** The host's wall clock in ms since the epoch, as budgets' deadlines are written: the same in
 *  every thread (performance.timeOrigin + performance.now()). */
export function wallNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Claims over a control block: the next range of at most size runs from the shared counter, as
 *  seeds or run indices from `from`, or undefined when none is left (all claimed, past the stop
 *  index, or past the deadline; the first range is run whatever the time, so that a budget
 *  always runs at least one run). */
export function claimer(control: Int32Array, from: number, count: number, deadline: number | undefined): (size: number) => [number, number] | undefined {
  const late = (): boolean => deadline !== undefined && wallNow() >= deadline;
  return (size) => {
    if (Atomics.load(control, ctl.next) > 0 && late()) return undefined;
    const start = Atomics.add(control, ctl.next, size);
    if (start >= count || start > Atomics.load(control, ctl.stop) || (start > 0 && late())) return undefined;
    return [from + start, from + Math.min(start + size, count) - 1];
  };
}

/** Lowers the stop offset to off, if it is lower (Atomics has no min). */
export function lowerStop(control: Int32Array, off: number): void {
  for (let cur = Atomics.load(control, ctl.stop); off < cur;) {
    const was = Atomics.compareExchange(control, ctl.stop, cur, off);
    if (was === cur) return;
    cur = was;
  }
}

/**
 * Runs argv's --runs (seeds) or --explore (run indices) on this thread and c.jobs - 1 workers,
 * all claiming ranges of the runs in turn until none is left, and returns the ranges' results
 * in run order (T: Summary or ExplorePart, as the command makes). work is the command's own
 * loop over its claims (workClaims), run here on this thread's part; the workers run the same
 * loop (jobwork.ts). stdin serves the workers' reads; progress gets the runs done so far.
 */
export function runChunks<T extends PartResult>(
  c: JobCampaign, stdin: (pos: number, max: number) => string, progress: (done: number) => void, work: (part: JobPart) => void,
): Chunk<T>[] {
  const parent = new Parent<T>(c, stdin, progress);
  try {
    work(parent.part());
    parent.waitForWorkers();
    return parent.chunks.sort((a, b) => a.from - b.from);
  } finally {
    parent.close();
  }
}

/** The parent's side of runChunks: its workers, their messages, and its own part of the runs.
 *  While it runs its own, it answers the workers after each run (stdin requests wake it). */
class Parent<T extends PartResult> {
  readonly chunks: Chunk<T>[] = [];
  private readonly control: Int32Array;
  private readonly ports: MessagePort[] = [];
  private readonly workers: Worker[] = [];
  private readonly finished: boolean[] = [];
  /** This thread's runs done, and the total last reported. */
  private mine = 0;
  private last = -1;
  private woken = -1;

  constructor(
    private readonly c: JobCampaign,
    private readonly stdin: (pos: number, max: number) => string,
    private readonly progress: (done: number) => void,
  ) {
    this.control = new Int32Array(new SharedArrayBuffer(4 * ctl.done(c.jobs - 1)));
    Atomics.store(this.control, ctl.stop, 0x7fffffff);
    for (let index = 0; index < c.jobs - 1; index++) {
      const { port1, port2 } = new MessageChannel();
      this.ports.push(port1);
      this.finished.push(false);
      const data: JobData = {
        argv: c.argv, cwd: c.cwd, env: c.env, from: c.from, count: c.count, deadline: c.deadline, heap: c.heap, index,
        control: this.control.buffer as SharedArrayBuffer, port: port2,
      };
      this.workers.push(startWorker(data, port2));
    }
  }

  /** This thread's part: the same claims as a worker's, its results kept here. */
  part(): JobPart {
    const claim = claimer(this.control, this.c.from, this.c.count, this.c.deadline);
    return {
      heap: this.c.heap,
      deadline: this.c.deadline,
      claim: (size) => {
        this.serve();
        return claim(size);
      },
      send: (chunk) => void this.chunks.push(chunk as Chunk<T>),
      progress: (done) => {
        this.mine = done;
        if (Atomics.load(this.control, ctl.wake) !== this.woken) this.serve();
        this.report();
      },
      stopAt: () => this.c.from + Atomics.load(this.control, ctl.stop),
      found: (run) => lowerStop(this.control, run - this.c.from),
    };
  }

  /** Waits for the workers' last ranges, answering them meanwhile. */
  waitForWorkers(): void {
    while (this.finished.includes(false)) {
      const seen = Atomics.load(this.control, ctl.wake);
      this.serve();
      this.report();
      // Sleep until a worker says something (it bumps the wake counter), or 100 ms for progress.
      if (this.finished.includes(false)) Atomics.wait(this.control, ctl.wake, seen, 100);
    }
  }

  /** Handles every message the workers have sent: results, stdin requests, ends, failures. */
  private serve(): void {
    this.woken = Atomics.load(this.control, ctl.wake);
    for (let i = 0; i < this.ports.length; i++) {
      for (let m = receiveMessageOnPort(this.ports[i]!); m !== undefined; m = receiveMessageOnPort(this.ports[i]!)) {
        const msg = m.message as FromWorker;
        if (msg.kind === "error") throw new Error(`gort --jobs: worker ${i} failed: ${msg.error}`);
        if (msg.kind === "chunk") this.chunks.push(msg.chunk as Chunk<T>);
        else if (msg.kind === "done") this.finished[i] = true;
        else {
          this.ports[i]!.postMessage(this.stdin(msg.pos, msg.max));
          Atomics.store(this.control, ctl.answer(i), 1);
          Atomics.notify(this.control, ctl.answer(i));
        }
      }
    }
  }

  private report(): void {
    let done = this.mine;
    for (let i = 0; i < this.workers.length; i++) done += Atomics.load(this.control, ctl.done(i));
    if (done !== this.last) this.progress((this.last = done));
  }

  close(): void {
    for (const w of this.workers) void w.terminate();
    for (const p of this.ports) p.close();
  }
}
