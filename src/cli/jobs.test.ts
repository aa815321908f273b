import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { compile, defaultRunOptions, runMany } from "../api.js";
import { gortRoot, nodeToolchain } from "../host/node.js";
import { cgoMapExample } from "../examples/cgo-map.js";
import { jobsFor, mergeSummaries, parts } from "./jobs.js";

test("parts cut a seed range into contiguous, even parts in order", () => {
  assert.deepEqual(parts(1, 10, 3), [[1, 4], [5, 7], [8, 10]]);
  assert.deepEqual(parts(5, 5, 1), [[5, 5]]);
  assert.equal(jobsFor(8, 100), 8);
  assert.equal(jobsFor(8, 3), 3);
  assert.equal(jobsFor(undefined, 5000), 1);
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
