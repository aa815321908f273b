// Conformance harness: gort over the `// run` programs of Go 1.19's own test suite
// (`npm run conformance`).
//
// Models the "run" action of /usr/share/go-1.19/test/run.go (Go 1.19), for facts only:
//   1. The execution recipe is the text before the first blank line; if its first line contains
//      "+build" that line is dropped; a leading "//" is trimmed; the first word is the action.
//      Only action "run" is used here. Words after it starting with "-" are go-command flags
//      (-gcflags..., -race, "-t N", "-goexperiment X") and are ignored by gort; then leading
//      words ending in .go are extra source files of the program; the rest are program args.
//   2. Build constraints (`//go:build` and `// +build` lines before `package`) are evaluated
//      for linux/amd64 with run.go's tag rules (GOOS, GOARCH, gc, cgo, test_run and the
//      amd64 default goexperiment tags); a program whose constraints fail is skipped.
//   3. Programs may start host processes (`gort run --exec host`), with the Go 1.19 toolchain
//      first on PATH and the host's HOME (and GOCACHE, when set), as run.go gives its programs
//      the go command and the runner's environment (const7.go, linkx_run.go... run `go`).
//   4. The program passes when it exits 0 and its combined stdout+stderr equals the sibling
//      .out file (or is empty when there is none), after "\r\n" → "\n".
// Directories: the main suite is test/*.go, test/ken, test/chan and test/interface; the
// extra suite, reported separately, is test/fixedbugs and test/typeparam.
//
// Categories: pass, unsupported (gort's `not supported yet`), wrong-output, wrong-exit,
// crash (gort exit 70, or the CLI could not run), timeout (gort's step limit, exit 3 with
// `gort: `, or HOST_TIMEOUT_MS of host CPU time).
//
// The results file conformance/results.txt has one line per program, `status path reason`,
// sorted by path, then `# totals <dir> ...` lines per directory and suite. It is the ratchet
// for tools/conformance.test.ts.
//
// Usage: node dist/tools/conformance.js [--update] [--main|--extra] [--max-steps N] [substr...]
//   Without --update the run is compared with results.txt and nothing is written.
//   The programs run in WORKERS long-lived gort processes (tools/cli-pool.ts: the CLI's own
//   main(), without a Node start-up per program). A suite budget of SUITE_BUDGET_MS stops
//   starting new programs; the ones not started are reported as timeout ("suite budget").
//   The ratchet test (conformance.test.ts) runs with no budget: a wall-clock budget turns a
//   loaded machine into failures, and each program keeps its own CPU-time limit anyway.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CliSlot } from "./cli-pool.js";
import { gortFailureKind, repoRoot } from "./golden.js";

export const GO_TEST_DIR = "/usr/share/go-1.19/test";
export const MAIN_DIRS = [".", "ken", "chan", "interface"];
export const EXTRA_DIRS = ["fixedbugs", "typeparam"];
/** CPU time a program may use (its process's); wall-clock time WALL_FACTOR times that. */
export const HOST_TIMEOUT_MS = 10_000;
const WALL_FACTOR = 6;
/** Resident-set cap of a worker process, MiB: a program past it is a crash. */
const SLOT_MEM_MB = 3072;
export const DEFAULT_MAX_STEPS = 1_000_000_000;
const SUITE_BUDGET_MS = 9 * 60_000;
const WORKERS = 2;

export type Status = "pass" | "unsupported" | "wrong-output" | "wrong-exit" | "crash" | "timeout";

export interface ConfProgram {
  /** Path relative to the test dir: "ken/chan.go", "235.go". */
  rel: string;
  dir: string;
  extraFiles: string[];
  args: string[];
}

export interface ConfResult {
  rel: string;
  status: Status;
  reason: string;
  /** Wall-clock ms the run took (not recorded in results.txt). */
  ms?: number;
}

/** The tags run.go's context.match accepts for linux/amd64 with cgo. */
const TRUE_TAGS = new Set([
  "linux", "amd64", "gc", "cgo", "test_run", "goexperiment.regabiwrappers", "goexperiment.regabiargs",
]);

