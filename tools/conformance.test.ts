// Conformance ratchet: runs gort over the `// run` programs of Go 1.19's test suite and compares
// with the committed conformance/results.txt. A program recorded as pass that no longer passes
// fails the test. Only a recorded pass can regress, so by default only those run (about 580
// of 891 programs); GORT_CONFORMANCE=full runs every program and prints a reminder when new
// ones pass (`npm run conformance` does that and can --update the file). Skips when Go's test
// directory is absent.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import {
  EXTRA_DIRS, GO_TEST_DIR, MAIN_DIRS, compareWithCommitted, evalGoBuild, evalPlusBuild,
  listRunTests, parseResults, ratchetTimeout, resultsPath, retryTimeouts, runSuite, DEFAULT_MAX_STEPS,
} from "./conformance.js";

test("build constraints follow run.go for linux/amd64", () => {
  assert.ok(evalGoBuild("linux && amd64"));
  assert.ok(!evalGoBuild("!linux || (arm64 && darwin)"));
  assert.ok(evalGoBuild("gc && !js"));
  assert.ok(evalPlusBuild("darwin linux"));
  assert.ok(!evalPlusBuild("!linux,amd64 windows"));
  assert.ok(!evalPlusBuild("aix"));
});

// No wall-clock limits of our own: on a loaded machine the run is slower, not wrong. Each program
// keeps its CPU-time limit; the node:test timeout only catches a hung harness.
test("conformance does not regress", { timeout: 60 * 60_000 }, async (t) => {
  if (!fs.existsSync(GO_TEST_DIR)) {
    t.skip(`${GO_TEST_DIR} not found (apt-get install golang-1.19-src)`);
    return;
  }
  const file = resultsPath();
  const committed = fs.existsSync(file) ? parseResults(fs.readFileSync(file, "utf8")) : new Map();
  let tests = listRunTests(GO_TEST_DIR, [...MAIN_DIRS, ...EXTRA_DIRS]);
  if (process.env["GORT_CONFORMANCE"] !== "full") {
    tests = tests.filter((x) => committed.get(x.rel) === "pass");
  }
  const results = await runSuite(GO_TEST_DIR, tests, DEFAULT_MAX_STEPS, undefined, ratchetTimeout(committed), Infinity);
  await retryTimeouts(GO_TEST_DIR, tests, results, committed, DEFAULT_MAX_STEPS);
  const { regressions, improvements } = compareWithCommitted(committed, results);
  const passes = results.filter((r) => r.status === "pass").length;
  console.log(`conformance: ${passes} of ${results.length} pass`);
  if (improvements.length > 0) {
    console.log(`conformance improved (${improvements.length}): run npm run conformance -- --update`);
  }
  assert.equal(regressions.length, 0, "conformance regressions:\n" + regressions.join("\n"));
});
