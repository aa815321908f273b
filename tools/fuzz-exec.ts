// Running fuzz cases: in long-lived worker processes (tools/fuzz-worker.ts), or one fresh
// `node bin/gort.js run` per case, each under a wall-clock timeout and a host-memory cap.
//
// Models nothing in Go. Both executors give a RawResult (tools/fuzz-classify.ts). A runaway
// case can only be stopped by killing its process: the in-process slot kills its worker
// process and forks a new one for the next case.
//
// Timeouts: a case times out when its process has used timeoutMs of CPU time on it, or
// wallFactor times that in wall-clock time (tools/worker-slot.ts, watch), so a case that only
// waits for a busy machine's cores is not taken for a hang.
//
// Host-memory cap: V8's old space is capped with --max-old-space-size (a worker thread that
// passes it dies with ERR_WORKER_OUT_OF_MEMORY, which bin/gort.js reports as exit 70), and the
// resident set of every child is polled; a child past the RSS cap is killed (memory outside
// the JS heap: array buffers, wasm).

import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import type { RawResult } from "./fuzz-classify.js";
import { clip, type CaseMsg, type Limits, type PhaseMsg, type ResultMsg } from "./fuzz-worker.js";
import { gortCli } from "./golden.js";
import { watch, WorkerSlot } from "./worker-slot.js";

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
    // A mutated program may remove or write any path: it gets no file system.
    "--no-fs",
  ];
}

const workerScript = path.join(path.dirname(fileURLToPath(import.meta.url)), "fuzz-worker.js");

/** One long-lived worker process running cases one at a time (tools/worker-slot.ts). */
export class InprocSlot {
  private readonly slot: WorkerSlot;

  constructor(private readonly o: ExecOptions) {
    this.slot = new WorkerSlot(workerScript, o, "result", {
      execArgv: [`--max-old-space-size=${Math.floor((o.memMb * 3) / 4)}`],
      env: caseEnv(),
    });
  }

  /** Processes started (the first, and one after each kill or crash). */
  get starts(): number {
    return this.slot.starts;
  }

  async run(j: Job, timeoutMs = this.o.timeoutMs): Promise<RawResult> {
    const msg: Omit<CaseMsg, "id"> = {
      type: "case", path: j.path, name: j.name, bytes: j.bytes, seed: j.seed,
      cpus: j.cpus, limits: this.o.limits, environ: Object.entries(caseEnv()),
    };
    let phase = "";
    const r = await this.slot.request<ResultMsg>(msg, timeoutMs, (m) => {
      if (m.type === "phase") phase = (m as PhaseMsg).phase;
    });
    const none = { stdout: "", stderr: "", timedOut: false };
    if (r.kind === "done") return { exitCode: r.msg.exitCode, signal: null, stdout: r.msg.stdout, stderr: r.msg.stderr, timedOut: false, phase };
    if (r.kind === "limit") {
      return { ...none, exitCode: null, signal: null, timedOut: r.why === "timeout", memKilled: r.why === "memory" ? this.o.memMb : undefined, phase };
    }
    return { ...none, exitCode: r.code, signal: r.signal, hostStderr: r.hostErr, phase };
  }

  close(): void {
    this.slot.close();
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