function tagTrue(name: string): boolean {
  return TRUE_TAGS.has(name);
}

/** Evaluates a `//go:build` expression (||, &&, !, parentheses). */
export function evalGoBuild(expr: string): boolean {
  const toks = expr.match(/\|\||&&|!|\(|\)|[A-Za-z0-9_.]+/g) ?? [];
  let i = 0;
  const or = (): boolean => {
    let v = and();
    while (toks[i] === "||") { i++; const r = and(); v = v || r; }
    return v;
  };
  const and = (): boolean => {
    let v = not();
    while (toks[i] === "&&") { i++; const r = not(); v = v && r; }
    return v;
  };
  const not = (): boolean => {
    const t = toks[i++];
    if (t === "!") return !not();
    if (t === "(") { const v = or(); i++; return v; }
    return tagTrue(t ?? "");
  };
  return or();
}

/** Evaluates a `// +build` line: space-separated options OR'd, comma-separated terms AND'd. */
export function evalPlusBuild(line: string): boolean {
  return line.trim().split(/\s+/).some((opt) =>
    opt.split(",").every((t) => (t.startsWith("!") ? !tagTrue(t.slice(1)) : tagTrue(t))));
}

/** run.go's shouldTest over the header (text before "\npackage"). */
export function shouldTest(header: string): boolean {
  for (const line of header.split("\n")) {
    if (line.startsWith("package ")) break;
    const gb = /^\/\/go:build (.*)$/.exec(line);
    if (gb && !evalGoBuild(gb[1] ?? "")) return false;
    const pb = /^\/\/ \+build (.*)$/.exec(line);
    if (pb && !evalPlusBuild(pb[1] ?? "")) return false;
  }
  return true;
}

/** Parses a test file's recipe; returns undefined unless it is a runnable `run` test. */
export function parseRunTest(testDir: string, rel: string): ConfProgram | undefined {
  const src = fs.readFileSync(path.join(testDir, rel), "latin1");
  if (src.startsWith("\n")) return undefined;
  const cut = src.indexOf("\n\n");
  if (cut < 0) return undefined;
  let action = src.slice(0, cut);
  const nl = action.indexOf("\n");
  if (nl >= 0 && action.slice(0, nl).includes("+build")) action = action.slice(nl + 1);
  if (action.startsWith("//")) action = action.slice(2);
  const words = action.match(/"[^"]*"|\S+/g)?.map((w) => w.replace(/^"|"$/g, "")) ?? [];
  if (words[0] !== "run") return undefined;
  const header = src.includes("\npackage") ? src.slice(0, src.indexOf("\npackage")) : action;
  if (!shouldTest(header)) return undefined;
  let rest = words.slice(1);
  while (rest.length > 0 && (rest[0] as string).startsWith("-")) {
    rest = rest.slice(rest[0] === "-t" || rest[0] === "-goexperiment" ? 2 : 1);
  }
  const extraFiles: string[] = [];
  while (rest.length > 0 && (rest[0] as string).endsWith(".go")) extraFiles.push(rest.shift() as string);
  return { rel, dir: path.dirname(rel), extraFiles, args: rest };
}

/** Lists the runnable `run` tests of the given directories, sorted by path. */
export function listRunTests(testDir: string, dirs: string[]): ConfProgram[] {
  const out: ConfProgram[] = [];
  for (const d of dirs) {
    const names = fs.readdirSync(path.join(testDir, d))
      .filter((n) => n.endsWith(".go") && !n.startsWith(".")).sort();
    for (const n of names) {
      const t = parseRunTest(testDir, d === "." ? n : `${d}/${n}`);
      if (t) out.push(t);
    }
  }
  return out;
}

/** A worker process for conformance runs. */
export function newSlot(): CliSlot {
  return new CliSlot({ memMb: SLOT_MEM_MB, wallFactor: WALL_FACTOR });
}

