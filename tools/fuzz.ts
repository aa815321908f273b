// The bad-input fuzzer: mutates Go programs, runs gort on them with small limits, and lists the
// distinct ways gort itself failed (`npm run fuzz -- --count 10000`).
//
// Models nothing in Go. It checks the house rule that every input, valid or not, ends in one of
// gort's documented ways (README "What you get back"): never an internal error (exit 70), a
// dead host process, or a hang.
//
// Pipeline: the corpus (every program under testdata/ and bench/, and Go's own test programs
// from /usr/share/go-1.19/test when installed, read at run time and never copied) → case i of
// the campaign (tools/fuzz-mutate.ts, a function of the corpus, --seed and i) → a run in a
// worker process through src/api.ts (tools/fuzz-worker.ts), or with --mode process in a fresh
// `node bin/gort.js run` → a class and a signature (tools/fuzz-classify.ts) → for the bad
// classes, the program, gort's output and a JSON of the case under --out/<class>/<hash>.* →
// a summary of the distinct problems, with counts and the smallest example of each. With
// --reduce, each example (timeouts aside) is shrunk by delta debugging over its lines
// (tools/fuzz-reduce.ts). Each problem's example is then re-run in a fresh CLI process
// (--no-confirm skips it), since the worker keeps gort's module state between cases.
//
// Usage: node dist/tools/fuzz.js [--count N] [--seed S] [-j N] [--out DIR] [--survey]
//          [--timeout 10s] [--wall-factor 5] [--retry-timeout D] [--mem MiB]
//          [--max-steps N] [--max-time D] [--heap-limit B] [--max-goroutines N]
//          [--mode inproc|process] [--no-go-tests] [--known FILE] [--no-confirm] [--reduce]
//          [--first N] [--case N] [--dump N] [--quiet]
//        node dist/tools/fuzz.js --reduce-file /tmp/gort-fuzz/internal/HASH.go
// --timeout is CPU time of the case's process; the wall-clock limit is --wall-factor times it
// (tools/fuzz-exec.ts). --mem caps the resident memory of each process (MiB).
// Exit status: 1 when a bad finding (INTERNAL, NODE ABORT, TIMEOUT) not matched by --known was
// found, unless --survey; 0 otherwise.

import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { newGoParser } from "../src/host/treesitter.js";
import {
  BAD_CLASSES, CLASS_ORDER, SAVED_CLASSES, classify, classToken, matchKnown, parseKnown,
  type FuzzClass, type KnownLine, type RawResult,
} from "./fuzz-classify.js";
import { InprocSlot, gortFlags, runProcess, type ExecOptions, type Job } from "./fuzz-exec.js";
import { makeCase, normaliseSeed, type Case, type Seed } from "./fuzz-mutate.js";
import { reduceFinding } from "./fuzz-reduce.js";
import type { Limits } from "./fuzz-worker.js";
import { repoRoot } from "./golden.js";

export const GO_TEST_DIR = "/usr/share/go-1.19/test";

export interface FuzzOptions {
  seed: number;
  count: number;
  /** First case index (cases first..first+count-1). */
  first: number;
  jobs: number;
  /** CPU time a case may use; the wall-clock limit is wallFactor times it. */
  timeoutMs: number;
  wallFactor: number;
  /** A timed-out case whose signature is not known is run again with this timeout (0: never),
   *  so that a busy machine is not taken for a hang. */
  retryTimeoutMs: number;
  /** Known problems (tools/fuzz-known.txt): a known timeout is not retried. */
  known: KnownLine[];
  out: string;
  mode: "inproc" | "process";
  goTests: boolean;
  confirm: boolean;
  /** Shrink each problem's smallest example (not timeouts) by delta debugging over lines. */
  reduce: boolean;
  memMb: number;
  limits: Limits;
  /** Print progress to stderr. */
  progress: boolean;
}

export const defaultLimits: Limits = {
  maxSteps: 500_000,
  maxSimNs: 1e9,
  maxHeapBytes: 64 << 20,
  maxGoroutines: 10_000,
};

export function defaultOptions(): FuzzOptions {
  return {
    seed: 1, count: 500, first: 0, jobs: Math.max(1, os.availableParallelism()), timeoutMs: 10_000, wallFactor: 5,
    retryTimeoutMs: 0, known: [],
    out: path.join(os.tmpdir(), "gort-fuzz"), mode: "inproc", goTests: true, confirm: true, reduce: false,
    memMb: 1024, limits: defaultLimits, progress: false,
  };
}

