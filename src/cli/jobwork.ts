// A --jobs worker's work (jobs.ts): runs the parent's command line, which claims ranges of the
// seeds (or of --explore's run indices) until none is left and sends back each one's Summary
// (or ExplorePart). Its standard input is the parent's, asked for through the shared control
// block; it prints nothing (a worker's command returns before its summary). The worker thread
// starts it from jobworker.ts (the ES modules), or from the start-up bundle, which exports it
// through main.ts.

import { receiveMessageOnPort } from "node:worker_threads";
import { claimer, ctl, lowerStop, type JobData, type JobPart } from "./jobs.js";
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
    await jobMain(d.argv, { cwd: d.cwd, env: d.env, stdinSource: stdin }, jobPart(d, control));
    d.port.postMessage({ kind: "done" });
  } catch (e) {
    d.port.postMessage({ kind: "error", error: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
  wake();
}

/** How the worker's command claims its runs and reports them, over the shared control block. */
function jobPart(d: JobData, control: Int32Array): JobPart {
  return {
    heap: d.heap,
    deadline: d.deadline,
    claim: claimer(control, d.from, d.count, d.deadline),
    send: (chunk) => d.port.postMessage({ kind: "chunk", chunk }),
    progress: (done) => Atomics.store(control, ctl.done(d.index), done),
    stopAt: () => d.from + Atomics.load(control, ctl.stop),
    found: (run) => lowerStop(control, run - d.from),
  };
}