/** Runs one test under gort, in slot's process, with stdout and stderr combined in the order
 *  they were written, as run.go combines them. timeoutMs is CPU time (cli-pool.ts). */
export async function runOne(slot: CliSlot, testDir: string, t: ConfProgram, maxSteps: number,
  timeoutMs: number = HOST_TIMEOUT_MS): Promise<ConfResult> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gort-conf-"));
  try {
    const target = stageTarget(testDir, t, tmp);
    // run.go sets GOARCH in its own environment when it is empty (run.go:691), so the programs
    // see it; gort gives a program only the variables it is told of.
    const argv = ["run", "--max-steps", String(maxSteps), "--env", `GOARCH=${process.env.GOARCH || "amd64"}`, ...hostExecFlags(), target, "--", ...t.args];
    const t0 = Date.now();
    // cwd is Go's test directory, as run.go runs them.
    const r = await slot.run(argv, testDir, timeoutMs);
    const ms = Date.now() - t0;
    const out = r.combined.toString("utf8").replace(/\r\n/g, "\n");
    if (r.timedOut) return { ...classify(testDir, t, -2, out, timeoutMs), ms };
    if (r.exitCode === null) return { rel: t.rel, status: "crash", reason: r.combined.toString("utf8").slice(0, 120), ms };
    return { ...classify(testDir, t, r.exitCode, out, timeoutMs), ms };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The Go toolchain run.go's programs start (`go tool compile`, `go run`, `go build`). */
const GO_BIN = "/usr/lib/go-1.19/bin";

/** --exec host and the environment the go command needs: PATH with GO_BIN first, HOME (the
 *  build cache under it), and GOCACHE when the host sets it. */
function hostExecFlags(): string[] {
  const env = [`PATH=${GO_BIN}:/usr/bin:/bin`, `HOME=${process.env.HOME || os.homedir()}`];
  if (process.env.GOCACHE) env.push(`GOCACHE=${process.env.GOCACHE}`);
  return ["--exec", "host", ...env.flatMap((kv) => ["--env", kv])];
}

/** A single-file test runs in place; a multi-file one is copied into a directory. */
function stageTarget(testDir: string, t: ConfProgram, tmp: string): string {
  const main = path.join(testDir, t.rel);
  if (t.extraFiles.length === 0) return main;
  const dir = path.join(tmp, "prog");
  fs.mkdirSync(dir);
  for (const f of [path.basename(t.rel), ...t.extraFiles]) {
    fs.copyFileSync(path.join(testDir, t.dir, f), path.join(dir, f));
  }
  return dir;
}

export function classify(testDir: string, t: ConfProgram, exit: number, out: string, timeoutMs = HOST_TIMEOUT_MS): ConfResult {
  const outPath = path.join(testDir, t.rel.replace(/\.go$/, ".out"));
  const want = fs.existsSync(outPath) ? fs.readFileSync(outPath, "utf8") : "";
  const first = (out.split("\n").find((l) => l.trim() !== "" && !l.startsWith("# command-line-arguments")) ?? "")
    .slice(0, 120);
  const res = (status: Status, reason: string): ConfResult => ({ rel: t.rel, status, reason });
  if (exit === -2) return res("timeout", `host timeout ${timeoutMs / 1000} s of CPU`);
  const kind = gortFailureKind({ exit, stdout: "", stderr: out });
  if (kind === "crash") return res("crash", first);
  if (kind === "limit") return res("timeout", first);
  if (kind === "unsupported") {
    const line = out.split("\n").find((l) => l.includes("not supported yet")) ?? first;
    return res("unsupported", line.slice(0, 120));
  }
  if (exit !== 0) return res("wrong-exit", `exit ${exit}: ${first}`);
  if (out !== want) return res("wrong-output", firstDiffLine(want, out));
  return res("pass", "");
}

function firstDiffLine(want: string, got: string): string {
  const a = want.split("\n");
  const b = got.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      return `line ${i + 1}: want ${JSON.stringify((a[i] ?? "<eof>").slice(0, 50))} got ${JSON.stringify((b[i] ?? "<eof>").slice(0, 50))}`;
    }
  }
  return "output differs";
}

