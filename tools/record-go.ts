// Records goldens for testdata/run from real Go 1.19 (`npm run record`).
//
// Models nothing in Go; this is a tool. For every program found by discoverPrograms it:
//   1. builds the program once with /usr/lib/go-1.19/bin/go build into a temporary directory
//      (the build runs in the program's directory, so tracebacks name the real source paths;
//      a module program, a directory with a go.mod, as `go build .` in module mode, offline);
//   2. runs the binary with cwd = the program's directory, the program's `// args:` arguments,
//      NAME.stdin as its standard input when there is one (else none),
//      and exactly RECORD_ENV as the environment (GOMAXPROCS=2, LANG=C, TZ=UTC; nothing else),
//      overridden by the program's `// env:` line;
//   3. writes `<name>.golden` (format in tools/golden.ts). A sched/ program is run SCHED_RUNS
//      times and the golden holds the distinct outcome keys, in order of first appearance.
//
// Usage: node dist/tools/record-go.js [--check | --stamp] [substring...]
//   substrings select programs by name; --check writes nothing and exits 1 if any golden is
//   stale (a new sched outcome is only reported); --stamp runs the same check and writes the
//   program's current source digest into each golden that is still current, keeping its
//   recorded outcomes (the differential test compares that digest, not real Go's output).

import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  GO_BIN, GO_STAMP, discoverPrograms, programEnv, formatGolden, maskDir, outcomeKey, readGolden,
  sameOutcome, diffOutcome, sourceDigest, type Golden, type Outcome, type Program,
} from "./golden.js";

export const SCHED_RUNS = 20;
const RUN_TIMEOUT_MS = 60_000;

interface Spawned {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  error?: Error;
}

/** spawnSync's result, without blocking: the differential test builds and runs real Go while
 *  its gort runs go on. timeoutMs kills the process (error set). */
function spawnAsync(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs = 0, stdin?: Buffer): Promise<Spawned> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: [stdin ? "pipe" : "ignore", "pipe", "pipe"] });
    if (stdin) child.stdin!.end(stdin);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let error: Error | undefined;
    const timer = timeoutMs > 0 ? setTimeout(() => {
      error = new Error(`killed after ${timeoutMs} ms`);
      child.kill("SIGKILL");
    }, timeoutMs) : undefined;
    child.stdout!.on("data", (b: Buffer) => out.push(b));
    child.stderr!.on("data", (b: Buffer) => err.push(b));
    child.on("error", (e) => (error = e));
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      const r: Spawned = { status, signal, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
      resolve(error ? { ...r, error } : r);
    });
  });
}

/** Builds p with real Go; returns the binary path, or throws with the compiler's output. */
export async function buildReal(p: Program, outDir: string): Promise<string> {
  const exe = path.join(outDir, p.name.replace(/\//g, "_"));
  const files = p.files.map((f) => path.relative(p.dir, f));
  // A module program builds in module mode, offline (it imports only its own module's packages).
  const env: NodeJS.ProcessEnv = p.module
    ? { ...process.env, GOFLAGS: "", GOPROXY: "off", GOWORK: "off" }
    : { ...process.env, GO111MODULE: "off", GOFLAGS: "" };
  if (p.module) delete env["GO111MODULE"];
  const r = await spawnAsync(GO_BIN, ["build", "-o", exe, ...(p.module ? ["."] : files)], p.dir, env);
  if (r.status !== 0) throw new Error(`go build ${p.name} failed:\n${r.stderr}${r.error ?? ""}`);
  return exe;
}

/** Runs a built binary once; stdout/stderr have the directory mask applied. */
export async function runReal(p: Program, exe: string): Promise<Outcome> {
  const r = await spawnAsync(exe, p.args, p.dir, programEnv(p), RUN_TIMEOUT_MS, p.stdin);
  if (r.error) throw new Error(`running ${p.name}: ${r.error.message}`);
  const exit = r.status ?? 128 + (r.signal ? os.constants.signals[r.signal] : 0);
  return { exit, stdout: maskDir(r.stdout, p.dir), stderr: maskDir(r.stderr, p.dir) };
}

/** Produces the golden for p from real Go (build + one run, or SCHED_RUNS runs). */
export async function recordProgram(p: Program, tmp: string): Promise<Golden> {
  const exe = await buildReal(p, tmp);
  const base: Golden = { stamp: GO_STAMP, env: programEnv(p), args: p.args, source: sourceDigest(p) };
  if (!p.sched) return { ...base, ...(await runReal(p, exe)) };
  const outcomes: Outcome[] = [];
  for (let i = 0; i < SCHED_RUNS; i++) {
    const key = outcomeKey(await runReal(p, exe));
    if (!outcomes.some((o) => sameOutcome(o, key))) outcomes.push(key);
  }
  return { ...base, runs: SCHED_RUNS, outcomes };
}

/**
 * Checks that a committed golden still matches real Go. Returns "" when current. For a sched
 * program a fresh run only has to land in the recorded set; an outcome outside it is returned
 * with isNew = true, since 20 recorded runs may miss rare outcomes (re-record to add it).
 */
export async function checkCurrent(p: Program, tmp: string): Promise<{ why: string; isNew: boolean }> {
  const old = readGolden(p);
  if (!old) return { why: "no golden recorded", isNew: false };
  const exe = await buildReal(p, tmp);
  const now = await runReal(p, exe);
  if (!p.sched) return { why: diffOutcome(old as Outcome, now), isNew: false };
  const key = outcomeKey(now);
  if ((old.outcomes ?? []).some((o) => sameOutcome(o, key))) return { why: "", isNew: false };
  return { why: `real Go produced an unrecorded outcome: ${JSON.stringify(key).slice(0, 200)}`, isNew: true };
}

async function main(argv: string[]): Promise<number> {
  const stamp = argv.includes("--stamp");
  const check = stamp || argv.includes("--check");
  const filters = argv.filter((a) => !a.startsWith("--"));
  if (!fs.existsSync(GO_BIN)) {
    console.error(`record-go: ${GO_BIN} not found (apt-get install golang-1.19-go)`);
    return 1;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gort-record-"));
  let bad = 0;
  try {
    for (const p of discoverPrograms()) {
      if (filters.length > 0 && !filters.some((f) => p.name.includes(f))) continue;
      if (check) {
        const { why, isNew } = await checkCurrent(p, tmp);
        const tag = why === "" ? "ok   " : isNew ? "NEW  " : "STALE";
        console.log(`${tag} ${p.name}${why ? ": " + why : ""}`);
        if (why !== "" && !isNew) bad++;
        const old = readGolden(p);
        if (stamp && why === "" && old) fs.writeFileSync(p.goldenPath, formatGolden({ ...old, source: sourceDigest(p) }));
        continue;
      }
      const g = await recordProgram(p, tmp);
      fs.writeFileSync(p.goldenPath, formatGolden(g));
      const what = g.outcomes ? `${g.outcomes.length} outcome(s) in ${g.runs} runs` : `exit ${g.exit}`;
      console.log(`recorded ${p.name}: ${what}`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return bad === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  main(process.argv.slice(2)).then((c) => (process.exitCode = c));
}
