// The gort command line: `gort run`, `gort example`. A thin layer over src/api.ts.

import { writeSync } from "node:fs";
import * as os from "node:os";
import { compile, defaultRunOptions, run, runMany, type Program, type RunOptions, type SourceFile } from "../api.js";
import { nodeToolchain, readProgram } from "../host/node.js";
import { cgoMapExample } from "../examples/cgo-map.js";

const usage = `usage: gort run [flags] FILE.go|DIR [-- args...]
       gort example [flags]

gort runs a Go program on a deterministic simulation of the Go 1.19 runtime.

commands:
  run       run the program once (or --runs N times) and exit as the program exits
  example   the built-in example: two goroutines block in C, then write one map
            (the cgo + map crash); runs it over 200 seeds and replays one crash

flags:
  --seed N           the seed of the run (default 1); the run is a function of the seed
  --runs N           run seeds 1..N (or from --seed) and print a summary of the outcomes
  --cpus N           CPUs of the simulated machine (default 4; GOMAXPROCS defaults to it)
  --max-steps N      step limit (default 5e9)
  --max-time D       simulated time limit, e.g. 10s, 5m (default 24h)
  --max-goroutines N goroutine limit (default 1000000)
  --heap-limit B     the simulated machine's memory, e.g. 512MiB, 2GiB: the Go heap and the
                     goroutine stacks; beyond it the program dies as Go does (fatal error: out
                     of memory). Default 1GiB, or less when the host has little free memory:
                     the largest power of two at most half of it (at least 64MiB)
  -h, --help         this help

environment: GOMAXPROCS, GODEBUG, GOGC and GOTRACEBACK are read as Go reads them.
`;

const pause = new Int32Array(new SharedArrayBuffer(4));

function out(fd: 1 | 2, s: string): void {
  const b = Buffer.from(s, "latin1");
  let off = 0;
  while (off < b.length) {
    try {
      off += writeSync(fd, b, off);
    } catch (e) {
      // A pipe Node made non-blocking is full: wait for the reader (1 ms) and go on.
      if ((e as { code?: string }).code !== "EAGAIN") throw e;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

/**
 * The program's output sink: bytes go to the real fds in the order the program wrote them, so
 * `2>&1` keeps Go's interleaving. Writes to one fd are batched (up to 64 KiB, or 50 ms) and
 * flushed before the other fd is written and when the run ends. A closed pipe ends gort as it
 * ends a Go program: SIGPIPE's exit status 141.
 */
class OutputSink {
  private fd: 1 | 2 = 1;
  private parts: string[] = [];
  private size = 0;
  private last = Date.now();

  readonly write = (fd: 1 | 2, bytes: string): void => {
    if (fd !== this.fd) this.flush();
    this.fd = fd;
    this.parts.push(bytes);
    this.size += bytes.length;
    if (this.size >= 64 << 10 || Date.now() - this.last >= 50) this.flush();
  };

  flush(): void {
    this.last = Date.now();
    if (this.size === 0) return;
    const s = this.parts.length === 1 ? this.parts[0]! : this.parts.join("");
    this.parts = [];
    this.size = 0;
    try {
      out(this.fd, s);
    } catch (e) {
      if ((e as { code?: string }).code === "EPIPE") process.exit(141);
      throw e;
    }
  }
}

interface Flags {
  seed: number;
  runs: number | undefined;
  cpus: number;
  maxSteps: number;
  maxSimNs: number;
  maxGoroutines: number;
  maxHeapBytes: number | undefined;
  rest: string[];
  progArgs: string[];
}

function parseDuration(s: string): number {
  const m = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)$/.exec(s);
  if (!m) throw new Error(`bad duration ${s}`);
  const mult: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
  return Number(m[1]) * mult[m[2]!]!;
}

function parseBytes(s: string): number {
  const m = /^(\d+(?:\.\d+)?)(B|KiB|MiB|GiB|KB|MB|GB)?$/.exec(s);
  if (!m) throw new Error(`bad size ${s} (use e.g. 512MiB)`);
  const mult: Record<string, number> = { B: 1, KiB: 1024, MiB: 1 << 20, GiB: 1 << 30, KB: 1e3, MB: 1e6, GB: 1e9 };
  return Math.floor(Number(m[1]) * mult[m[2] ?? "B"]!);
}

function parseFlags(argv: string[]): Flags {
  const f: Flags = { seed: 1, runs: undefined, cpus: 4, maxSteps: 5e9, maxSimNs: 24 * 3600e9, maxGoroutines: 1e6, maxHeapBytes: undefined, rest: [], progArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const val = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`flag ${a} needs a value`);
      return v;
    };
    const num = (): number => {
      const v = Number(val());
      if (!Number.isFinite(v) || v < 0) throw new Error(`flag ${a} needs a non-negative number`);
      return v;
    };
    switch (a) {
      case "--seed": f.seed = num(); break;
      case "--runs": f.runs = num(); break;
      case "--cpus": f.cpus = Math.max(1, num()); break;
      case "--max-steps": f.maxSteps = num(); break;
      case "--max-time": f.maxSimNs = parseDuration(val()); break;
      case "--max-goroutines": f.maxGoroutines = num(); break;
      case "--heap-limit": f.maxHeapBytes = parseBytes(val()); break;
      case "--":
        f.progArgs = argv.slice(i + 1);
        i = argv.length;
        break;
      default:
        if (a.startsWith("-")) throw new Error(`unknown flag ${a}`);
        f.rest.push(a);
        f.progArgs = argv.slice(i + 1).filter((x) => x !== "--");
        i = argv.length;
    }
  }
  return f;
}