// ---- The corpus -------------------------------------------------------------------------------

function goFiles(dir: string, skipDir: (d: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!skipDir(full)) out.push(...goFiles(full, skipDir));
    } else if (e.isFile() && e.name.endsWith(".go") && !e.name.endsWith("_test.go")) out.push(full);
  }
  return out.sort();
}

/** The seed programs, in a fixed order: the repository's, then Go's test suite's. */
export function loadCorpus(goTests: boolean): Seed[] {
  const root = repoRoot();
  // A directory whose .go files form one program (testdata/run/structure/twofiles, a module of
  // testdata/run/modules or testdata/build) is skipped: a case is a single file.
  const dirProgram = (d: string) => fs.existsSync(d + ".golden") || fs.existsSync(d + ".out");
  const repo = [
    ...goFiles(path.join(root, "testdata"), dirProgram),
    ...goFiles(path.join(root, "bench"), () => true),
  ];
  const seeds: Seed[] = [];
  for (const f of repo) seeds.push({ name: path.relative(root, f), text: normaliseSeed(fs.readFileSync(f, "utf8")) });
  if (goTests) {
    // Directories named x.dir hold the packages of multi-file tests: not programs on their own.
    for (const f of goFiles(GO_TEST_DIR, (d) => d.endsWith(".dir"))) {
      if (fs.statSync(f).size > 100_000) continue;
      seeds.push({ name: "$GOROOT/test/" + path.relative(GO_TEST_DIR, f), text: normaliseSeed(fs.readFileSync(f, "utf8")) });
    }
  }
  return seeds;
}

// ---- Findings ---------------------------------------------------------------------------------

export interface Problem {
  cls: FuzzClass;
  sig: string;
  count: number;
  /** The smallest example: its path under --out and its size. */
  example: string;
  exampleBytes: number;
  /** Saved examples (at most MAX_SAVED, plus any smaller one found later). */
  saved: number;
  /** The class a fresh `gort run` gave for the example, when confirmed. */
  confirmed?: FuzzClass;
  confirmSig?: string;
  /** The example shrunk by --reduce, when that made it smaller. */
  reduced?: string;
  reducedBytes?: number;
  known?: KnownLine;
}

export interface CaseRecord {
  index: number;
  kind: string;
  origin: string;
  ops: string[];
  cls: FuzzClass;
  sig: string;
  ms: number;
}

export interface Campaign {
  opts: FuzzOptions;
  corpusSize: number;
  counts: Map<FuzzClass, number>;
  problems: Map<string, Problem>;
  records: CaseRecord[];
  seconds: number;
  /** Worker processes started (in-process mode). */
  starts: number;
}

const MAX_SAVED = 10;

function hashOf(b: Buffer): string {
  return createHash("sha1").update(b).digest("hex").slice(0, 12);
}

function slug(cls: FuzzClass): string {
  return cls.toLowerCase().replace(/ /g, "-");
}

function hintOf(c: Case): string {
  if (c.kind === "bomb") return `bomb ${c.origin.replace(/\(\d+\)$/, "")}`;
  if (c.kind === "seed") return "seed";
  const last = c.ops[c.ops.length - 1] ?? "";
  return `mutant, last edit ${last.replace(/\(\d+\)$/, "")}`;
}

