// Records goldens for testdata/run from real Go 1.19 (`npm run record`).
//
// Models nothing in Go; this is a tool. For every program found by discoverPrograms it:
//   1. builds the program once with /usr/lib/go-1.19/bin/go build into a temporary directory
//      (the build runs in the program's directory, so tracebacks name the real source paths);
//   2. runs the binary with cwd = the program's directory, the program's `// args:` arguments,
//      and exactly RECORD_ENV as the environment (GOMAXPROCS=2, LANG=C, TZ=UTC; nothing else),
//      overridden by the program's `// env:` line;
//   3. writes `<name>.golden` (format in tools/golden.ts). A sched/ program is run SCHED_RUNS
//      times and the golden holds the distinct outcome keys, in order of first appearance.
//
// Usage: node dist/tools/record-go.js [--check] [substring...]
//   substrings select programs by name; --check writes nothing and exits 1 if any golden is
//   stale (a new sched outcome is only reported).

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  GO_BIN, GO_STAMP, discoverPrograms, programEnv, formatGolden, maskDir, outcomeKey, readGolden,
  sameOutcome, diffOutcome, type Golden, type Outcome, type Program,
} from "./golden.js";

export const SCHED_RUNS = 20;
const RUN_TIMEOUT_MS = 60_000;

/** Builds p with real Go; returns the binary path, or throws with the compiler's output. */
export function buildReal(p: Program, outDir: string): string {
  const exe = path.join(outDir, p.name.replace(/\//g, "_"));
  const files = p.files.map((f) => path.relative(p.dir, f));
  const env = { ...process.env, GO111MODULE: "off", GOFLAGS: "" };
  const r = spawnSync(GO_BIN, ["build", "-o", exe, ...files], { cwd: p.dir, env, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`go build ${p.name} failed:\n${r.stderr}${r.error ?? ""}`);
  return exe;
}

/** Runs a built binary once; stdout/stderr have the directory mask applied. */
export function runReal(p: Program, exe: string): Outcome {
  const r = spawnSync(exe, p.args, {
    cwd: p.dir, env: programEnv(p), encoding: "utf8", timeout: RUN_TIMEOUT_MS,
    maxBuffer: 64 << 20,
  });
  if (r.error) throw new Error(`running ${p.name}: ${r.error.message}`);
  const exit = r.status ?? 128 + (r.signal ? os.constants.signals[r.signal] : 0);
  return { exit, stdout: maskDir(r.stdout, p.dir), stderr: maskDir(r.stderr, p.dir) };
}

/** Produces the golden for p from real Go (build + one run, or SCHED_RUNS runs). */
export function recordProgram(p: Program, tmp: string): Golden {
  const exe = buildReal(p, tmp);
  const base: Golden = { stamp: GO_STAMP, env: programEnv(p), args: p.args };
  if (!p.sched) return { ...base, ...runReal(p, exe) };
  const outcomes: Outcome[] = [];
  for (let i = 0; i < SCHED_RUNS; i++) {
    const key = outcomeKey(runReal(p, exe));
    if (!outcomes.some((o) => sameOutcome(o, key))) outcomes.push(key);
  }
  return { ...base, runs: SCHED_RUNS, outcomes };
}

/**
 * Checks that a committed golden still matches real Go. Returns "" when current. For a sched
 * program a fresh run only has to land in the recorded set; an outcome outside it is returned
 * with isNew = true, since 20 recorded runs may miss rare outcomes (re-record to add it).
 */
export function checkCurrent(p: Program, tmp: string): { why: string; isNew: boolean } {
  const old = readGolden(p);
  if (!old) return { why: "no golden recorded", isNew: false };
  const exe = buildReal(p, tmp);
  const now = runReal(p, exe);
  if (!p.sched) return { why: diffOutcome(old as Outcome, now), isNew: false };
  const key = outcomeKey(now);
  if ((old.outcomes ?? []).some((o) => sameOutcome(o, key))) return { why: "", isNew: false };
  return { why: `real Go produced an unrecorded outcome: ${JSON.stringify(key).slice(0, 200)}`, isNew: true };
}

function main(argv: string[]): number {
  const check = argv.includes("--check");
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
        const { why, isNew } = checkCurrent(p, tmp);
        const tag = why === "" ? "ok   " : isNew ? "NEW  " : "STALE";
        console.log(`${tag} ${p.name}${why ? ": " + why : ""}`);
        if (why !== "" && !isNew) bad++;
        continue;
      }
      const g = recordProgram(p, tmp);
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
  process.exitCode = main(process.argv.slice(2));
}
