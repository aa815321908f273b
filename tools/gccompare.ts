// The GC yardstick: compares gort's collector with real Go 1.19 on allocation-heavy programs.
//
// Models nothing in Go; it judges gort's allocator, pacer and marker. The programs live in
// testdata/gc/*.go and each prints, as its last stdout line,
//     gcstat numgc=<MemStats.NumGC before the final runtime.GC()> live=<HeapAlloc after it>
// Real Go's numbers are recorded in testdata/gc/go1.19.txt (see formatRecorded for the format).
//
// For every program this tool:
//   1. runs `node bin/gort.js run --seed 1 --cpus N FILE` with GOMAXPROCS=4, GODEBUG=gctrace=1
//      and GOGC removed from the environment (so the default, 100, applies). N is the number of
//      CPUs of the machine real Go ran on (go1.19.txt's header; with --live, this machine's), as
//      tools/calibrate.ts and tools/gcpace.ts do: at GOMAXPROCS=4 on 2 CPUs real Go's mark
//      workers wait for a CPU, and a gort machine of 4 CPUs marks twice as fast (its mark phase
//      a few times shorter, less allocated meanwhile, a lower goal: slices ran 24 cycles with
//      the default --cpus 4 and 15 with --cpus 2, against real Go's 18 on 2 CPUs);
//   2. parses the gcstat line from stdout and every line of stderr that starts with "gc ";
//   3. compares numgc and live with real Go's median (the compare rules below);
//   4. checks the gctrace lines (checkTrace): each matches GCTRACE_RE (src/runtime/gctrace.ts), derived from the
//      printing code in gcMarkTermination (src/runtime/mgc.go, Go 1.19) and its number
//      formatters itoaDiv and fmtNSAsMS; cycles are numbered 1..k in order; each names
//      GOMAXPROCS (4) Ps; the last line is " (forced)"; the number of lines before it is numgc,
//      or numgc+1 when a cycle was in flight at ReadMemStats (that cycle may print "(forced)"
//      too, a race in Go itself; see checkTrace); no other line is forced.
//
// Compare rules (ratio = max(a,b)/min(a,b); 0 vs 0 is 1; one side 0 and the other not is
// Infinity):
//   - live passes when ratio <= 1.5. Every program keeps megabytes live, so 0 is a failure.
//   - numgc passes when ratio <= 1.5, or |gort - go| <= 1, or gort lies inside the spread that
//     real Go itself showed over the recorded runs. The absolute slack of one cycle is for the
//     programs with few cycles (6 vs 9 is a ratio of 1.5 from one cycle's difference), and
//     because one cycle can be in flight when ReadMemStats runs: that cycle is counted by the
//     trace but not by NumGC. Hence also "numgc or numgc+1" lines before the final one.
//
// Usage: node dist/tools/gccompare.js [--live] [--record] [name...]
//   --live    builds and runs real Go (RUNS times per program) instead of reading go1.19.txt,
//             and also compares the rest of stdout (the programs' checksums) with real Go;
//   --record  runs real Go RUNS times per program and rewrites testdata/gc/go1.19.txt;
//   names     select programs by base name.
// Exit status 1 when any program fails.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { CliSlot } from "./cli-pool.js";
import { GO_BIN } from "./golden.js";
import { GCTRACE_RE } from "../src/runtime/gctrace.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const GC_DIR = path.join(root, "testdata", "gc");
export const RECORD_FILE = path.join(GC_DIR, "go1.19.txt");
export const RUNS = 9;
export const PROCS = 4;
export const MAX_RATIO = 1.5;
const GORT_TIMEOUT_MS = 300_000;

// Number formats of the trace line, from mgc.go. itoaDiv(ms, 3) prints "@0.000s" style times;
// fmtNSAsMS prints "0" below 1 µs, two significant digits below 10 ms with at most three
// decimals ("0.004", "0.056", "0.29", "4.7"), and whole milliseconds from 10 ms up ("12").
/** The fields of one gctrace line that the comparison uses. */
export interface GcTraceLine {
  n: number;
  startSec: number;
  heap0MB: number;
  heap1MB: number;
  heap2MB: number;
  goalMB: number;
  procs: number;
  forced: boolean;
}