/**
 * Runs tests in WORKERS long-lived gort processes. After budgetMs of wall-clock time no new
 * program starts (Infinity: every program runs, however busy the machine is).
 */
export async function runSuite(testDir: string, tests: ConfProgram[], maxSteps: number,
  progress?: (r: ConfResult, done: number) => void,
  timeoutFor: (t: ConfProgram) => number = () => HOST_TIMEOUT_MS,
  budgetMs: number = SUITE_BUDGET_MS): Promise<ConfResult[]> {
  const results: ConfResult[] = new Array(tests.length);
  const start = Date.now();
  let next = 0;
  let done = 0;
  const worker = async () => {
    const slot = newSlot();
    try {
      while (next < tests.length) {
        const i = next++;
        const t = tests[i] as ConfProgram;
        const r = Date.now() - start > budgetMs
          ? { rel: t.rel, status: "timeout" as Status, reason: "suite budget exhausted; not run" }
          : await runOne(slot, testDir, t, maxSteps, timeoutFor(t));
        results[i] = r;
        progress?.(r, ++done);
      }
    } finally {
      slot.close();
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  return results;
}

/**
 * The ratchet's CPU-time limits: a program recorded as pass gets PASS_TIMEOUT_MS, so that the
 * slowest passes (about 15 s on a 2-core machine) are not first timed out and then retried;
 * one recorded as timing out gets STUCK_TIMEOUT_MS, enough to notice that it now ends quickly
 * (`npm run conformance` gives every program HOST_TIMEOUT_MS and records the truth).
 */
export const PASS_TIMEOUT_MS = 30_000;
export const STUCK_TIMEOUT_MS = 3_000;

export function ratchetTimeout(committed: Map<string, Status>): (t: ConfProgram) => number {
  return (t) => {
    const was = committed.get(t.rel);
    return was === "pass" ? PASS_TIMEOUT_MS : was === "timeout" ? STUCK_TIMEOUT_MS : HOST_TIMEOUT_MS;
  };
}

/**
 * A program recorded as pass that timed out may only have met a busy machine: it runs again
 * alone with 2 × PASS_TIMEOUT_MS of CPU time before it counts as a regression (the step limit still
 * applies). Replaces those results in place.
 */
export async function retryTimeouts(testDir: string, tests: ConfProgram[], results: ConfResult[],
  committed: Map<string, Status>, maxSteps: number): Promise<void> {
  const slot = newSlot();
  try {
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      if (r.status !== "timeout" || !r.reason.startsWith("host timeout") || committed.get(r.rel) !== "pass") continue;
      results[i] = await runOne(slot, testDir, tests.find((x) => x.rel === r.rel)!, maxSteps, 2 * PASS_TIMEOUT_MS);
    }
  } finally {
    slot.close();
  }
}

export function resultsPath(): string {
  return path.join(repoRoot(), "conformance", "results.txt");
}

const STATUSES: Status[] = ["pass", "unsupported", "wrong-output", "wrong-exit", "crash", "timeout"];

function dirOf(rel: string): string {
  return rel.includes("/") ? rel.slice(0, rel.indexOf("/")) : ".";
}

function totalsLine(label: string, rs: ConfResult[]): string {
  const parts = STATUSES.map((s) => `${s}=${rs.filter((r) => r.status === s).length}`);
  return `# totals ${label} programs=${rs.length} ${parts.join(" ")}`;
}

export function formatResults(results: ConfResult[], header: string[]): string {
  const sorted = results.slice().sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const lines = [...header.map((h) => `# ${h}`)];
  for (const r of sorted) lines.push(`${r.status} ${r.rel}${r.reason ? " " + r.reason.replace(/\s+/g, " ") : ""}`);
  const dirs = [...new Set(sorted.map((r) => dirOf(r.rel)))].sort();
  for (const d of dirs) lines.push(totalsLine(d, sorted.filter((r) => dirOf(r.rel) === d)));
  const main = sorted.filter((r) => MAIN_DIRS.includes(dirOf(r.rel)));
  const extra = sorted.filter((r) => EXTRA_DIRS.includes(dirOf(r.rel)));
  if (main.length > 0) lines.push(totalsLine("main-suite", main));
  if (extra.length > 0) lines.push(totalsLine("extra-suite", extra));
  return lines.join("\n") + "\n";
}

/** Reads results.txt into path → status. */
export function parseResults(text: string): Map<string, Status> {
  const m = new Map<string, Status>();
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const [status, rel] = line.split(" ");
    if (status && rel) m.set(rel, status as Status);
  }
  return m;
}

