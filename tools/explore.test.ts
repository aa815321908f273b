// The explorer (issue 13): each kernel of testdata/gotest has a concurrency bug that its default
// schedule misses (tools/gotest.test.ts checks it passes there, as in real Go). Each must be
// found by the strategy named below within the budget given; the printed replay token must
// reproduce the failing run byte for byte; the shrunk schedule must not be longer than the one
// found. And the depth-3 kernel must be out of reach of random search in 10,000 runs.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { main, setOutput } from "../src/cli/main.js";
import { gortTestInProcess, gotestRoot } from "./gotest.js";

const root = gotestRoot();

/** `gort test ARGS` in testdata/gotest/PKG, in-process; stdout and stderr as one stream. */
function gortTest(pkg: string, args: string[]): Promise<{ exit: number; out: string }> {
  return gortTestInProcess(pkg, args, {}, true);
}

/** Each kernel, the strategy that finds its bug, the budget it needs (about twice what it
 *  took when measured), and how the failure reads. */
const KERNELS: { pkg: string; strategy: string; budget: number; failure: RegExp }[] = [
  { pkg: "doublelock", strategy: "starve", budget: 100, failure: /panic: test timed out after 10m0s/ },
  { pkg: "lockorder", strategy: "pct:3", budget: 100, failure: /panic: test timed out after 10m0s/ },
  { pkg: "leakysend", strategy: "pct:3", budget: 50, failure: /--- FAIL: TestFetch/ },
  { pkg: "wgmisuse", strategy: "pct:3", budget: 50, failure: /--- FAIL: TestSum/ },
  { pkg: "condsignal", strategy: "pct:3", budget: 100, failure: /panic: test timed out after 10m0s/ },
  { pkg: "selectorder", strategy: "select", budget: 50, failure: /--- FAIL: TestServe/ },
  { pkg: "depth3", strategy: "pbound:2", budget: 2000, failure: /--- FAIL: TestReload/ },
  // A close is a step of its own: a check before it may go stale.
  { pkg: "stoptwice", strategy: "pct:3", budget: 40, failure: /panic: close of closed channel/ },
];

for (const k of KERNELS) {
  test(`explore ${k.strategy} finds ${k.pkg}'s bug; the token replays it; shrinking keeps it`, async () => {
    const r = await gortTest(k.pkg, ["--explore", k.strategy, "--budget", String(k.budget), "--shrink"]);
    const at = r.out.lastIndexOf("\n--- explore ");
    assert.ok(at > 0, r.out.slice(-400));
    const run = r.out.slice(0, at);
    const report = r.out.slice(at);
    assert.match(run, k.failure);
    assert.notEqual(r.exit, 0);
    const m = /deviations \(shrunk from (\d+) in \d+ runs\)\n/.exec(report);
    assert.ok(m, report);
    const shrunk = Number(/, (\d+) deviations \(shrunk/.exec(report)![1]);
    assert.ok(shrunk <= Number(m[1]), report);
    const token = /replay: gort test --replay (gort1_[\w-]+)\n/.exec(report)![1]!;
    const again = await gortTest(k.pkg, ["--replay", token]);
    assert.equal(again.out, run);
    assert.equal(again.exit, r.exit);
  });
}

// docs/ARCHITECTURE.md and docs/EXPLORE.md measure 10,000 runs; 3,000 keep the suite short.
test("random search misses the depth-3 bug in 3,000 runs", async () => {
  const r = await gortTest("depth3", ["--explore", "random", "--budget", "3000"]);
  assert.match(r.out, /^explore random: 3000 runs, \d+ distinct schedules, [\d.]+s; no failure\n$/);
  assert.equal(r.exit, 0);
});

test("a token is refused by other files and by another command", async () => {
  const r = await gortTest("wgmisuse", ["--explore", "pct:3", "--budget", "50"]);
  const token = /--replay (gort1_[\w-]+)/.exec(r.out)![1]!;
  const other = await gortTest("condsignal", ["--replay", token]);
  assert.equal(other.exit, 2);
  assert.match(other.out, /^gort: --replay: the token was made for a different program \(token [0-9a-f]{8}, these files [0-9a-f]{8}\)/);
  const out: Buffer[] = [];
  setOutput((_fd, b) => void out.push(Buffer.from(b)));
  try {
    const exit = await main(["run", "--replay", token, "x.go"], { cwd: path.join(root, "wgmisuse"), env: {} });
    assert.equal(exit, 2);
  } finally {
    setOutput(undefined);
  }
  assert.equal(Buffer.concat(out).toString(), "gort: --replay: the token is for gort test, not gort run\n");
});