/** The default --heap-limit: 1 GiB, or the largest power of two at most half the host's free
 *  memory when that is less (at least 64 MiB). Host memory per simulated byte is about 1 for
 *  byte buffers and strings and up to 2 for maps and goroutines, so a program at the limit stays
 *  within the host's means; a power of two keeps the default the same on most hosts, so that
 *  runs replay alike. */
function defaultHeapLimit(): number {
  const half = os.freemem() / 2;
  let limit = 1 << 30;
  while (limit > 64 << 20 && limit > half) limit /= 2;
  return limit;
}

function runOptions(f: Flags, prog: string): Omit<RunOptions, "seed"> {
  const environ = new Map<string, string>();
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) environ.set(k, v);
  return {
    ...defaultRunOptions,
    cpus: f.cpus,
    environ,
    args: [prog, ...f.progArgs],
    stdin: "",
    maxSteps: f.maxSteps,
    maxSimNs: f.maxSimNs,
    maxGoroutines: f.maxGoroutines,
    maxHeapBytes: f.maxHeapBytes ?? defaultHeapLimit(),
  };
}

function progressBar(total: number): (done: number) => void {
  if (!process.stderr.isTTY) return () => {};
  let last = -1;
  return (done) => {
    const pct = Math.floor((done * 100) / total);
    if (pct === last && done !== total) return;
    last = pct;
    const w = 30;
    const filled = Math.round((done / total) * w);
    process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(w - filled)}] ${done}/${total}${done === total ? "\n" : ""}`);
  };
}

function printSummary(s: ReturnType<typeof runMany>, target: string, from: number): void {
  out(1, `${s.runs} runs (seeds ${from}..${from + s.runs - 1}):\n`);
  for (const o of s.outcomes) {
    const pct = ((o.count * 100) / s.runs).toFixed(1);
    // An outcome of "exit N" says it all; others (panics, fatal errors) get their exit code.
    const what = o.outcome === `exit ${o.exitCode}` ? o.outcome : `exit ${o.exitCode}  ${o.outcome}`;
    out(1, `  ${String(o.count).padStart(6)} (${pct.padStart(5)}%)  ${what}   e.g. gort run --seed ${o.seed} ${target}\n`);
  }
}

async function cmdRun(f: Flags, files: SourceFile[], pkgLabel: string, target: string): Promise<number> {
  const tc = await nodeToolchain();
  const c = compile(tc, files, pkgLabel);
  if (!c.ok) {
    out(2, c.stderr);
    return c.exitCode;
  }
  return execute(f, c.program, target);
}

function execute(f: Flags, p: Program, target: string): number {
  const opts = { ...runOptions(f, "/tmp/go-build/exe/" + exeName(target)), source: target };
  if (f.runs !== undefined) {
    const from = f.seed === 1 ? 1 : f.seed;
    const s = runMany(p, opts, from, from + f.runs - 1, progressBar(f.runs));
    printSummary(s, target, from);
    return 0;
  }
  const sink = new OutputSink();
  try {
    return run(p, { ...opts, seed: f.seed, write: sink.write }).exitCode;
  } finally {
    sink.flush();
  }
}

function exeName(target: string): string {
  const base = target.replace(/\/+$/, "").split("/").pop() ?? "main";
  return base.replace(/\.go$/, "");
}

async function cmdExample(f: Flags): Promise<number> {
  const tc = await nodeToolchain();
  const files: SourceFile[] = [{ name: "./example.go", path: "/home/gopher/example/example.go", text: cgoMapExample }];
  const c = compile(tc, files, "command-line-arguments");
  if (!c.ok) {
    out(2, c.stderr);
    return c.exitCode;
  }
  out(1, "The built-in example (gort example): two goroutines block in C for 1s, then write one map.\n\n");
  out(1, cgoMapExample.replace(/^/gm, "    ") + "\n");
  const runs = f.runs ?? 200;
  const s = runMany(c.program, runOptions(f, "/tmp/go-build/exe/example"), 1, runs, progressBar(runs));
  printSummary(s, "example.go", 1);
  const crash = s.outcomes.find((o) => o.outcome.includes("concurrent map writes"));
  if (crash) {
    out(1, `\nReplaying seed ${crash.seed}, a run that crashed:\n\n`);
    const r = run(c.program, { ...runOptions(f, "/tmp/go-build/exe/example"), seed: crash.seed });
    out(1, r.stdout);
    out(1, r.stderr);
    out(1, `\nexit status ${r.exitCode}\n`);
  }
  out(1, "\nWith GOMAXPROCS=1 the two write windows cannot overlap: try `GOMAXPROCS=1 npx gort example`.\n");
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const cmd = argv[0];
  if (cmd === undefined || cmd === "-h" || cmd === "--help" || cmd === "help") {
    out(cmd === undefined ? 2 : 1, usage);
    return cmd === undefined ? 2 : 0;
  }
  let f: Flags;
  try {
    f = parseFlags(argv.slice(1));
  } catch (e) {
    out(2, `gort: ${(e as Error).message}\n${usage}`);
    return 2;
  }
  if (argv.includes("-h") || argv.includes("--help")) {
    out(1, usage);
    return 0;
  }
  if (cmd === "example") return cmdExample(f);
  if (cmd !== "run") {
    out(2, `gort: unknown command ${cmd}\n${usage}`);
    return 2;
  }
  const target = f.rest[0];
  if (!target) {
    out(2, "gort run: no go files listed\n");
    return 1;
  }
  const loaded = readProgram(target, process.cwd());
  if (!loaded.ok) {
    out(2, loaded.stderr);
    return loaded.exitCode;
  }
  return cmdRun(f, loaded.files, loaded.pkgLabel, target);
}