/** Saves a bad case under out/<class>/<hash>.{go,json,out} and returns the .go path. */
function saveCase(o: FuzzOptions, c: Case, job: Job, r: RawResult, cls: FuzzClass, sig: string, ms: number): string {
  const dir = path.join(o.out, slug(cls));
  fs.mkdirSync(dir, { recursive: true });
  const base = job.name.replace(/^\.\//, "").replace(/\.go$/, "");
  const goPath = path.join(dir, base + ".go");
  fs.writeFileSync(goPath, job.bytes);
  fs.writeFileSync(path.join(dir, base + ".out"),
    `exit ${r.exitCode ?? "-"} signal ${r.signal ?? "-"} timedOut ${r.timedOut} phase ${r.phase || "-"}\n--- stdout ---\n${r.stdout}\n--- stderr ---\n${r.stderr}${r.hostStderr ? `\n--- host stderr ---\n${r.hostStderr}` : ""}`, "latin1");
  const replay = `cd ${dir} && node ${path.join(repoRoot(), "bin", "gort.js")} run ${gortFlags(job, o.limits).join(" ")} ${base}.go`;
  const json = {
    class: cls, signature: sig, campaignSeed: o.seed, case: c.index, kind: c.kind, origin: c.origin, ops: c.ops,
    gortSeed: c.gortSeed, cpus: c.cpus, limits: o.limits, exitCode: r.exitCode, signal: r.signal, phase: r.phase, ms, replay,
    regenerate: `node dist/tools/fuzz.js --seed ${o.seed} --dump ${c.index}${o.goTests ? "" : " --no-go-tests"}`,
  };
  fs.writeFileSync(path.join(dir, base + ".json"), JSON.stringify(json, null, 2) + "\n");
  return goPath;
}

function record(camp: Campaign, c: Case, job: Job, r: RawResult, ms: number): void {
  const { cls, sig } = classify(r, hintOf(c));
  camp.counts.set(cls, (camp.counts.get(cls) ?? 0) + 1);
  camp.records.push({ index: c.index, kind: c.kind, origin: c.origin, ops: c.ops, cls, sig, ms: Math.round(ms) });
  if (!SAVED_CLASSES.has(cls)) return;
  const key = `${cls}\u0000${sig}`;
  let p = camp.problems.get(key);
  const smaller = !p || job.bytes.length < p.exampleBytes;
  if (!p || p.saved < MAX_SAVED || smaller) {
    const file = saveCase(camp.opts, c, job, r, cls, sig, ms);
    if (!p) {
      p = { cls, sig, count: 0, example: file, exampleBytes: job.bytes.length, saved: 0 };
      camp.problems.set(key, p);
    }
    p.saved++;
    if (smaller) {
      p.example = file;
      p.exampleBytes = job.bytes.length;
    }
  }
  p!.count++;
}

// ---- The campaign -----------------------------------------------------------------------------

function jobOf(c: Case, o: FuzzOptions): Job {
  const name = `./${hashOf(c.bytes)}.go`;
  return { name, path: path.join(o.out, name.slice(2)), bytes: c.bytes, seed: c.gortSeed, cpus: c.cpus };
}

function execOptions(o: FuzzOptions): ExecOptions {
  return { timeoutMs: o.timeoutMs, wallFactor: o.wallFactor, memMb: o.memMb, limits: o.limits };
}

/** Runs a campaign; log receives progress lines. */
export async function runCampaign(o: FuzzOptions, log: (line: string, done: number) => void = () => {}): Promise<Campaign> {
  const t0 = performance.now();
  const corpus = loadCorpus(o.goTests);
  const parser = await newGoParser();
  fs.mkdirSync(o.out, { recursive: true });
  const camp: Campaign = { opts: o, corpusSize: corpus.length, counts: new Map(), problems: new Map(), records: [], seconds: 0, starts: 0 };
  const ex = execOptions(o);
  let next = o.first;
  const end = o.first + o.count;
  let done = 0;
  const slots: InprocSlot[] = [];
  const lane = async (k: number) => {
    const slot = o.mode === "inproc" ? new InprocSlot(ex) : undefined;
    if (slot) slots.push(slot);
    while (next < end) {
      const c = makeCase(corpus, parser, o.seed, next++);
      const job = jobOf(c, o);
      const t = performance.now();
      const exec = (timeoutMs: number) => slot ? slot.run(job, timeoutMs) : runProcess(job, path.join(o.out, ".work", String(k)), ex, timeoutMs);
      let r = await exec(o.timeoutMs);
      if (r.timedOut && o.retryTimeoutMs > 0) {
        const v = classify(r, hintOf(c));
        if (!matchKnown(o.known, v.cls, v.sig)) r = await exec(o.retryTimeoutMs);
      }
      record(camp, c, job, r, performance.now() - t);
      done++;
      if (o.progress) log(progressLine(camp, done, o.count), done);
    }
  };
  try {
    await Promise.all(Array.from({ length: o.jobs }, (_, k) => lane(k)));
  } finally {
    for (const s of slots) s.close();
    camp.starts = slots.reduce((n, s) => n + s.starts, 0);
    fs.rmSync(path.join(o.out, ".work"), { recursive: true, force: true });
  }
  camp.records.sort((a, b) => a.index - b.index);
  if (o.reduce) await reduceProblems(camp, log);
  if (o.confirm) await confirmProblems(camp);
  camp.seconds = (performance.now() - t0) / 1000;
  writeReports(camp);
  return camp;
}

interface SavedCase {
  job: Job;
  hint: string;
}

/** A saved example's job (its file, seed and CPUs) and timeout hint, from its JSON. */
function savedCase(file: string): SavedCase {
  const meta = JSON.parse(fs.readFileSync(file.replace(/\.go$/, ".json"), "utf8")) as { gortSeed: number; cpus: number; case: number; kind: string; origin: string; ops: string[] };
  const job: Job = { name: "./" + path.basename(file), path: file, bytes: fs.readFileSync(file), seed: meta.gortSeed, cpus: meta.cpus };
  const c = { index: meta.case, kind: meta.kind, origin: meta.origin, ops: meta.ops } as Case;
  return { job, hint: hintOf(c) };
}

/** Runs f over the problems, o.jobs at a time. */
async function eachProblem(camp: Campaign, ps: Problem[], f: (p: Problem, k: number) => Promise<void>): Promise<void> {
  const todo = ps.slice();
  const lane = async (k: number) => {
    for (let p = todo.shift(); p; p = todo.shift()) await f(p, k);
  };
  await Promise.all(Array.from({ length: camp.opts.jobs }, (_, k) => lane(k)));
}

const REDUCE_BUDGET = 300;

/** Shrinks each problem's smallest example, except timeouts; writes <hash>.min.go beside it. */
async function reduceProblems(camp: Campaign, log: (line: string, done: number) => void): Promise<void> {
  const slots = Array.from({ length: camp.opts.jobs }, () => new InprocSlot(execOptions(camp.opts)));
  const ps = [...camp.problems.values()].filter((p) => p.cls !== "TIMEOUT");
  try {
    await eachProblem(camp, ps, async (p, k) => {
      const { job, hint } = savedCase(p.example);
      const r = await reduceFinding(slots[k]!, job, p.cls, p.sig, hint, REDUCE_BUDGET);
      log(`reduced ${p.sig.slice(0, 80)}: ${p.exampleBytes} → ${r.bytes.length} bytes in ${r.runs} runs`, 0);
      if (r.bytes.length >= p.exampleBytes) return;
      p.reduced = p.example.replace(/\.go$/, ".min.go");
      p.reducedBytes = r.bytes.length;
      fs.writeFileSync(p.reduced, r.bytes);
    });
  } finally {
    for (const s of slots) s.close();
  }
}

/** Re-runs each problem's example (reduced if it was) in a fresh CLI process. */
async function confirmProblems(camp: Campaign): Promise<void> {
  const o = camp.opts;
  await eachProblem(camp, [...camp.problems.values()], async (p) => {
    const { job, hint } = savedCase(p.example);
    if (p.reduced) {
      job.bytes = fs.readFileSync(p.reduced);
      job.name = "./" + path.basename(p.reduced);
    }
    // Allow for the CLI's start-up, which the in-process worker did not pay.
    const r = await runProcess(job, path.join(o.out, ".confirm"), execOptions(o), o.timeoutMs + 5000);
    const v = classify(r, hint);
    p.confirmed = v.cls;
    p.confirmSig = v.sig;
  });
  fs.rmSync(path.join(o.out, ".confirm"), { recursive: true, force: true });
}

function progressLine(camp: Campaign, done: number, total: number): string {
  const parts = CLASS_ORDER.filter((c) => camp.counts.has(c)).map((c) => `${c} ${camp.counts.get(c)}`);
  return `[${done}/${total}] ${parts.join(", ")}`;
}

// ---- Reports ----------------------------------------------------------------------------------

export function problemsInOrder(camp: Campaign): Problem[] {
  const rank = (c: FuzzClass) => CLASS_ORDER.indexOf(c);
  return [...camp.problems.values()].sort((a, b) => rank(a.cls) - rank(b.cls) || b.count - a.count || a.sig.localeCompare(b.sig));
}

/** Marks problems matched by the known file; returns the bad ones it does not match. */
export function applyKnown(camp: Campaign, known: readonly KnownLine[]): Problem[] {
  const unknown: Problem[] = [];
  for (const p of camp.problems.values()) {
    p.known = matchKnown(known, p.cls, p.sig);
    if (!p.known && BAD_CLASSES.has(p.cls)) unknown.push(p);
  }
  return unknown;
}

export function summary(camp: Campaign): string {
  const o = camp.opts;
  const kinds = new Map<string, number>();
  for (const r of camp.records) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  const rate = camp.records.length / Math.max(camp.seconds, 1e-9);
  const lines = [
    `gort fuzz: seed ${o.seed}, cases ${o.first}..${o.first + o.count - 1} (${[...kinds].map(([k, n]) => `${n} ${k}s`).join(", ")}), ` +
      `corpus ${camp.corpusSize} programs, ${o.jobs} jobs, mode ${o.mode}: ${camp.seconds.toFixed(1)} s, ${rate.toFixed(1)} cases/s` +
      (o.mode === "inproc" ? `, ${camp.starts} worker starts` : ""),
    "",
  ];
  for (const c of CLASS_ORDER) {
    const n = camp.counts.get(c) ?? 0;
    if (n > 0) lines.push(`  ${c.padEnd(16)} ${String(n).padStart(6)}  ${((n * 100) / camp.records.length).toFixed(1).padStart(5)}%`);
  }
  const probs = problemsInOrder(camp);
  if (probs.length > 0) {
    lines.push("", `distinct problems (${probs.length}):`);
    for (const p of probs) {
      const conf = p.confirmed === undefined ? "" : p.confirmed === p.cls ? "; gort run confirms" : `; gort run gave ${p.confirmed}${p.confirmSig ? ` (${p.confirmSig})` : ""}`;
      lines.push(`  ${classToken(p.cls).padEnd(10)} ${String(p.count).padStart(5)}  ${p.sig}${p.known ? "   [known]" : ""}`);
      const red = p.reduced ? `; reduced: ${p.reduced} (${p.reducedBytes} bytes)` : "";
      lines.push(`  ${"".padEnd(16)} e.g. ${p.example} (${p.exampleBytes} bytes${red}${conf})`);
    }
  }
  lines.push("", `findings and cases.jsonl under ${o.out}`);
  return lines.join("\n") + "\n";
}

function writeReports(camp: Campaign): void {
  const o = camp.opts;
  fs.writeFileSync(path.join(o.out, "cases.jsonl"), camp.records.map((r) => JSON.stringify(r)).join("\n") + "\n");
  const probs = problemsInOrder(camp).map((p) => ({ ...p, known: p.known?.glob }));
  const counts = Object.fromEntries(CLASS_ORDER.filter((c) => camp.counts.has(c)).map((c) => [c, camp.counts.get(c)]));
  fs.writeFileSync(path.join(o.out, "summary.json"), JSON.stringify({ options: { ...o, known: undefined }, seconds: camp.seconds, counts, problems: probs }, null, 2) + "\n");
}

export function knownPath(): string {
  return path.join(repoRoot(), "tools", "fuzz-known.txt");
}

export function readKnown(file = knownPath()): KnownLine[] {
  return fs.existsSync(file) ? parseKnown(fs.readFileSync(file, "utf8")) : [];
}

// ---- Command line -----------------------------------------------------------------------------

function parseDuration(s: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(s);
  if (!m) throw new Error(`bad duration ${s}`);
  return Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000 } as Record<string, number>)[m[2] ?? "s"]!;
}