/** Parses one gctrace line; null when it does not match Go 1.19's format exactly. */
export function parseGcTraceLine(line: string): GcTraceLine | null {
  const m = GCTRACE_RE.exec(line);
  if (!m) return null;
  const num = (i: number): number => Number(m[i]);
  return {
    n: num(1), startSec: num(2), heap0MB: num(4), heap1MB: num(5), heap2MB: num(6),
    goalMB: num(7), procs: num(10), forced: m[11] !== undefined,
  };
}

/** The program's own figures, from its gcstat line. */
export interface GcStat {
  numgc: number;
  live: number;
}

const GCSTAT_RE = /^gcstat numgc=(\d+) live=(\d+)$/;

/** Finds the gcstat line in stdout (the last one wins); null when there is none. */
export function parseGcStat(stdout: string): GcStat | null {
  let found: GcStat | null = null;
  for (const line of stdout.split("\n")) {
    const m = GCSTAT_RE.exec(line);
    if (m) found = { numgc: Number(m[1]), live: Number(m[2]) };
  }
  return found;
}

/**
 * Checks the gctrace lines of one run against the format and numbering rules. The final line
 * is the program's runtime.GC() and must say " (forced)". The line before it may say so too,
 * but only when it is the cycle that was in flight at ReadMemStats (then numgc+1 cycles precede
 * the final one): Go 1.19's gcStart sets work.userForced under startSema before it takes
 * worldsema, while the in-flight cycle prints its line under worldsema after waking the
 * runtime.GC() caller, so that cycle can print the new cycle's flag. Real runs show this.
 */
export function checkTrace(stderr: string, numgc: number, procs: number): string[] {
  const problems: string[] = [];
  const lines = stderr.split("\n").filter((l) => l.startsWith("gc "));
  if (lines.length === 0) return ["no gctrace lines on stderr"];
  const parsed: GcTraceLine[] = [];
  for (const l of lines) {
    const t = parseGcTraceLine(l);
    if (t) parsed.push(t);
    else problems.push(`malformed gctrace line: ${l}`);
  }
  // Without a forced final line (runtime.GC() untraced) every line counts as heap-triggered.
  const finalForced = parsed.length > 0 && parsed[parsed.length - 1]!.forced;
  const before = finalForced ? parsed.length - 1 : parsed.length;
  const inflight = finalForced && before === numgc + 1;
  parsed.forEach((t, i) => {
    if (t.n !== i + 1) problems.push(`gc ${t.n} is line ${i + 1}; cycles must be numbered 1..k`);
    if (t.procs !== procs) problems.push(`gc ${t.n} reports ${t.procs} P, want ${procs}`);
    const last = i === parsed.length - 1;
    const mayForce = last || (inflight && i === parsed.length - 2);
    if (last && !t.forced) problems.push(`gc ${t.n}: the final line is not (forced)`);
    if (!mayForce && t.forced) problems.push(`gc ${t.n}: only the final cycle may be (forced)`);
  });
  if (before !== numgc && !inflight) {
    problems.push(`${before} cycles traced before the final forced one, but NumGC=${numgc} ` +
      `(want ${numgc}, or ${numgc + 1} with one in flight)`);
  }
  return problems;
}

/** max(a,b)/min(a,b); 1 for 0 vs 0, Infinity when exactly one side is 0. */
export function ratio(a: number, b: number): number {
  if (a === b) return 1;
  const lo = Math.min(a, b);
  return lo <= 0 ? Infinity : Math.max(a, b) / lo;
}

/** Real Go's figures for one program: medians and the spread over the recorded runs. */
export interface RealRecord {
  name: string;
  numgc: number;
  live: number;
  spreadNumgc: [number, number];
  spreadLive: [number, number];
}

/** The numgc rule from the header: ratio, one cycle of slack, or inside real Go's spread. */
export function numgcOk(real: RealRecord, gort: number): boolean {
  if (ratio(real.numgc, gort) <= MAX_RATIO) return true;
  if (Math.abs(real.numgc - gort) <= 1) return true;
  return gort >= real.spreadNumgc[0] && gort <= real.spreadNumgc[1];
}

