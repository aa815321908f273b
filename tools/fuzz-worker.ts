// The fuzzer's in-process worker: a child process that compiles and runs many cases through
// src/api.ts, one after another, as `gort run` would.
//
// Models nothing in Go. tools/fuzz.ts forks this file once per parallel job. The child's main
// thread only relays messages: the cases run on a worker thread with a 1 GB host stack, as
// bin/gort.js runs the CLI, so deep Go recursion ends the same way in both. A runaway case
// cannot be interrupted from inside (the simulator is synchronous), so the parent kills the
// whole child on its wall-clock timeout or memory cap and forks a new one.
//
// Protocol (parent → child): CaseMsg. (child → parent): PhaseMsg when a case starts compiling
// and when it starts running, then ResultMsg. A worker thread that dies of host heap exhaustion
// (ERR_WORKER_OUT_OF_MEMORY) ends its case as bin/gort.js ends it: exit 70 with the error's
// stack; the child then starts a fresh thread.
//
// What it reproduces of `gort run`: loading (source.ts's files mode, so invalid UTF-8 and
// package clauses behave as in the CLI), compile, run with the CLI's options, and the exit 70
// report of an exception escaping compile or run. What differs: one toolchain for all cases
// (the CLI loads one per process), and module-level state in src/ lives on between cases;
// tools/fuzz.ts re-runs findings in a fresh CLI process to catch any difference.

import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { compile, defaultRunOptions, run, type RunOptions } from "../src/api.js";
import { nodeToolchain } from "../src/host/node.js";
import { loadProgram } from "../src/frontend/source.js";
import type { Toolchain } from "../src/api.js";
import { internal, relayToThread } from "./worker-slot.js";

export interface Limits {
  maxSteps: number;
  /** Simulated nanoseconds. */
  maxSimNs: number;
  maxHeapBytes: number;
  maxGoroutines: number;
}

export interface CaseMsg {
  type: "case";
  id: number;
  /** The program's absolute path (shown in tracebacks) and display name ("./prog.go"). */
  path: string;
  name: string;
  bytes: Uint8Array;
  seed: number;
  cpus: number;
  limits: Limits;
  environ: [string, string][];
}

export interface PhaseMsg {
  type: "phase";
  id: number;
  phase: "compile" | "run";
}

export interface ResultMsg {
  type: "result";
  id: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Keeps the head and the tail of a long output (the interesting parts of both). */
export function clip(s: string, max = 256 * 1024): string {
  if (s.length <= max) return s;
  const head = Math.floor(max * 0.75);
  const tail = max - head;
  return `${s.slice(0, head)}\n[... fuzz: ${s.length - max} bytes elided ...]\n${s.slice(s.length - tail)}`;
}

function runCase(tc: Toolchain, m: CaseMsg, phase: (p: PhaseMsg["phase"]) => void): Omit<ResultMsg, "type" | "id"> {
  phase("compile");
  const base = m.name.replace(/^.*\//, "");
  const loaded = loadProgram([{ path: m.path, bytes: m.bytes }], {
    mode: "files", names: [m.name], dirLabel: ".", importPath: "command-line-arguments",
  });
  if (loaded.loadError) return { exitCode: 1, stdout: "", stderr: loaded.loadError };
  const files = loaded.files.map((f) => ({ name: f.name, path: f.path, text: f.text }));
  let c: ReturnType<typeof compile>;
  try {
    c = compile(tc, files, loaded.pkgLabel);
  } catch (e) {
    return { exitCode: 70, stdout: "", stderr: internal(e) };
  }
  if (!c.ok) return { exitCode: c.exitCode, stdout: "", stderr: c.stderr };
  phase("run");
  const opts: RunOptions = {
    ...defaultRunOptions,
    seed: m.seed,
    cpus: m.cpus,
    environ: new Map(m.environ),
    args: ["/tmp/go-build/exe/" + base.replace(/\.go$/, "")],
    stdin: "",
    maxSteps: m.limits.maxSteps,
    maxSimNs: m.limits.maxSimNs,
    maxGoroutines: m.limits.maxGoroutines,
    maxHeapBytes: m.limits.maxHeapBytes,
    source: base,
  };
  try {
    const r = run(c.program, opts);
    return { exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    return { exitCode: 70, stdout: "", stderr: internal(e) };
  }
}

async function threadMain(): Promise<void> {
  const port = parentPort!;
  const tc = await nodeToolchain();
  port.on("message", (m: CaseMsg) => {
    const r = runCase(tc, m, (phase) => port.postMessage({ type: "phase", id: m.id, phase } satisfies PhaseMsg));
    const msg: ResultMsg = { type: "result", id: m.id, exitCode: r.exitCode, stdout: clip(r.stdout), stderr: clip(r.stderr) };
    port.postMessage(msg);
  });
  port.postMessage({ type: "ready" });
}

function childMain(): void {
  relayToThread(new URL(import.meta.url), "fuzz-worker", "result", (req, report) =>
    ({ type: "result", id: req.id, exitCode: 70, stdout: "", stderr: report }) satisfies ResultMsg);
}

// Start only as the forked worker process or its thread (tools/fuzz-exec.ts imports clip).
if (isMainThread && process.send && process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) childMain();
else if (!isMainThread && workerData === "fuzz-worker") void threadMain();