function parseBytes(s: string): number {
  const m = /^(\d+)(KiB|MiB|GiB)?$/.exec(s);
  if (!m) throw new Error(`bad size ${s}`);
  return Number(m[1]) * ({ KiB: 1024, MiB: 1 << 20, GiB: 1 << 30 } as Record<string, number>)[m[2] ?? "MiB"]!;
}

interface Cli {
  o: FuzzOptions;
  known: string | undefined;
  survey: boolean;
  dump: number | undefined;
  reduceFile: string | undefined;
}

function parseArgs(argv: string[]): Cli {
  const o = defaultOptions();
  o.progress = true;
  const cli: Cli = { o, known: undefined, survey: false, dump: undefined, reduceFile: undefined };
  const limits = { ...o.limits };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const val = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const num = () => {
      const v = Number(val());
      if (!Number.isFinite(v) || v < 0) throw new Error(`${a} needs a non-negative number`);
      return v;
    };
    switch (a) {
      case "--count": o.count = num(); break;
      case "--seed": o.seed = num(); break;
      case "--first": o.first = num(); break;
      case "-j": case "--jobs": o.jobs = Math.max(1, num()); break;
      case "--timeout": o.timeoutMs = parseDuration(val()); break;
      case "--wall-factor": o.wallFactor = Math.max(1, num()); break;
      case "--out": o.out = path.resolve(val()); break;
      case "--mode": {
        const m = val();
        if (m !== "inproc" && m !== "process") throw new Error("--mode is inproc or process");
        o.mode = m;
        break;
      }
      case "--no-go-tests": o.goTests = false; break;
      case "--no-confirm": o.confirm = false; break;
      case "--reduce": o.reduce = true; break;
      case "--mem": o.memMb = num(); break;
      case "--max-steps": limits.maxSteps = num(); break;
      case "--max-time": limits.maxSimNs = parseDuration(val()) * 1e6; break;
      case "--heap-limit": limits.maxHeapBytes = parseBytes(val()); break;
      case "--max-goroutines": limits.maxGoroutines = num(); break;
      case "--known": cli.known = val(); break;
      case "--retry-timeout": o.retryTimeoutMs = parseDuration(val()); break;
      case "--survey": cli.survey = true; break;
      case "--case": o.first = num(); o.count = 1; break;
      case "--dump": cli.dump = num(); break;
      case "--reduce-file": cli.reduceFile = path.resolve(val()); break;
      case "--quiet": o.progress = false; break;
      default: throw new Error(`unknown flag ${a}`);
    }
  }
  o.limits = limits;
  return cli;
}

