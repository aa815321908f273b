// `gort test -fuzz=FuzzXxx [-fuzztime=D|Nx]`: the command around the fuzz driver (fuzz/driver.ts).
//
// Models cmd/go's and testing's side of Go 1.19's fuzzing: the tests and the other fuzz tests'
// seed corpus run first (a normal run of the test binary with -test.fuzz, which skips the fuzzed
// target); then the target's types and seed corpus are listed, the driver searches, and a failure
// is written to testdata/fuzz/FuzzXxx/<sha256 of the file> in Go's corpus format and reported as
// go test -fuzz reports it, by a last run of the test binary on the minimized input and schedule.
//
// gort's addition: beside the corpus file, testdata/fuzz/FuzzXxx/.gort/<hash>.token holds the
// replay token of that last run (go test reads only the files of testdata/fuzz/FuzzXxx, not its
// subdirectories); `gort test --replay TOKEN` runs it again byte for byte, schedule included.

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run, type Program, type RunOptions } from "../api.js";
import { COVER_COUNTERS } from "../runtime/cover.js";
import { encodeToken, programHash, type TokenOptions } from "../explore/token.js";
import type { Schedule } from "../explore/steer.js";
import { fuzz, listCorpus, reportOptions } from "../fuzz/driver.js";
import { dictionary } from "../fuzz/mutator.js";
import { outText, type Flags, type Replayable, type TestFlags } from "./main.js";

type TestOnce = (f: Flags, tf: TestFlags, p: Program, opts: Omit<RunOptions, "seed">, pkg: string, s: Schedule) => number;

interface FuzzCmd {
  f: Flags;
  tf: TestFlags;
  p: Program;
  opts: Omit<RunOptions, "seed">;
  pkg: string;
  /** The package's directory (corpus files are relative to it). */
  dir: string;
  replayable: Replayable;
  fuzzTargets: string[];
}

/** -fuzztime: a duration (host time, ms) or a count of executions ("1000x"). */
export function parseFuzztime(v: string): { ms: number } | { execs: number } | undefined {
  const n = /^(\d+)x$/.exec(v);
  if (n) return Number(n[1]) > 0 ? { execs: Number(n[1]) } : undefined;
  const units: Record<string, number> = { ns: 1e-6, us: 1e-3, "µs": 1e-3, ms: 1, s: 1e3, m: 60e3, h: 3600e3 };
  let ms = 0;
  let rest = v;
  while (rest !== "") {
    const m = /^([0-9.]+)(ns|us|µs|ms|s|m|h)/.exec(rest);
    if (!m) return undefined;
    ms += Number(m[1]) * units[m[2]!]!;
    rest = rest.slice(m[0].length);
  }
  return v === "" ? undefined : { ms };
}

/** Which fuzz test -fuzz names (it must match exactly one, as Go requires). */
function pickTarget(c: FuzzCmd): string | number {
  let re: RegExp;
  try {
    re = new RegExp(c.tf.fuzz!);
  } catch {
    outText(1, `testing: invalid regexp for -test.fuzz: ${c.tf.fuzz}\nFAIL\t${c.pkg}\t0.000s\n`);
    return 1;
  }
  const matched = c.fuzzTargets.filter((t) => re.test(t));
  if (matched.length > 1) {
    outText(1, `testing: will not fuzz, -fuzz matches more than one fuzz test: [${matched.join(" ")}]\nFAIL\nexit status 1\nFAIL\t${c.pkg}\t0.000s\n`);
    return 1;
  }
  if (matched.length === 0) return 0;
  return matched[0]!;
}

