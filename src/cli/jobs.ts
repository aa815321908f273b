// --jobs: the runs of `gort run --runs N`, `gort test --runs N` and --explore (of a strategy
// whose runs are independent: random, select) spread over worker threads, with what one thread
// would print.
//
// Each worker runs the same command line for a contiguous part of the seeds or run indices (it
// compiles the program again, from the build cache) and sends back the part's result: a
// Summary, which mergeSummaries makes, with the other parts in seed order, into exactly the
// Summary of one runMany over the whole range (the same outcomes with the same counts and the
// same example seeds, in the same order); or an ExplorePart, which api.ts mergeExplore makes
// into the ExploreResult of one explore (the same first failure, the lowest run index that
// fails). An --explore worker that fails lowers a shared stop index, and the workers of later
// run indices stop at it. So --jobs changes how long a campaign takes, never what it prints.
//
// The parent waits synchronously (the CLI's commands are synchronous): it sleeps on a shared
// counter with Atomics.wait, reads the workers' progress from shared memory, and serves their
// standard input. A program's stdin is the parent's, read once and kept (HostStdin): a worker
// that reads it asks the parent for bytes (pos, max) through the shared control block and gets
// them back through its message port, so every run of every worker reads the same input as a
// single thread's runs would, from a pipe, a file or a terminal.
//
// Limits: at most maxJobs workers. Without --jobs, a worker is started per runsPerJob runs at
// most: a worker's start-up (loading gort, compiling the program, warming the JIT) costs about
// 1.3 s on this project's 2-core machine, some 6,000 runs of the article's example, and one
// thread already keeps a second core busy with V8's garbage collection (measured: 60,000 runs
// of the example take 11.0 s on one worker and 9.8 s on two, 1.12x).

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

/** What a worker sends back: its part's Summary (--runs) or ExplorePart (--explore). */
export type PartResult = Summary | ExplorePart;

/** The control block's layout (an Int32Array over shared memory). */
export const ctl = {
  /** The parent's wake-up counter, bumped by a worker that has something to say. */
  wake: 0,
  /** --explore: the highest run index worth running (a lower failure stops the later parts). */
  stop: 1,
  /** Worker i's runs done. */
  done: (i: number): number => 2 + 2 * i,
  /** The arrival of the answer to worker i's stdin request (1 ready). */
  answer: (i: number): number => 3 + 2 * i,
};

/** What a worker is given (workerData). */
export interface JobData {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  from: number;
  to: number;
  /** The parent's --heap-limit, resolved (its default depends on the host's free memory). */
  heap: number;
  index: number;
  /** Shared Int32Array, laid out as ctl says. */
  control: SharedArrayBuffer;
  port: MessagePort;
}

/** A message from a worker: its stdin request, its Summary, or its failure. */
type FromWorker = { kind: "stdin"; pos: number; max: number } | { kind: "done"; result: PartResult } | { kind: "error"; error: string };

/**
 * Runs argv's --runs (seeds) or --explore (run indices) over the given parts, one worker each,
 * and returns their results in order (T: Summary or ExplorePart, as the command makes). stdin
 * serves the workers' reads; progress gets the runs done so far.
 */
export function runParts<T extends PartResult>(
  argv: string[], cwd: string, env: Record<string, string | undefined>, heap: number, ps: [number, number][],
  stdin: (pos: number, max: number) => string, progress: (done: number) => void,
): T[] {
  const control = new Int32Array(new SharedArrayBuffer(4 * ctl.done(ps.length)));
  Atomics.store(control, ctl.stop, 0x7fffffff);
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  const results: (T | undefined)[] = ps.map(() => undefined);
  try {
    ps.forEach(([from, to], index) => {
      const { port1, port2 } = new MessageChannel();
      ports.push(port1);
      const data: JobData = { argv, cwd, env, from, to, heap, index, control: control.buffer as SharedArrayBuffer, port: port2 };
      // Compiled Go calls are JS calls: a worker gets the CLI's deep host stack (bin/gort.js).
      workers.push(startWorker(data, port2));
    });
    let last = -1;
    while (results.some((r) => r === undefined)) {
      const seen = Atomics.load(control, ctl.wake);
      for (let i = 0; i < ps.length; i++) {
        for (let m = receiveMessageOnPort(ports[i]!); m !== undefined; m = receiveMessageOnPort(ports[i]!)) {
          const msg = m.message as FromWorker;
          if (msg.kind === "error") throw new Error(`gort --jobs: worker ${i} failed: ${msg.error}`);
          if (msg.kind === "done") results[i] = msg.result as T;
          else {
            ports[i]!.postMessage(stdin(msg.pos, msg.max));
            Atomics.store(control, ctl.answer(i), 1);
            Atomics.notify(control, ctl.answer(i));
          }
        }
      }
      let done = 0;
      for (let i = 0; i < ps.length; i++) done += results[i]?.runs ?? Atomics.load(control, ctl.done(i));
      if (done !== last) progress((last = done));
      // Sleep until a worker says something (it bumps the wake counter), or 100 ms for progress.
      if (results.some((r) => r === undefined)) Atomics.wait(control, ctl.wake, seen, 100);
    }
    return results as T[];
  } finally {
    for (const w of workers) void w.terminate();
    for (const p of ports) p.close();
  }
}
