// Slots that run `gort` command lines in long-lived processes (tools/cli-worker.ts), each
// under a CPU-time limit, for the conformance ratchet and the other harnesses that run many
// programs.
//
// Models nothing in Go. The process, its limits and its replacement after a kill are
// tools/worker-slot.ts's; this file turns a request's outcome into a command line's result.

import * as path from "node:path";
import { fileURLToPath } from "node:url";
import type { DoneMsg } from "./cli-worker.js";
import { WorkerSlot, type SlotLimits } from "./worker-slot.js";

export interface CliResult {
  /** null when the process was killed (timedOut) or died. */
  exitCode: number | null;
  stdout: Buffer;
  stderr: Buffer;
  combined: Buffer;
  timedOut: boolean;
}

const workerScript = path.join(path.dirname(fileURLToPath(import.meta.url)), "cli-worker.js");

/** One long-lived worker process running command lines one at a time. */
export class CliSlot {
  private readonly slot: WorkerSlot;

  constructor(limits: SlotLimits) {
    this.slot = new WorkerSlot(workerScript, limits, "done");
  }

  /** Runs `gort ARGV` in cwd with env (default: this process's). */
  async run(argv: string[], cwd: string, timeoutMs: number, env: Record<string, string | undefined> = process.env, stdin?: Uint8Array): Promise<CliResult> {
    const r = await this.slot.request<DoneMsg>({ type: "run", argv, cwd, env, ...(stdin ? { stdin } : {}) }, timeoutMs);
    const empty = Buffer.alloc(0);
    if (r.kind === "done") {
      const b = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
      return { exitCode: r.msg.exitCode, stdout: b(r.msg.stdout), stderr: b(r.msg.stderr), combined: b(r.msg.combined), timedOut: false };
    }
    if (r.kind === "limit") return { exitCode: null, stdout: empty, stderr: empty, combined: empty, timedOut: r.why === "timeout" };
    const err = Buffer.from(`cli worker died (${r.signal ?? r.code}): ${r.hostErr}`, "utf8");
    return { exitCode: null, stdout: empty, stderr: err, combined: err, timedOut: false };
  }

  close(): void {
    this.slot.close();
  }
}