/** The live rule from the header: the ratio alone. */
export function liveOk(real: RealRecord, gort: number): boolean {
  return ratio(real.live, gort) <= MAX_RATIO;
}

/** The median of a non-empty list (the lower middle for an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
}

/** Summarises several real runs of one program. */
export function summarise(name: string, stats: GcStat[]): RealRecord {
  const g = stats.map((s) => s.numgc);
  const l = stats.map((s) => s.live);
  return {
    name, numgc: median(g), live: median(l),
    spreadNumgc: [Math.min(...g), Math.max(...g)], spreadLive: [Math.min(...l), Math.max(...l)],
  };
}

const RECORD_RE = new RegExp(
  String.raw`^(\S+) numgc=(\d+) live=(\d+) spread_numgc=(\d+)\.\.(\d+) spread_live=(\d+)\.\.(\d+)$`,
);

/** Parses go1.19.txt: `#` lines are comments, every other non-blank line is one program. */
export function parseRecorded(text: string): Map<string, RealRecord> {
  const out = new Map<string, RealRecord>();
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const m = RECORD_RE.exec(line);
    if (!m) throw new Error(`go1.19.txt: bad line: ${line}`);
    const n = (i: number): number => Number(m[i]);
    out.set(m[1]!, {
      name: m[1]!, numgc: n(2), live: n(3), spreadNumgc: [n(4), n(5)], spreadLive: [n(6), n(7)],
    });
  }
  return out;
}

/** The number of CPUs of the machine go1.19.txt was recorded on (its header's "on N CPUs"). */
export function recordedCpus(text: string): number {
  const m = /^# Recorded .* on (\d+) CPUs/m.exec(text);
  if (!m) throw new Error("go1.19.txt: no \"Recorded ... on N CPUs\" header line");
  return Number(m[1]);
}

/** Formats one record line of go1.19.txt. */
export function formatRecord(r: RealRecord): string {
  const [g0, g1] = r.spreadNumgc;
  const [l0, l1] = r.spreadLive;
  return `${r.name} numgc=${r.numgc} live=${r.live} ` +
    `spread_numgc=${g0}..${g1} spread_live=${l0}..${l1}`;
}

/** The environment of every run: the caller's, minus GOGC, plus GOMAXPROCS and gctrace. */
export function runEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env, GOMAXPROCS: String(PROCS), GODEBUG: "gctrace=1",
  };
  delete env.GOGC;
  return env;
}

/** What one run of a program printed. */
export interface RunOutput {
  exit: number;
  stdout: string;
  stderr: string;
}

