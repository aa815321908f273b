// Long-lived worker processes for the test tools: the parent's slot (WorkerSlot), the limits
// it watches (CPU time, wall time, resident memory), and the child's relay to a worker thread
// with a 1 GB host stack (relayToThread). tools/cli-pool.ts (the CLI's main()) and
// tools/fuzz-exec.ts (fuzz cases through src/api.ts) are built on them.
//
// Models nothing in Go. A request runs until the child answers with a message whose type is
// the slot's `final` type and whose id is the request's. A runaway request cannot be
// interrupted from inside (the simulator is synchronous): the slot kills the whole process on
// a limit and forks a new one for the next request.
//
// Timeouts: a request times out when its process has used timeoutMs of CPU time on it (read
// from /proc), or wallFactor times that in wall-clock time. A hang burns CPU, so the CPU limit
// finds it as surely as a wall-clock limit would; a request that only waits for a busy
// machine's cores is not taken for a hang. A process whose resident set passes memMb is killed
// too (memory outside the JS heap: array buffers, wasm).

import { fork, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import { Worker } from "node:worker_threads";

export interface SlotLimits {
  /** Resident-set cap of the process, MiB. */
  memMb: number;
  /** The wall-clock limit is wallFactor × the CPU limit. */
  wallFactor: number;
}

export type Stop = "timeout" | "memory";

/** How a request ended: the child's answer, a limit (the process was killed), or the
 *  process's death (with the end of its stderr). */
export type Outcome<R> =
  | { kind: "done"; msg: R }
  | { kind: "limit"; why: Stop }
  | { kind: "died"; code: number | null; signal: string | null; hostErr: string };

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU time (user + system, all threads) a process has used, in ms; 0 if unknown. */
export function cpuMs(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The fields after the command name (which may hold spaces) start with the state (field 3);
    // utime and stime are fields 14 and 15, in clock ticks of 10 ms.
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return 0;
  }
}

/** Watches a child from now on: calls onLimit once when it passes its CPU time, its wall time
 *  or the memory cap. Returns the function that stops watching. */
export function watch(child: ChildProcess, o: SlotLimits, timeoutMs: number, onLimit: (why: Stop) => void): () => void {
  const cpu0 = cpuMs(child.pid);
  const wall = setTimeout(() => fire("timeout"), timeoutMs * o.wallFactor);
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    if (rssMb(child.pid) > o.memMb) fire("memory");
    else if (cpuMs(child.pid) - cpu0 > timeoutMs) fire("timeout");
  }, 100);
  let fired = false;
  const stop = () => {
    clearTimeout(wall);
    clearInterval(poll);
  };
  function fire(why: Stop): void {
    if (fired) return;
    fired = true;
    stop();
    onLimit(why);
  }
  return stop;
}

interface Msg {
  type: string;
  id: number;
}

/** One long-lived worker process serving requests one at a time. */
export class WorkerSlot {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private hostErr = "";
  private nextId = 1;
  /** Processes started (the first, and one after each kill or death). */
  starts = 0;

  constructor(
    private readonly script: string,
    private readonly limits: SlotLimits,
    private readonly final: string,
    private readonly forkOpts: { execArgv?: string[]; env?: NodeJS.ProcessEnv } = {},
  ) {}

  private start(): Promise<void> {
    const child = fork(this.script, [], {
      ...this.forkOpts,
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "advanced",
    });
    this.starts++;
    this.child = child;
    this.hostErr = "";
    child.stderr!.on("data", (b: Buffer) => {
      this.hostErr = (this.hostErr + b.toString("utf8")).slice(-8192);
    });
    child.on("exit", () => {
      if (this.child === child) {
        this.child = undefined;
        this.ready = undefined;
      }
    });
    return new Promise((resolve, reject) => {
      const onMsg = (m: { type: string }) => {
        if (m.type !== "ready") return;
        child.off("message", onMsg);
        resolve();
      };
      child.on("message", onMsg);
      child.once("exit", (code, sig) => reject(new Error(`${this.script} exited during start-up (${sig ?? code}): ${this.hostErr}`)));
    });
  }

  /** Sends the request (its id is filled in) and waits for the answer; onOther sees the
   *  child's other messages about it (progress). */
  async request<R extends Msg>(req: { type: string; [field: string]: unknown }, timeoutMs: number, onOther?: (m: Msg) => void): Promise<Outcome<R>> {
    if (!this.child || !this.ready) this.ready = this.start();
    await this.ready;
    const child = this.child!;
    const id = this.nextId++;
    this.hostErr = "";
    return new Promise((resolve) => {
      let done = false;
      const finish = (r: Outcome<R>, kill: boolean) => {
        if (done) return;
        done = true;
        stopWatch();
        child.off("message", onMsg);
        child.off("exit", onExit);
        if (kill) {
          child.kill("SIGKILL");
          if (this.child === child) {
            this.child = undefined;
            this.ready = undefined;
          }
        }
        resolve(r);
      };
      const onMsg = (m: Msg) => {
        if (m.id !== id) return;
        if (m.type === this.final) finish({ kind: "done", msg: m as R }, false);
        else onOther?.(m);
      };
      const onExit = (code: number | null, signal: string | null) => {
        // Let the last of its stderr arrive before reporting the death.
        setTimeout(() => finish({ kind: "died", code, signal, hostErr: this.hostErr }, false), 50);
      };
      const stopWatch = watch(child, this.limits, timeoutMs, (why) => finish({ kind: "limit", why }, true));
      child.on("message", onMsg);
      child.on("exit", onExit);
      child.send({ ...req, id });
    });
  }

  close(): void {
    this.child?.kill("SIGKILL");
    this.child = undefined;
    this.ready = undefined;
  }
}

/** bin/gort.js's report of an exception that escaped gort (exit 70). */
export function internal(e: unknown): string {
  return `gort: internal error: ${e instanceof Error && e.stack ? e.stack : String(e)}\n`;
}

/**
 * The child process's side: relays the parent's requests to a worker thread running module
 * (started with workerData tag and bin/gort.js's 1 GB host stack) and its messages back. A
 * thread that dies (its host heap ran out) ends the request in flight (until its `final`
 * answer) as bin/gort.js ends a run, with death(request, "gort: internal error: ..."), and a
 * fresh thread takes over.
 */
export function relayToThread(module: URL, tag: string, final: string, death: (req: Msg, report: string) => unknown): void {
  let current: Msg | undefined;
  const start = (): Worker => {
    const w = new Worker(module, { workerData: tag, resourceLimits: { stackSizeMb: 1024 } });
    w.on("message", (m: Msg) => {
      if (current && m.id === current.id && m.type === final) current = undefined;
      process.send!(m);
    });
    w.on("error", (e: Error) => {
      if (current) {
        process.send!(death(current, internal(e)));
        current = undefined;
      }
      worker = start();
    });
    return w;
  };
  let worker = start();
  process.on("message", (m: Msg) => {
    current = m;
    worker.postMessage(m);
  });
  process.on("disconnect", () => process.exit(0));
}