/** Compares a run with the committed results: regressions (pass → not pass) and improvements. */
export function compareWithCommitted(committed: Map<string, Status>, now: ConfResult[]):
  { regressions: string[]; improvements: string[] } {
  const regressions: string[] = [];
  const improvements: string[] = [];
  for (const r of now) {
    const was = committed.get(r.rel);
    if (was === "pass" && r.status !== "pass") regressions.push(`${r.rel}: was pass, now ${r.status} ${r.reason}`);
    if (was !== "pass" && r.status === "pass") improvements.push(r.rel);
  }
  return { regressions, improvements };
}

function flagValue(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: string[]): Promise<number> {
  if (!fs.existsSync(GO_TEST_DIR)) {
    console.log(`conformance: ${GO_TEST_DIR} not found (apt-get install golang-1.19-src); skipped`);
    return 0;
  }
  const maxSteps = Number(flagValue(argv, "--max-steps") ?? DEFAULT_MAX_STEPS);
  const dirs = argv.includes("--main") ? MAIN_DIRS : argv.includes("--extra") ? EXTRA_DIRS : [...MAIN_DIRS, ...EXTRA_DIRS];
  const filters = argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--max-steps");
  const tests = listRunTests(GO_TEST_DIR, dirs).filter((t) => filters.length === 0 || filters.some((f) => t.rel.includes(f)));
  const t0 = Date.now();
  const results = await runSuite(GO_TEST_DIR, tests, maxSteps, (r, n) => {
    if (n % 50 === 0 || r.status === "pass") console.log(`[${n}/${tests.length}] ${r.status} ${r.rel}`);
  });
  const file = resultsPath();
  const committed = fs.existsSync(file) ? parseResults(fs.readFileSync(file, "utf8")) : new Map<string, Status>();
  await retryTimeouts(GO_TEST_DIR, tests, results, committed, maxSteps);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  const slowest = results.filter((r) => r.ms !== undefined).sort((a, b) => b.ms! - a.ms!).slice(0, 12);
  console.log("slowest: " + slowest.map((r) => `${r.rel} ${(r.ms! / 1000).toFixed(1)} s`).join(", "));
  const header = [
    `gort conformance over ${GO_TEST_DIR} (Go 1.19) "// run" tests; see tools/conformance.ts`,
    `max-steps ${maxSteps}, host timeout ${HOST_TIMEOUT_MS / 1000} s, ${WORKERS} workers`,
  ];
  const text = formatResults(results, header);
  for (const l of text.split("\n").filter((x) => x.startsWith("# totals"))) console.log(l);
  console.log(`conformance: ${tests.length} programs in ${secs} s`);
  const partial = filters.length > 0 || dirs.length !== MAIN_DIRS.length + EXTRA_DIRS.length;
  if (fs.existsSync(file)) {
    const { regressions, improvements } = compareWithCommitted(committed, results);
    for (const r of regressions) console.log(`REGRESSION ${r}`);
    if (improvements.length > 0) console.log(`conformance improved (${improvements.length} new passes): run npm run conformance -- --update`);
  }
  if (argv.includes("--update")) {
    if (partial) { console.error("conformance: --update needs a full run (no filters)"); return 1; }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  main(process.argv.slice(2)).then((c) => (process.exitCode = c));
}