function spawn(cmd: string, args: string[], timeout: number): RunOutput {
  const r = spawnSync(cmd, args, {
    cwd: root, env: runEnv(), encoding: "utf8", timeout, maxBuffer: 64 << 20,
  });
  if (r.error) {
    return { exit: -1, stdout: r.stdout ?? "", stderr: `${r.stderr ?? ""}\n${r.error.message}` };
  }
  return { exit: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs one program under gort with seed 1 on a machine of cpus CPUs, in slot's long-lived
 *  process (tools/cli-pool.ts). */
export async function runGort(slot: CliSlot, file: string, cpus: number): Promise<RunOutput> {
  const args = ["run", "--seed", "1", "--cpus", String(cpus), file];
  const r = await slot.run(args, root, GORT_TIMEOUT_MS, runEnv());
  const stderr = r.stderr.toString("utf8") + (r.timedOut ? `\nkilled after ${GORT_TIMEOUT_MS} ms of CPU` : "");
  return { exit: r.exitCode ?? -1, stdout: r.stdout.toString("utf8"), stderr };
}

/** Runs the programs under gort on machines of cpus CPUs, two at a time. */
async function runAllGort(files: string[], cpus: number): Promise<RunOutput[]> {
  const out: RunOutput[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    const slot = new CliSlot({ memMb: 4096, wallFactor: 4 });
    try {
      while (next < files.length) {
        const i = next++;
        out[i] = await runGort(slot, files[i]!, cpus);
      }
    } finally {
      slot.close();
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
}

/** Lists the programs (absolute paths) under testdata/gc, optionally selected by name. */
export function listPrograms(names: string[] = []): string[] {
  return fs.readdirSync(GC_DIR)
    .filter((f) => f.endsWith(".go"))
    .filter((f) => names.length === 0 || names.includes(path.basename(f, ".go")))
    .sort()
    .map((f) => path.join(GC_DIR, f));
}

export const goAvailable = (): boolean => fs.existsSync(GO_BIN);

/** Builds one program with real Go into dir and returns the binary. */
export function buildReal(file: string, dir: string): string {
  const exe = path.join(dir, path.basename(file, ".go"));
  const r = spawnSync(GO_BIN, ["build", "-o", exe, file], {
    cwd: GC_DIR, env: { ...process.env, GO111MODULE: "off", GOFLAGS: "" }, encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`go build ${file} failed:\n${r.stderr}`);
  return exe;
}

/** Runs a real Go binary RUNS times; returns its figures and the first run's output. */
export function runReal(file: string, tmp: string): { rec: RealRecord; first: RunOutput } {
  const exe = buildReal(file, tmp);
  const name = path.basename(file, ".go");
  const outs: RunOutput[] = [];
  const stats: GcStat[] = [];
  for (let i = 0; i < RUNS; i++) {
    const o = spawn(exe, [], 60_000);
    const s = parseGcStat(o.stdout);
    if (o.exit !== 0 || !s) {
      throw new Error(`real Go run of ${name} failed (exit ${o.exit}):\n${o.stderr}`);
    }
    // Real Go must pass the trace rules too; this is how the rules were validated.
    const bad = checkTrace(o.stderr, s.numgc, PROCS);
    if (bad.length > 0) throw new Error(`real Go trace of ${name} fails:\n${bad.join("\n")}`);
    outs.push(o);
    stats.push(s);
  }
  return { rec: summarise(name, stats), first: outs[0]! };
}

/** The verdict on one program. */
export interface Row {
  name: string;
  real: RealRecord | undefined;
  gort: GcStat | null;
  numgcRatio: number;
  liveRatio: number;
  problems: string[];
  ok: boolean;
}

/** Everything stdout holds apart from the gcstat line. */
export function otherStdout(s: string): string {
  return s.split("\n").filter((l) => !GCSTAT_RE.test(l)).join("\n");
}

/** The first lines of stderr that are not gctrace lines (for a failed run's message). */
function stderrHead(stderr: string): string {
  return stderr.split("\n").filter((l) => !l.startsWith("gc ")).slice(0, 3).join(" | ");
}

/** Judges one gort run against real Go's record (and, with --live, real Go's stdout). */
export function judge(
  name: string, real: RealRecord | undefined, out: RunOutput, realOut?: RunOutput,
): Row {
  const gort = parseGcStat(out.stdout);
  const problems: string[] = [];
  if (out.exit !== 0) problems.push(`gort exited ${out.exit}: ${stderrHead(out.stderr)}`);
  if (!real) problems.push("no real Go record (run --record)");
  if (!gort) problems.push("no gcstat line on stdout");
  if (realOut && otherStdout(realOut.stdout) !== otherStdout(out.stdout)) {
    problems.push("stdout (checksums) differs from real Go");
  }
  let numgcRatio = NaN;
  let liveRatio = NaN;
  if (real && gort) {
    numgcRatio = ratio(real.numgc, gort.numgc);
    liveRatio = ratio(real.live, gort.live);
    if (!numgcOk(real, gort.numgc)) {
      const spread = real.spreadNumgc.join("..");
      problems.push(`numgc ${gort.numgc} vs Go ${real.numgc} (spread ${spread})`);
    }
    if (!liveOk(real, gort.live)) problems.push(`live ${gort.live} vs Go ${real.live}`);
  }
  if (gort) problems.push(...checkTrace(out.stderr, gort.numgc, PROCS));
  return { name, real, gort, numgcRatio, liveRatio, problems, ok: problems.length === 0 };
}

function fmtRatio(r: number): string {
  if (Number.isNaN(r)) return "-";
  return r === Infinity ? "inf" : r.toFixed(2);
}

/** The comparison table, one line per program, followed by each failing program's problems. */
export function formatTable(rows: Row[]): string {
  const head = ["program", "go numgc", "gort numgc", "ratio"];
  head.push("go live", "gort live", "ratio", "verdict");
  const body = rows.map((r) => [
    r.name, String(r.real?.numgc ?? "-"), String(r.gort?.numgc ?? "-"), fmtRatio(r.numgcRatio),
    String(r.real?.live ?? "-"), String(r.gort?.live ?? "-"), fmtRatio(r.liveRatio),
    r.ok ? "ok" : "FAIL",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const fmt = (cells: string[]): string =>
    cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  const lines = [fmt(head), ...body.map(fmt)];
  for (const r of rows) {
    const shown = r.problems.slice(0, 6);
    for (const p of shown) lines.push(`  ${r.name}: ${p}`);
    const more = r.problems.length - shown.length;
    if (more > 0) lines.push(`  ${r.name}: ... ${more} more`);
  }
  return lines.join("\n") + "\n";
}

/** Compares every selected program with the recorded (or, with live, freshly run) real Go. */
export async function compareAll(names: string[], live: boolean): Promise<Row[]> {
  const text = live ? "" : fs.readFileSync(RECORD_FILE, "utf8");
  const recorded = live ? new Map<string, RealRecord>() : parseRecorded(text);
  const cpus = live ? os.availableParallelism() : recordedCpus(text);
  const tmp = live ? fs.mkdtempSync(path.join(os.tmpdir(), "gccompare-")) : "";
  try {
    const files = listPrograms(names);
    const gort = await runAllGort(files, cpus);
    return files.map((file, i) => {
      const name = path.basename(file, ".go");
      const realRun = live ? runReal(file, tmp) : undefined;
      const real = realRun ? realRun.rec : recorded.get(name);
      return judge(name, real, gort[i]!, realRun?.first);
    });
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The comment lines at the top of go1.19.txt: how, when and where it was recorded. */
function recordHeader(): string[] {
  const version = spawnSync(GO_BIN, ["version"], { encoding: "utf8" }).stdout.trim();
  const cpuinfo = fs.readFileSync("/proc/cpuinfo", "utf8");
  const cpu = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? "unknown CPU";
  const date = new Date().toISOString().slice(0, 10);
  return [
    "# Real Go figures for testdata/gc, written by `node dist/tools/gccompare.js --record`.",
    `# ${version}; GOMAXPROCS=${PROCS}; GOGC unset (100); GODEBUG=gctrace=1; ${RUNS} runs each.`,
    `# Recorded ${date} on ${os.availableParallelism()} CPUs (nproc), ${cpu}.`,
    "# numgc: MemStats.NumGC read before the final runtime.GC(); live: HeapAlloc after it.",
    "# Values are medians over the runs; spread_* give the minimum..maximum seen.",
  ];
}

/** Runs real Go over every program and returns the new contents of go1.19.txt. */
export function record(): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gccompare-"));
  try {
    const recs = listPrograms().map((f) => formatRecord(runReal(f, tmp).rec));
    return [...recordHeader(), ...recs].join("\n") + "\n";
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  const names = argv.filter((a) => !a.startsWith("--"));
  if (argv.includes("--record")) {
    if (!goAvailable()) throw new Error(`--record needs ${GO_BIN}`);
    fs.writeFileSync(RECORD_FILE, record());
    process.stdout.write(fs.readFileSync(RECORD_FILE, "utf8"));
    return 0;
  }
  const live = argv.includes("--live") && goAvailable();
  if (argv.includes("--live") && !live) {
    process.stderr.write(`gccompare: ${GO_BIN} not found; using go1.19.txt\n`);
  }
  const rows = await compareAll(names, live);
  process.stdout.write(formatTable(rows));
  const failed = rows.filter((r) => !r.ok).length;
  process.stdout.write(`${rows.length - failed} ok, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((c) => process.exit(c));
}