/** Shrinks one saved finding (FILE.go beside its FILE.json) to FILE.min.go. */
async function reduceFile(o: FuzzOptions, file: string): Promise<number> {
  const meta = JSON.parse(fs.readFileSync(file.replace(/\.go$/, ".json"), "utf8")) as { class: FuzzClass; signature: string; limits: Limits };
  const { job, hint } = savedCase(file);
  const slot = new InprocSlot({ ...execOptions(o), limits: meta.limits });
  try {
    const r = await reduceFinding(slot, job, meta.class, meta.signature, hint, REDUCE_BUDGET);
    const out = file.replace(/\.go$/, ".min.go");
    fs.writeFileSync(out, r.bytes);
    process.stdout.write(`${meta.class}: ${meta.signature}\n${job.bytes.length} → ${r.bytes.length} bytes in ${r.runs} runs: ${out}\n`);
  } finally {
    slot.close();
  }
  return 0;
}

async function dump(o: FuzzOptions, index: number): Promise<void> {
  const c = makeCase(loadCorpus(o.goTests), await newGoParser(), o.seed, index);
  process.stderr.write(`case ${index}: ${c.kind} ${c.origin} [${c.ops.join(", ")}] gort --seed ${c.gortSeed} --cpus ${c.cpus}\n`);
  process.stdout.write(c.bytes);
}

export async function main(argv: string[]): Promise<number> {
  let cli: Cli;
  try {
    cli = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`fuzz: ${(e as Error).message}\n`);
    return 2;
  }
  if (cli.dump !== undefined) {
    await dump(cli.o, cli.dump);
    return 0;
  }
  if (cli.reduceFile !== undefined) return reduceFile(cli.o, cli.reduceFile);
  const known = cli.known ? parseKnown(fs.readFileSync(cli.known, "utf8")) : [];
  cli.o.known = known;
  const tty = process.stderr.isTTY === true;
  const camp = await runCampaign(cli.o, (s, done) => {
    // done is 0 for lines after the cases (--reduce).
    if (tty && done > 0) process.stderr.write(`\r${s.slice(0, (process.stderr.columns || 160) - 1)}\x1b[K`);
    else if (done % 100 === 0) process.stderr.write(s + "\n");
  });
  if (cli.o.progress && tty) process.stderr.write("\n");
  const unknown = applyKnown(camp, known);
  process.stdout.write(summary(camp));
  if (unknown.length > 0 && !cli.survey) {
    process.stdout.write(`\n${unknown.length} bad problem(s)${cli.known ? " not in " + cli.known : ""}: exit 1 (--survey to allow)\n`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