/** gort test -fuzz. */
export function cmdFuzz(c: FuzzCmd, testOnce: TestOnce, tokenDefaults: TokenOptions): number {
  // The binary counts coverage: every run needs counters, the driver's or scratch ones.
  c = { ...c, opts: { ...c.opts, cover: new Uint8Array(COVER_COUNTERS) } };
  const target = pickTarget(c);
  if (typeof target === "number") {
    if (target === 0) outText(2, "testing: warning: no fuzz tests to fuzz\n");
    return target === 0 ? testOnce(c.f, c.tf, c.p, c.opts, c.pkg, { seed: c.f.seed, devs: [] }) : target;
  }
  // The tests and the other fuzz tests' seeds first, as go test -fuzz runs them (the binary's
  // PASS waits for the end of fuzzing).
  let out = "";
  const t0 = performance.now();
  const r1 = run(c.p, { ...c.opts, seed: c.f.seed, write: (_fd, b) => void (out += b) });
  if (r1.exitCode !== 0) {
    outText(1, `${out}exit status ${r1.exitCode}\nFAIL\t${c.pkg}\t${(r1.simNs / 1e9).toFixed(3)}s\n`);
    return 1;
  }
  outText(1, out.replace(/PASS\n$/, ""));
  if (c.tf.v) outText(1, `=== FUZZ  ${target}\n`);
  const listed = listCorpus(c.p, c.opts);
  if (listed.corpus === undefined && listed.exitCode === 0) {
    // The fuzz test skipped before F.Fuzz: nothing to fuzz.
    outText(1, `${listed.output}ok  \t${c.pkg}\t0.000s\n`);
    return 0;
  }
  if (listed.corpus === undefined || listed.exitCode !== 0) {
    outText(1, listed.output);
    outText(1, `exit status ${listed.exitCode || 1}\nFAIL\t${c.pkg}\t0.000s\n`);
    return 1;
  }
  const ft: { ms?: number; execs?: number } = parseFuzztime(c.tf.fuzztime ?? "") ?? {};
  const res = fuzz(c.p, c.opts, listed.corpus, {
    seed: c.f.seed, clock: () => performance.now(), log: (l) => outText(1, l), dict: dictionary(c.replayable.files),
    ...(ft.execs !== undefined ? { maxExecs: ft.execs } : {}), ...(ft.ms !== undefined ? { maxMs: ft.ms } : {}),
  });
  if (res.crash === undefined) {
    outText(1, `PASS\nok  \t${c.pkg}\t${((performance.now() - t0) / 1000).toFixed(3)}s\n`);
    return 0;
  }
  const crash = res.crash;
  let crashPath = "";
  if (crash.seedName === undefined) {
    const hash = createHash("sha256").update(Buffer.from(crash.data, "latin1")).digest("hex");
    crashPath = `testdata/fuzz/${target}/${hash}`;
    mkdirSync(join(c.dir, `testdata/fuzz/${target}/.gort`), { recursive: true });
    writeFileSync(join(c.dir, crashPath), Buffer.from(crash.data, "latin1"));
    const token = tokenFor(c, target, crashPath, crash.data, crash.schedule, tokenDefaults);
    writeFileSync(join(c.dir, `testdata/fuzz/${target}/.gort/${hash}.token`), `${token}\n`);
  }
  const code = testOnce(c.f, c.tf, c.p, reportOptions(c.opts, crash.data, crashPath, true), c.pkg, crash.schedule);
  if (crashPath !== "") {
    outText(2, `gort: the failing input and schedule replay with: gort test --replay $(cat testdata/fuzz/${target}/.gort/${crashPath.slice(crashPath.lastIndexOf("/") + 1)}.token)\n`);
  }
  return code === 0 ? 1 : code;
}

/** The replay token of the run that reports a failure: its files include the corpus file. */
function tokenFor(c: FuzzCmd, target: string, crashPath: string, data: string, s: Schedule, defaults: TokenOptions): string {
  const options = { ...c.replayable.options, fuzz: target, fuzzin: crashPath };
  const files = [...c.replayable.files, { name: crashPath, text: data }];
  const hash = programHash(files, options);
  return encodeToken({ hash, options, schedule: s }, defaults);
}

/** gort test --replay TOKEN of a fuzzing failure: the run that reported it, on its corpus file. */
export function replayFuzz(c: FuzzCmd, testOnce: TestOnce, dispatch: (s: { opts: Omit<RunOptions, "seed">; r: Replayable; once: (s: Schedule) => number }) => number): number {
  const path = c.tf.fuzzInput!;
  let data: string;
  try {
    data = readFileSync(join(c.dir, path)).toString("latin1");
  } catch {
    outText(2, `gort: --replay: cannot read the token's corpus file ${path}\n`);
    return 2;
  }
  const opts = reportOptions(c.opts, data, path, false);
  const r = { ...c.replayable, files: [...c.replayable.files, { name: path, text: data }] };
  return dispatch({ opts, r, once: (s) => testOnce(c.f, c.tf, c.p, opts, c.pkg, s) });
}
