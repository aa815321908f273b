import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { compile, defaultRunOptions, explore, explorePart, mergeExplore, runMany, type ExplorePart } from "../api.js";
import { newExplorer, parseStrategy, type StrategySpec } from "../explore/steer.js";
import { gortRoot, nodeToolchain } from "../host/node.js";
import { cgoMapExample } from "../examples/cgo-map.js";
import { claimer, ctl, jobsFor, lowerStop, mergeSummaries, parts, runPrefix } from "./jobs.js";

test("parts cut a seed range into contiguous, even parts in order", () => {
  assert.deepEqual(parts(1, 10, 3), [[1, 4], [5, 7], [8, 10]]);
  assert.deepEqual(parts(5, 5, 1), [[5, 5]]);
  assert.equal(jobsFor(8, 100), 8);
  assert.equal(jobsFor(8, 3), 3);
  assert.equal(jobsFor(undefined, 5000), 1);
});

test("claims take the runs in turn, up to the count, the stop index and (but for the first) the deadline", () => {
  const control = (): Int32Array => {
    const c = new Int32Array(new SharedArrayBuffer(4 * ctl.done(2)));
    Atomics.store(c, ctl.stop, 0x7fffffff);
    return c;
  };
  const c = control();
  const a = claimer(c, 100, 10, undefined);
  const b = claimer(c, 100, 10, undefined);
  assert.deepEqual([a(1), b(4), a(4), b(4)], [[100, 100], [101, 104], [105, 108], [109, 109]]);
  assert.equal(a(1), undefined);
  const s = control();
  lowerStop(s, 5);
  lowerStop(s, 7);
  assert.equal(Atomics.load(s, ctl.stop), 5);
  const x = claimer(s, 0, 100, undefined);
  assert.deepEqual([x(3), x(3)], [[0, 2], [3, 5]]);
  assert.equal(x(3), undefined);
  const late = claimer(control(), 0, 100, 0);
  assert.deepEqual(late(2), [0, 1]);
  assert.equal(late(2), undefined);
});

test("the claimed ranges count up to the first one cut short or the first gap", () => {
  const k = (from: number, to: number, runs: number) => ({ from, to, result: { runs, outcomes: [], races: [] } });
  assert.deepEqual(runPrefix([k(1, 2, 2), k(3, 5, 3)], 1).map((r) => r.runs), [2, 3]);
  assert.deepEqual(runPrefix([k(1, 2, 1), k(3, 5, 3)], 1).map((r) => r.runs), [1]);
  assert.deepEqual(runPrefix([k(1, 2, 2), k(4, 5, 2)], 1).map((r) => r.runs), [2]);
  assert.deepEqual(runPrefix([k(2, 2, 1)], 1), []);
});

test("the parts' summaries merge into the summary of one runMany over the whole range", async () => {
  const c = compile(await nodeToolchain(), [{ name: "./example.go", path: "/tmp/x/example.go", text: cgoMapExample }], "command-line-arguments");
  assert.ok(c.ok);
  const opts = { ...defaultRunOptions, leaks: true };
  const whole = runMany(c.program, opts, 7, 306);
  for (const n of [2, 3, 7]) {
    const merged = mergeSummaries(parts(7, 306, n).map(([a, b]) => runMany(c.program, opts, a, b)));
    assert.deepEqual(merged, whole, `${n} parts`);
  }
  assert.ok(whole.outcomes.length >= 2, "the example ends in more than one way");
});

test("the parts of an exploration merge into one explore over all its runs, whichever part fails first", async () => {
  const c = compile(await nodeToolchain(), [{ name: "./example.go", path: "/tmp/x/example.go", text: cgoMapExample }], "command-line-arguments");
  assert.ok(c.ok);
  const opts = { ...defaultRunOptions, leaks: true };
  // From seed 3 the example's first 4 runs end well and about two runs in five crash after: every
  // part has failures, and the parts after the first, which run first, find theirs first.
  for (const spec of [{ name: "random" }, { name: "select" }] as StrategySpec[]) {
    for (const keepGoing of [false, true]) {
      const x = { spec, base: 3, maxRuns: 60, keepGoing };
      const whole = explore(c.program, opts, x);
      assert.equal(whole.failure?.run, 4);
      for (const n of [2, 3, 7]) {
        // The parts run last first, as a worker of later runs may fail first in host time.
        let stop = Infinity;
        const ps: ExplorePart[] = parts(0, x.maxRuns - 1, n).reverse().map(([a, b]) => explorePart(c.program, opts, {
          ...x, first: a, maxRuns: b - a + 1, stopAt: () => stop, found: (run) => void (stop = Math.min(stop, run)),
        })).reverse();
        assert.deepEqual(mergeExplore(ps, keepGoing), whole, `${spec.name}, ${n} parts, keepGoing ${keepGoing}`);
      }
    }
  }
  assert.throws(() => newExplorer(parseStrategy("pct") as StrategySpec, 1, 5), /depends on the ones before/);
});

