// `gort test` against real go test (issue 13): every case of testdata/gotest/golden.json (recorded
// by tools/record-gotest.ts) run as `gort test ARGS` in its package directory must print the
// same normalized stdout and exit with the same status; and gort's own leak check fails a test
// that leaves a goroutine blocked, where go test passes.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { gortCli } from "./golden.js";
import { GOTEST_CASES, gotestRoot, normalizeGotest, readGotestGolden } from "./gotest.js";

const root = gotestRoot();
const cli = gortCli();

function gortTest(pkg: string, args: string[]): { exit: number; stdout: string } {
  const dir = path.join(root, pkg);
  const env = { PATH: process.env["PATH"] ?? "/usr/bin:/bin", GOMAXPROCS: "2" };
  const r = spawnSync(cli.node, [cli.script, "test", "--cpus", "2", ...args], { cwd: dir, env, encoding: "utf8", timeout: 120_000 });
  if (r.error) throw r.error;
  return { exit: r.status ?? -1, stdout: r.stdout };
}

const golden = readGotestGolden();

test("gort test: the golden holds every case", () => {
  assert.ok(golden, "no testdata/gotest/golden.json; run node dist/tools/record-gotest.js");
  assert.deepEqual(golden.cases.map((c) => [c.pkg, c.args]), GOTEST_CASES.map((c) => [c.pkg, c.args]));
});

for (const c of golden?.cases ?? []) {
  test(`gort test ${c.args.join(" ")} in testdata/gotest/${c.pkg}`, () => {
    const r = gortTest(c.pkg, c.args);
    assert.equal(normalizeGotest(r.stdout, path.join(root, c.pkg)), c.stdout);
    assert.equal(r.exit, c.exit);
  });
}

test("gort test fails a test that leaks a blocked goroutine (go test passes it)", () => {
  const r = gortTest("leak", []);
  assert.equal(r.exit, 1);
  assert.match(r.stdout, /^--- FAIL: TestFetchFast \(\d+\.\d+s\)\n    w_test\.go:8: found unexpected goroutines:\n {8}\[Goroutine \d+ in state chan send, with example\.com\/leak\.Fetch\.func1 on top of the stack:\n/);
  assert.match(r.stdout, /example\.com\/leak\.Fetch\.func1\(\)\n {8}\t\S*\/leak\/w\.go:13 \+0x0\n/);
  assert.doesNotMatch(r.stdout, /TestFetchSlow/);
});

test("gort test -timeout: an AB-BA deadlock ends at the simulated timeout with every stack", () => {
  const many = gortTest("abba", ["-timeout", "1s", "--runs", "10"]);
  assert.match(many.stdout, /exit 2  panic: test timed out after 1s {3}e\.g\. gort test --seed (\d+) \./);
  const seed = /panic: test timed out after 1s {3}e\.g\. gort test --seed (\d+)/.exec(many.stdout)![1]!;
  const one = gortTest("abba", ["-timeout", "1s", "--seed", seed]);
  assert.equal(one.exit, 1);
  assert.match(one.stdout, /^panic: test timed out after 1s\n\ngoroutine \d+ \[running\]:\n/);
  assert.match(one.stdout, /sync\.\(\*Mutex\)\.Lock\(\.\.\.\)\n\t\S+mutex\.go:90 \+0x0\nexample\.com\/abba\.Transfer\(\.\.\.\)\n/);
  assert.match(one.stdout, /\nexit status 2\nFAIL\texample\.com\/abba\t1\.\d{3}s\n$/);
});
