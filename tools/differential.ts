// Differential harness: gort's output on every testdata/run program against the recorded golden.
//
// Models nothing in Go; this is a tool. Three checks:
//   (a) gort vs golden (always; needs no Go toolchain). A deterministic program passes when the
//       exit code, masked stdout and masked stderr equal the golden's (masking: tools/golden.ts).
//       A sched/ program passes when every outcome real Go showed is reached by gort under some
//       seed in 1..SCHED_SEEDS (an inclusion check; gort may reach more outcomes than recorded).
//   (b) golden vs source (always): the golden's `source` digest must equal the program's
//       current sourceDigest, so a program edited without re-recording its golden fails.
//   (c) golden vs real Go (only with --go-check, or GORT_GO_CHECK=1 in the test, and Go 1.19
//       installed): every golden is rebuilt and re-run under real Go (record-go.ts
//       checkCurrent). It is not part of npm test: it took about half of the differential
//       test's time, and a golden of a program whose output real Go orders either way made the
//       suite flaky. (b) catches the usual cause of a stale golden; `npm run record -- --stamp`
//       re-checks every golden against real Go and refreshes the digests.
//
// Known failures live in testdata/expectations/known-failures.txt, one per line:
//     <glob> <category> <reason...>        e.g.  sched/*  scheduler  select fairness not modelled
// The glob matches program names ("ints/wrap"); `*` matches within one path segment, `**` across
// segments. A listed program that fails is reported but is not an error. A listed program that
// passes is an error ("remove it from known-failures"): the list is a ratchet.
//
// gort is run as `gort run --cpus N [--seed S] TARGET -- ARGS` with cwd = the program's
// directory, where N is the golden's GOMAXPROCS, in long-lived processes that run the CLI's
// main() (tools/cli-pool.ts).
//
// Usage: node dist/tools/differential.js [--write-known] [--go-check] [substring...]
//   --write-known rewrites known-failures.txt to list exactly the programs that fail now, keeping
//   the categories and reasons of entries that still apply.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  GO_BIN, GORT_CPUS, diffOutcome, discoverPrograms, gortFailureKind, maskDir,
  outcomeKey, readGolden, repoRoot, sameOutcome, sourceDigest, type Golden, type Outcome, type Program,
} from "./golden.js";
import { CliSlot } from "./cli-pool.js";
import { checkCurrent } from "./record-go.js";

export const SCHED_SEEDS = 50;
const GORT_TIMEOUT_MS = 30_000;
const WORKERS = 2;

export interface KnownFailure {
  glob: string;
  category: string;
  reason: string;
}

export interface ProgramResult {
  name: string;
  ok: boolean;
  /** Why it failed: "" when ok. */
  reason: string;
  known?: KnownFailure;
  /** Problems from checks (b) and (c): the golden no longer matches the source or real Go. */
  stale?: string;
}

export function knownFailuresPath(): string {
  return path.join(repoRoot(), "testdata", "expectations", "known-failures.txt");
}

export function readKnownFailures(file = knownFailuresPath()): KnownFailure[] {
  if (!fs.existsSync(file)) return [];
  const out: KnownFailure[] = [];
  for (const raw of fs.readFileSync(file, "utf8").split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const [glob = "", category = "", ...rest] = line.split(/\s+/);
    out.push({ glob, category, reason: rest.join(" ") });
  }
  return out;
}