/** gort ARGS in dir: exit status, stdout and stderr, with --explore's host seconds made "N.Ns". */
function gort(args: string[], dir = gortRoot): string {
  const r = spawnSync(process.execPath, [path.join(gortRoot, "bin", "gort.js"), ...args], { cwd: dir, encoding: "utf8", input: "" });
  return `exit ${r.status}\n${r.stdout}\n---\n${r.stderr}`.replace(/(schedules(?: \(all the strategy reaches\))?), [\d.]+s/g, "$1, N.Ns");
}

test("gort run --explore random --jobs 2 prints what --jobs 1 prints", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "gort-jobs-"));
  try {
    writeFileSync(path.join(dir, "example.go"), cgoMapExample);
    // The first failure is run 4 of 20, and later runs fail too (each thread's batches may find
    // one first); with --keep-going every batch fails; deadlock.go does not fail.
    for (const args of [["--seed", "3", "--budget", "20"], ["--seed", "3", "--budget", "200", "--keep-going"], ["--budget", "200", "--shrink"]]) {
      const one = gort(["run", "--explore", "random", ...args, "--jobs", "1", "example.go"], dir);
      assert.match(one, /^exit [12]\n/);
      assert.equal(gort(["run", "--explore", "random", ...args, "--jobs", "2", "example.go"], dir), one, args.join(" "));
    }
    // Under a budget of host time, two workers' result is one thread's over as many runs.
    const timed = gort(["run", "--explore", "random", "--budget", "1s", "--keep-going", "--jobs", "2", "example.go"], dir);
    const runs = /^exit \d\nexplore random: (\d+) runs/.exec(timed)![1]!;
    assert.equal(gort(["run", "--explore", "random", "--budget", runs, "--keep-going", "--jobs", "1", "example.go"], dir), timed);
    const prog = path.join(gortRoot, "web", "examples", "deadlock.go");
    const one = gort(["run", "--explore", "random", "--budget", "400", "--jobs", "1", prog]);
    assert.match(one, /^exit 0\nexplore random: 400 runs, \d+ distinct schedules, N\.Ns; no failure\n/);
    assert.equal(gort(["run", "--explore", "random", "--budget", "400", "--jobs", "2", prog]), one);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("gort test --runs and --explore select: --jobs 2 prints what --jobs 1 prints", () => {
  const gotest = path.join(gortRoot, "testdata", "gotest");
  for (const args of [["-race", "--runs", "200", "./racy"], ["--explore", "select", "--budget", "50", "./selectorder"], ["--explore", "select", "--budget", "60", "--keep-going", "./selectorder"]]) {
    const one = gort(["test", "--jobs", "1", ...args], gotest);
    assert.match(one, args[0] === "-race" ? /^exit 0\n200 runs .*\n .*exit 1 .*\ndata races \(1 distinct/ : /^exit 1\n/);
    assert.equal(gort(["test", "--jobs", "2", ...args], gotest), one, args.join(" "));
  }
});

test("gort run --runs --jobs 2 prints what --jobs 1 prints", () => {
  const prog = path.join(gortRoot, "web", "examples", "deadlock.go");
  const out = (jobs: string): string => {
    const r = spawnSync(process.execPath, [path.join(gortRoot, "bin", "gort.js"), "run", "--runs", "1000", "--jobs", jobs, prog], { encoding: "utf8", input: "" });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  const one = out("1");
  assert.match(one, /^1000 runs \(seeds 1\.\.1000\):\n/);
  assert.equal(out("2"), one);
});
