// Slots that run `gort` command lines in long-lived processes (tools/cli-worker.ts), each
// under a CPU-time limit, for the conformance ratchet and the other harnesses that run many
// programs.
//
// Models nothing in Go. A run times out when its process has used timeoutMs of CPU time on it,
// or wallFactor times that of wall-clock time (tools/fuzz-exec.ts, watch): a hang burns CPU,
// while a run that only waits for a busy machine's cores is not taken for a hang. A timed-out
// or crashed process is killed and the next run forks a fresh one.

import { fork, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import type { DoneMsg, RunMsg } from "./cli-worker.js";
import { watch } from "./fuzz-exec.js";

export interface CliResult {
  /** null when the process was killed (timedOut) or died. */
  exitCode: number | null;
  stdout: Buffer;
  stderr: Buffer;
  combined: Buffer;
  timedOut: boolean;
}

export interface SlotOptions {
  /** Resident-set cap of the process, MiB. */
  memMb: number;
  wallFactor: number;
}

const workerScript = path.join(path.dirname(fileURLToPath(import.meta.url)), "cli-worker.js");

/** One long-lived worker process running command lines one at a time. */
export class CliSlot {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private nextId = 1;
  private hostErr = "";

  constructor(private readonly o: SlotOptions) {}

  private start(): Promise<void> {
    const child = fork(workerScript, [], {
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "advanced",
    });
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
      child.once("exit", (code, sig) => reject(new Error(`cli worker exited during start-up (${sig ?? code}): ${this.hostErr}`)));
    });
  }

  /** Runs `gort ARGV` in cwd with env (default: this process's). */
  async run(argv: string[], cwd: string, timeoutMs: number, env: Record<string, string | undefined> = process.env): Promise<CliResult> {
    if (!this.child || !this.ready) this.ready = this.start();
    await this.ready;
    const child = this.child!;
    const msg: RunMsg = { type: "run", id: this.nextId++, argv, cwd, env };
    return new Promise((resolve) => {
      let done = false;
      const empty = Buffer.alloc(0);
      const finish = (r: CliResult, kill: boolean) => {
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
      const onMsg = (m: DoneMsg) => {
        if (m.type !== "done" || m.id !== msg.id) return;
        const b = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
        finish({ exitCode: m.exitCode, stdout: b(m.stdout), stderr: b(m.stderr), combined: b(m.combined), timedOut: false }, false);
      };
      const onExit = (code: number | null, signal: string | null) => {
        const err = Buffer.from(`cli worker died (${signal ?? code}): ${this.hostErr}`, "utf8");
        setTimeout(() => finish({ exitCode: null, stdout: empty, stderr: err, combined: err, timedOut: false }, false), 50);
      };
      const stopWatch = watch(child, this.o, timeoutMs, (why) =>
        finish({ exitCode: null, stdout: empty, stderr: empty, combined: empty, timedOut: why === "timeout" }, true));
      child.on("message", onMsg);
      child.on("exit", onExit);
      child.send(msg);
    });
  }

  close(): void {
    this.child?.kill("SIGKILL");
    this.child = undefined;
    this.ready = undefined;
  }
}