/** Converts a known-failures glob to a RegExp over program names. */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === "*" && glob[i + 1] === "*") {
      re += ".*";
      i++;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

export function findKnown(name: string, known: KnownFailure[]): KnownFailure | undefined {
  return known.find((k) => globToRegExp(k.glob).test(name));
}

/** Runs gort once on p in slot's process (tools/cli-pool.ts), with the environment real Go
 *  had (env: the golden's), and with gort's invariant checks on (--check: a violation is a
 *  SimBug, which fails the comparison). Never throws: a timeout becomes an outcome. */
export async function runGort(slot: CliSlot, p: Program, cpus: number, seed?: number, env: Record<string, string> = {}): Promise<Outcome> {
  const args = ["run", "--check", "--cpus", String(cpus)];
  for (const [k, v] of Object.entries(env)) args.push("--env", `${k}=${v}`);
  if (seed !== undefined) args.push("--seed", String(seed));
  args.push(p.target, "--", ...p.args);
  const r = await slot.run(args, p.dir, GORT_TIMEOUT_MS, process.env, p.stdin);
  const note = r.timedOut ? `[killed after ${GORT_TIMEOUT_MS} ms of CPU]\n` : "";
  const o = { exit: r.timedOut ? -2 : (r.exitCode ?? -1), stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8") + note };
  return { ...o, stdout: maskDir(o.stdout, p.dir), stderr: maskDir(o.stderr, p.dir) };
}

function cpusOf(g: Golden): number {
  const n = Number(g.env["GOMAXPROCS"]);
  return Number.isInteger(n) && n > 0 ? n : GORT_CPUS;
}

function describe(o: Outcome): string {
  const kind = gortFailureKind(o);
  const first = o.stderr.split("\n").find((l) => l.trim() !== "") ?? "";
  if (o.exit === -1 || o.exit === -2) return first;
  if (kind === "wrong") return "";
  return `${kind}: ${first.slice(0, 160)}`;
}

/** Check (a) for one deterministic program. */
async function checkDeterministic(slot: CliSlot, p: Program, g: Golden): Promise<string> {
  const got = await runGort(slot, p, cpusOf(g), undefined, g.env);
  const why = describe(got);
  if (why !== "") return why;
  return diffOutcome(g as Outcome, got);
}

/** Check (a) for one sched program: every recorded outcome must be reached by some seed. */
async function checkSched(slot: CliSlot, p: Program, g: Golden): Promise<string> {
  const want = g.outcomes ?? [];
  const missing = want.slice();
  let last = "";
  for (let seed = 1; seed <= SCHED_SEEDS && missing.length > 0; seed++) {
    const got = await runGort(slot, p, cpusOf(g), seed, g.env);
    const why = describe(got);
    if (got.exit === -1 || gortFailureKind(got) !== "wrong") return why;
    const key = outcomeKey(got);
    const hit = missing.findIndex((o) => sameOutcome(o, key));
    if (hit >= 0) missing.splice(hit, 1);
    last = JSON.stringify(key).slice(0, 160);
  }
  if (missing.length === 0) return "";
  const first = JSON.stringify(missing[0]).slice(0, 160);
  return `${missing.length} of ${want.length} real outcomes unreached in ${SCHED_SEEDS} seeds, e.g. ${first}; gort last gave ${last}`;
}

export async function checkProgram(slot: CliSlot, p: Program, known: KnownFailure[]): Promise<ProgramResult> {
  const g = readGolden(p);
  const k = findKnown(p.name, known);
  if (!g) return { name: p.name, ok: false, reason: "no golden (run npm run record)", known: k };
  const reason = p.sched ? await checkSched(slot, p, g) : await checkDeterministic(slot, p, g);
  return { name: p.name, ok: reason === "", reason, known: k };
}

/** Runs check (a) over programs in WORKERS long-lived gort processes. */
export async function runAll(progs: Program[], known: KnownFailure[]): Promise<ProgramResult[]> {
  const results: ProgramResult[] = new Array(progs.length);
  let next = 0;
  const worker = async () => {
    const slot = new CliSlot({ memMb: 3072, wallFactor: 4 });
    try {
      while (next < progs.length) {
        const i = next++;
        results[i] = await checkProgram(slot, progs[i] as Program, known);
      }
    } finally {
      slot.close();
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  return results;
}

/** Check (b): marks results whose golden no longer matches real Go. */
export async function checkGoldensCurrent(progs: Program[], results: ProgramResult[]): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gort-diff-"));
  let next = 0;
  const worker = async () => {
    while (next < progs.length) {
      const i = next++;
      const { why, isNew } = await checkCurrent(progs[i]!, tmp);
      const r = results[i];
      if (r && why !== "" && !isNew) r.stale = why;
    }
  };
  try {
    await Promise.all(Array.from({ length: WORKERS }, worker));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export function goAvailable(): boolean {
  return fs.existsSync(GO_BIN);
}

/** Check (b): marks each program whose golden was recorded from other sources than it has now. */
export function checkDigests(progs: Program[], results: ProgramResult[]): void {
  progs.forEach((p, i) => {
    const g = readGolden(p);
    const r = results[i];
    if (!g || !r) return;
    const now = sourceDigest(p);
    if (g.source !== now) {
      r.stale = g.source === undefined ? "golden has no source digest" : `recorded from other sources (digest ${g.source}, now ${now})`;
    }
  });
}

/** The errors that make the differential test fail. */
export function problems(results: ProgramResult[]): string[] {
  const out: string[] = [];
  for (const r of results) {
    if (r.stale) out.push(`${r.name}: golden is stale (npm run record -- ${r.name}): ${r.stale}`);
    if (!r.ok && !r.known) out.push(`${r.name}: ${r.reason}`);
    if (r.ok && r.known) out.push(`${r.name}: passes now; remove it from known-failures (${r.known.glob})`);
  }
  return out;
}

export function report(results: ProgramResult[]): string {
  const lines = results.map((r) => {
    const tag = r.ok ? (r.known ? "PASS*" : "pass ") : r.known ? "known" : "FAIL ";
    return `${tag} ${r.name}${r.reason ? ": " + r.reason : ""}`;
  });
  const pass = results.filter((r) => r.ok).length;
  const known = results.filter((r) => !r.ok && r.known).length;
  lines.push(`differential: ${pass} pass, ${known} known failures, ${results.length - pass - known} new failures, ${results.length} programs`);
  return lines.join("\n");
}

function writeKnown(results: ProgramResult[], known: KnownFailure[]): void {
  const rows = [
    "# Known differential failures: <glob> <category> <reason...>. See tools/differential.ts.",
    "# A listed program that passes fails the test (ratchet): delete its line.",
  ];
  const failing = results.filter((r) => !r.ok).map((r) => r.name);
  const passing = results.filter((r) => r.ok).map((r) => r.name);
  const covered = new Set<string>();
  for (const k of known) {
    const re = globToRegExp(k.glob);
    const fails = failing.filter((n) => re.test(n) && !covered.has(n));
    if (fails.length === 0) continue;
    if (passing.some((n) => re.test(n))) {
      for (const n of fails) rows.push(`${n} ${k.category} ${k.reason}`);
    } else rows.push(`${k.glob} ${k.category} ${k.reason}`);
    for (const n of fails) covered.add(n);
  }
  for (const r of results) {
    if (r.ok || covered.has(r.name)) continue;
    const reason = (r.reason || "fails").replace(/\s+/g, " ").slice(0, 120);
    rows.push(`${r.name} ${categoryOf(r.reason)} ${reason}`);
  }
  fs.writeFileSync(knownFailuresPath(), rows.join("\n") + "\n");
}

function categoryOf(reason: string): string {
  for (const c of ["crash", "limit", "unsupported"]) if (reason.startsWith(c + ":")) return c;
  if (reason.startsWith("gort CLI missing")) return "no-cli";
  return "wrong";
}

async function main(argv: string[]): Promise<number> {
  const filters = argv.filter((a) => !a.startsWith("--"));
  const progs = discoverPrograms().filter((p) => filters.length === 0 || filters.some((f) => p.name.includes(f)));
  const known = readKnownFailures();
  const results = await runAll(progs, known);
  checkDigests(progs, results);
  if (argv.includes("--go-check") && goAvailable()) await checkGoldensCurrent(progs, results);
  console.log(report(results));
  if (argv.includes("--write-known")) writeKnown(results, known);
  const bad = problems(results);
  for (const b of bad) console.error("error: " + b);
  return bad.length === 0 || argv.includes("--write-known") ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  main(process.argv.slice(2)).then((c) => (process.exitCode = c));
}
