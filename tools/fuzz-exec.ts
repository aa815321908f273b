// Running fuzz cases: in long-lived worker processes (tools/fuzz-worker.ts), or one fresh
// `node bin/gort.js run` per case, each under a wall-clock timeout and a host-memory cap.
//
// Models nothing in Go. Both executors give a RawResult (tools/fuzz-classify.ts). A runaway
// case can only be stopped by killing its process: the in-process slot kills its worker
// process and forks a new one for the next case.
//
// Timeouts: a case times out when its process has used timeoutMs of CPU time on it (read from
// /proc), or wallFactor times that in wall-clock time. A hang burns CPU, so the CPU limit finds
// it as surely as a wall-clock limit would; but a case that only waits for a busy machine's
// cores is not taken for a hang (the machine gort is tested on is shared).
//
// Host-memory cap: V8's old space is capped with --max-old-space-size (a worker thread that
// passes it dies with ERR_WORKER_OUT_OF_MEMORY, which bin/gort.js reports as exit 70), and the
// resident set of every child is polled; a child past the RSS cap is killed (memory outside
// the JS heap: array buffers, wasm).

import { fork, spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import type { RawResult } from "./fuzz-classify.js";
import { clip, type CaseMsg, type Limits, type PhaseMsg, type ResultMsg } from "./fuzz-worker.js";
import { gortCli } from "./golden.js";

export interface ExecOptions {
  /** CPU time a case may use (its process's, all threads). */
  timeoutMs: number;
  /** The wall-clock limit is wallFactor × the CPU limit. */
  wallFactor: number;
  /** RSS cap per process, MiB; the JS heap is capped at 3/4 of it. */
  memMb: number;
  limits: Limits;
}

export interface Job {
  /** Display name and absolute path of the program ("./ab12.go"). */
  name: string;
  path: string;
  bytes: Buffer;
  seed: number;
  cpus: number;
}

/** The environment of every case: fixed, so runs do not depend on the caller's shell. */
export function caseEnv(): Record<string, string> {
  const env: Record<string, string> = { LANG: "C", GORT_DEBUG: "1" };
  if (process.env["PATH"]) env["PATH"] = process.env["PATH"];
  if (process.env["HOME"]) env["HOME"] = process.env["HOME"];
  return env;
}

/** The `gort run` flags that give a job's limits. */
export function gortFlags(j: Pick<Job, "seed" | "cpus">, l: Limits): string[] {
  return [
    "--seed", String(j.seed), "--cpus", String(j.cpus), "--max-steps", String(l.maxSteps),
    "--max-time", `${l.maxSimNs / 1e6}ms`, "--heap-limit", `${Math.floor(l.maxHeapBytes / 1024)}KiB`,
    "--max-goroutines", String(l.maxGoroutines),
  ];
}

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

export type Stop = "timeout" | "memory";

/** Watches a child from now on: calls onLimit once when the case passes its CPU time, its
 *  wall time or the memory cap. Returns the function that stops watching. */
export function watch(child: ChildProcess, o: Pick<ExecOptions, "memMb" | "wallFactor">, timeoutMs: number, onLimit: (why: Stop) => void): () => void {
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

const workerScript = path.join(path.dirname(fileURLToPath(import.meta.url)), "fuzz-worker.js");

/** One long-lived worker process running cases one at a time. */
export class InprocSlot {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private hostErr = "";
  private nextId = 1;
  /** Processes started (the first, and one after each kill or crash). */
  starts = 0;

  constructor(private readonly o: ExecOptions) {}

  private start(): Promise<void> {
    const child = fork(workerScript, [], {
      execArgv: [`--max-old-space-size=${Math.floor((this.o.memMb * 3) / 4)}`],
      env: caseEnv(),
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
      child.once("exit", (code, sig) => reject(new Error(`fuzz worker exited during start-up (${sig ?? code}): ${this.hostErr}`)));
    });
  }

  async run(j: Job, timeoutMs = this.o.timeoutMs): Promise<RawResult> {
    if (!this.child || !this.ready) this.ready = this.start();
    await this.ready;
    const child = this.child!;
    const msg: CaseMsg = {
      type: "case", id: this.nextId++, path: j.path, name: j.name, bytes: j.bytes, seed: j.seed,
      cpus: j.cpus, limits: this.o.limits, environ: Object.entries(caseEnv()),
    };
    this.hostErr = "";
    return new Promise((resolve) => {
      let phase = "";
      let done = false;
      const finish = (r: Omit<RawResult, "phase">, kill: boolean) => {
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
        resolve({ ...r, phase });
      };
      const onMsg = (m: PhaseMsg | ResultMsg) => {
        if (m.id !== msg.id) return;
        if (m.type === "phase") phase = m.phase;
        else finish({ exitCode: m.exitCode, signal: null, stdout: m.stdout, stderr: m.stderr, timedOut: false }, false);
      };
      const onExit = (code: number | null, signal: string | null) => {
        // Let the last of its stderr arrive before reporting the crash.
        setTimeout(() => finish({ exitCode: code, signal, stdout: "", stderr: "", timedOut: false, hostStderr: this.hostErr }, false), 50);
      };
      const stopWatch = watch(child, this.o, timeoutMs, (why) =>
        finish({ exitCode: null, signal: null, stdout: "", stderr: "", timedOut: why === "timeout", memKilled: why === "memory" ? this.o.memMb : undefined }, true));
      child.on("message", onMsg);
      child.on("exit", onExit);
      child.send(msg);
    });
  }

  close(): void {
    this.child?.kill("SIGKILL");
    this.child = undefined;
  }
}

/** Runs one job in a fresh `node bin/gort.js run` process, with the file written to dir. */
export function runProcess(j: Job, dir: string, o: ExecOptions, timeoutMs = o.timeoutMs): Promise<RawResult> {
  fs.mkdirSync(dir, { recursive: true });
  const base = j.name.replace(/^.*\//, "");
  fs.writeFileSync(path.join(dir, base), j.bytes);
  const cli = gortCli();
  const args = [`--max-old-space-size=${Math.floor((o.memMb * 3) / 4)}`, cli.script, "run", ...gortFlags(j, o.limits), base];
  return new Promise((resolve) => {
    const child = spawn(cli.node, args, { cwd: dir, env: caseEnv(), stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outLen = 0;
    let errLen = 0;
    let timedOut = false;
    let memKilled: number | undefined;
    const cap = 8 << 20;
    child.stdout!.on("data", (b: Buffer) => {
      if ((outLen += b.length) < cap) out.push(b);
    });
    child.stderr!.on("data", (b: Buffer) => {
      if ((errLen += b.length) < cap) err.push(b);
    });
    const stopWatch = watch(child, o, timeoutMs, (why) => {
      if (why === "timeout") timedOut = true;
      else memKilled = o.memMb;
      child.kill("SIGKILL");
    });
    child.on("close", (code, signal) => {
      stopWatch();
      const stdout = clip(Buffer.concat(out).toString("latin1"));
      const stderr = clip(Buffer.concat(err).toString("latin1"));
      const killedByUs = timedOut || memKilled !== undefined;
      resolve({ exitCode: code, signal: killedByUs ? null : signal, stdout, stderr, timedOut, memKilled, phase: "" });
    });
  });
}
