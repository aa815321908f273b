// A --jobs worker's work (jobs.ts): runs the parent's command line for its part of the seeds and
// sends back the part's Summary. Its standard input is the parent's, asked for through the
// shared control block; what it would print is dropped (a --runs part prints nothing of its
// own). The worker thread starts it from jobworker.ts (the ES modules), or from the start-up
// bundle, which exports it through main.ts.

import { receiveMessageOnPort } from "node:worker_threads";
import type { JobData } from "./jobs.js";
import { jobMain } from "./main.js";

export async function jobWorkerMain(d: JobData): Promise<void> {
  const control = new Int32Array(d.control);
  const base = 3 * d.index;

  function wake(): void {
    Atomics.add(control, 0, 1);
    Atomics.notify(control, 0);
  }

  /** The parent's stdin from pos, at most max bytes: a synchronous request and answer. */
  function stdin(pos: number, max: number): string {
    Atomics.store(control, base + 3, 0);
    d.port.postMessage({ kind: "stdin", pos, max });
    wake();
    Atomics.wait(control, base + 3, 0);
    return receiveMessageOnPort(d.port)!.message as string;
  }

  try {
    const summary = await jobMain(d.argv, { cwd: d.cwd, env: d.env, stdinSource: stdin }, d.from, d.to, d.heap, (done) => {
      Atomics.store(control, base + 1, done);
    });
    d.port.postMessage({ kind: "done", summary });
  } catch (e) {
    d.port.postMessage({ kind: "error", error: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
  wake();
}
