// A long-lived `gort` process for the test tools: runs many command lines, one after another,
// through the CLI's own main() (src/cli/main.ts), and sends back each one's output and exit
// status. tools/cli-pool.ts forks it.
//
// Models nothing in Go. Why: a fresh `node bin/gort.js` costs about 0.4 s of start-up (Node,
// the grammars, the CLI) before it compiles anything; the conformance ratchet runs about 900
// programs, so start-up alone was a third of its time. What it keeps of `gort run`: the same
// main() with the same argv, on a worker thread with bin/gort.js's 1 GB host stack, the same
// exit 70 report when an exception escapes, and stdout and stderr in the order the program
// wrote them, in the run's own working directory and environment. What differs: one toolchain
// serves every run; module-level state of src/ lives on between runs (the
// simulator keeps its state on the machine instance, and tools/determinism.test.ts checks that
// runs in one process repeat).
//
// Protocol (parent → child): RunMsg. (child → parent): { type: "ready" } once, then DoneMsg per
// run. A runaway program cannot be interrupted from inside (the simulator is synchronous): the
// parent kills the whole process on its timeout and forks a new one (tools/worker-slot.ts).

import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { internal, relayToThread } from "./worker-slot.js";

export interface RunMsg {
  type: "run";
  id: number;
  argv: string[];
  /** The run's working directory and environment (the CLI's CliProcess). */
  cwd: string;
  env: Record<string, string | undefined>;
  /** The program's whole standard input, if any. */
  stdin?: Uint8Array;
}

export interface DoneMsg {
  type: "done";
  id: number;
  exitCode: number;
  /** The bytes of fd 1, of fd 2, and of both in the order they were written. */
  stdout: Uint8Array;
  stderr: Uint8Array;
  combined: Uint8Array;
}

/** At most this much output is kept per run (beyond it, the run's end is lost, not the host). */
const maxOutputBytes = 32 << 20;

async function threadMain(): Promise<void> {
  const port = parentPort!;
  const cli = await import("../src/cli/main.js");
  await (await import("../src/host/node.js")).nodeToolchain();
  port.on("message", (m: RunMsg) => {
    const parts: [1 | 2, Buffer][] = [];
    let size = 0;
    cli.setOutput((fd, b) => {
      if (size >= maxOutputBytes) return;
      size += b.length;
      parts.push([fd, Buffer.from(b)]);
    });
    const finish = (exitCode: number) => {
      cli.setOutput(undefined);
      const of = (fd?: 1 | 2) => Buffer.concat(parts.filter(([f]) => fd === undefined || f === fd).map(([, b]) => b));
      const msg: DoneMsg = { type: "done", id: m.id, exitCode, stdout: of(1), stderr: of(2), combined: of() };
      port.postMessage(msg);
    };
    cli.main(m.argv, { cwd: m.cwd, env: m.env, stdin: m.stdin ?? new Uint8Array() }).then(finish, (e: unknown) => {
      parts.push([2, Buffer.from(internal(e), "utf8")]);
      finish(70);
    });
  });
  port.postMessage({ type: "ready" });
}

function childMain(): void {
  relayToThread(new URL(import.meta.url), "cli-worker", "done", (req, report) => {
    const err = Buffer.from(report, "utf8");
    return { type: "done", id: req.id, exitCode: 70, stdout: new Uint8Array(), stderr: err, combined: err } satisfies DoneMsg;
  });
}

if (isMainThread && process.send && process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) childMain();
else if (!isMainThread && workerData === "cli-worker") void threadMain();
