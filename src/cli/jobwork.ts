// A --jobs worker's work (jobs.ts): runs the parent's command line for its part of the seeds (or
// of --explore's run indices) and sends back the part's Summary (or ExplorePart). Its standard input is the parent's, asked for through the
// shared control block; what it would print is dropped (a --runs part prints nothing of its
// own). The worker thread starts it from jobworker.ts (the ES modules), or from the start-up
// bundle, which exports it through main.ts.

import { receiveMessageOnPort } from "node:worker_threads";
import { ctl, type JobData } from "./jobs.js";
import { jobMain } from "./main.js";

export async function jobWorkerMain(d: JobData): Promise<void> {
  const control = new Int32Array(d.control);
  function wake(): void {
    Atomics.add(control, ctl.wake, 1);
    Atomics.notify(control, ctl.wake);
  }

  /** The parent's stdin from pos, at most max bytes: a synchronous request and answer. */
  function stdin(pos: number, max: number): string {
    Atomics.store(control, ctl.answer(d.index), 0);
    d.port.postMessage({ kind: "stdin", pos, max });
    wake();
    Atomics.wait(control, ctl.answer(d.index), 0);
    return receiveMessageOnPort(d.port)!.message as string;
  }

  try {
    const result = await jobMain(d.argv, { cwd: d.cwd, env: d.env, stdinSource: stdin }, {
      from: d.from, to: d.to, heap: d.heap,
      progress: (done) => Atomics.store(control, ctl.done(d.index), done),
      // --explore: stop past a lower failure; a failure here stops the parts after it.
      stopAt: () => Atomics.load(control, ctl.stop),
      found: (run) => {
        // The stop index becomes the lower of its value and run (Atomics has no min).
        for (let cur = Atomics.load(control, ctl.stop); run < cur;) {
          const was = Atomics.compareExchange(control, ctl.stop, cur, run);
          if (was === cur) break;
          cur = was;
        }
      },
    });
    d.port.postMessage({ kind: "done", result });
  } catch (e) {
    d.port.postMessage({ kind: "error", error: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
  wake();
}
