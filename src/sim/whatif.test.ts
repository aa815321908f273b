// Tests of the stale-mcache what-if (runtime/whatif.ts, `--model stale-mcache`): the seed
// article's hypothesis run against the model of Go 1.19.
//
// The article's example 1 (one goroutine: make a map, block in C, write the map) cannot fail
// under either model: while main is in C no other goroutine runs Go code, so no second P ever
// allocates from the mcache its M kept (and in gort sysmon's retake leaves P0 idle, so main even
// gets P0 back). The article's trigger condition adds "high concurrency / GC pressure": the
// smallest variant that has it (testdata/whatif/example1-busy.go: eight more goroutines block in the same C call
// and then allocate maps, as main does) fails in some seeds under the what-if, and never under
// go1.19. Each what-if step is named in the explanation with the invariant that rules it out.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { checkRunOptions, compile, defaultRunOptions, explain, run, runMany, type Program, type RunOptions } from "../api.js";
import { nodeToolchain } from "../host/node.js";
import { decodeToken } from "../explore/token.js";
import { cgoMapExample } from "../examples/cgo-map.js";
import { parseFlags } from "../cli/main.js";

const tc = await nodeToolchain();

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const gort = path.join(root, "bin", "gort.js");

/** The seed article's example 1, as it gives it. */
const exampleOne = fs.readFileSync(path.join(root, "testdata/whatif/example1.go"), "utf8");
/** Example 1 with the article's trigger condition, high concurrency: eight more goroutines
 *  block in the same C call and then allocate small maps, as main's write does. */
const exampleOneBusy = fs.readFileSync(path.join(root, "testdata/whatif/example1-busy.go"), "utf8");

function build(text: string): Program {
  const c = compile(tc, [{ name: "./main.go", path: "/home/gopher/prog/main.go", text }], "command-line-arguments");
  if (!c.ok) throw new Error(`compile failed:\n${c.stderr}`);
  return c.program;
}

function opts(model?: RunOptions["model"]): Omit<RunOptions, "seed"> {
  return { ...defaultRunOptions, ...(model !== undefined ? { model } : {}) };
}

const corrupted = "fatal error: what-if stale-mcache: map memory was handed out twice (map corrupted)";

test("example 1 never fails, under go1.19 or the what-if: nothing else allocates while main is in C", () => {
  const p = build(exampleOne);
  for (const model of ["go1.19", "stale-mcache"] as const) {
    const s = runMany(p, opts(model), 1, 200);
    assert.deepEqual(s.outcomes.map((o) => [o.exitCode, o.outcome, o.count]), [[0, "exit 0", 200]], model);
  }
  // Under the what-if main's M keeps P0's mcache, but gets P0 back (step 2 never happens).
  const r = run(p, { ...opts("stale-mcache"), seed: 1, trace: true });
  const steps = r.events.filter((e) => e.ev === "WhatIf").map((e) => (e as { step: string }).step);
  assert.deepEqual(steps, ["keep"]);
  const x = explain(r.trace!, r);
  assert.match(x, /1\. keep: .*goroutine 1 \(main\.main\) called into C on P0; its M\d+ kept P0's mcache/);
  assert.match(x, /2\. stale: did not happen/);
});

test("example 1 with high concurrency: the what-if corrupts maps in some seeds, go1.19 never", () => {
  const p = build(exampleOneBusy);
  const real = runMany(p, opts(), 1, 200);
  assert.deepEqual(real.outcomes.map((o) => [o.exitCode, o.outcome, o.count]), [[0, "exit 0", 200]]);
  const explicit = runMany(p, opts("go1.19"), 1, 200);
  assert.deepEqual(explicit.outcomes, real.outcomes, "go1.19 named is the default");
  const wi = runMany(p, opts("stale-mcache"), 1, 200);
  const failed = wi.outcomes.find((o) => o.outcome === corrupted);
  assert.ok(failed !== undefined && failed.count > 0, JSON.stringify(wi.outcomes));
  assert.ok(failed.count < 200);
  for (const o of wi.outcomes) assert.ok(o.outcome === "exit 0" || o.outcome === corrupted, o.outcome);
  // The failing seed, recorded: every step happened, in order, and the explanation names each
  // one with the Go invariant that rules it out.
  const r = run(p, { ...opts("stale-mcache"), seed: failed.seed, trace: true });
  assert.equal(r.outcome, corrupted);
  const evs = r.events.filter((e) => e.ev === "WhatIf") as { step: string; addr: number; p: number; otherP: number }[];
  const order = ["keep", "stale", "double", "corrupt"];
  for (const st of order) assert.ok(evs.some((e) => e.step === st), st);
  const firstAt = (st: string): number => evs.findIndex((e) => e.step === st);
  for (let i = 1; i < order.length; i++) assert.ok(firstAt(order[i - 1]!) < firstAt(order[i]!), order[i]);
  const d = evs.find((e) => e.step === "double")!;
  assert.notEqual(d.p, d.otherP, "two Ps allocate from one span");
  assert.equal(evs.find((e) => e.step === "corrupt")!.addr, d.addr, "the corrupted map's memory is the slot handed out twice");
  const x = explain(r.trace!, r);
  for (const [i, st] of order.entries()) assert.match(x, new RegExp(`${i + 1}\\. ${st}\\b`), st);
  assert.match(x, /the mcache belongs to the P \(p\.mcache\)/);
  assert.match(x, /acquirep .*prepareForSweep/);
  assert.match(x, /procresize/);
  assert.match(x, /mspan\.sweepgen/);
  assert.match(x, /handed out twice/);
  // The same seed under go1.19 runs to the end.
  assert.equal(run(p, { ...opts(), seed: failed.seed }).outcome, "exit 0");
});

test("the built-in example (the article's example 2) ends alike under both models", () => {
  // Its failure is the map's own concurrent-write check: the two goroutines write one map. The
  // what-if changes which mcache their few allocations use, but adds no failure in these seeds.
  const p = build(cgoMapExample);
  const a = runMany(p, opts(), 1, 60);
  const b = runMany(p, opts("stale-mcache"), 1, 60);
  assert.deepEqual(b.outcomes.map((o) => [o.outcome, o.count]), a.outcomes.map((o) => [o.outcome, o.count]));
  assert.ok(a.outcomes.some((o) => o.outcome === "fatal error: concurrent map writes"));
});

function gortRun(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [gort, ...args], { cwd: root, env: { PATH: process.env["PATH"] ?? "/usr/bin:/bin" }, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test("--model: summaries and replay tokens name a what-if; go1.19 runs read as before", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gort-whatif-"));
  try {
    const file = "testdata/whatif/example1-busy.go";
    assert.throws(() => parseFlags(["--model", "go1.0", file]), /want one of go1\.19, stale-mcache/);
    assert.equal(parseFlags([file]).model, "go1.19");
    assert.equal(parseFlags(["-model=stale-mcache", file]).model, "stale-mcache");
    assert.match(checkRunOptions({ model: "go1.0" as RunOptions["model"] }) ?? "", /model must be one of go1\.19, stale-mcache/);
    const sum = gortRun(["run", "--model", "stale-mcache", "--runs", "10", file]);
    assert.equal(sum.status, 0, sum.stderr);
    assert.match(sum.stdout, /^10 runs \(seeds 1\.\.10\), model stale-mcache \(a what-if, not Go\):/);
    assert.match(sum.stdout, /e\.g\. gort run --model stale-mcache --seed \d+ /);
    const plain = gortRun(["run", "--runs", "3", file]);
    assert.match(plain.stdout, /^3 runs \(seeds 1\.\.3\):\n/);
    assert.doesNotMatch(plain.stdout, /--model|model stale/);
    const ex = gortRun(["run", "--model", "stale-mcache", "--explore", "random", "--budget", "200", file]);
    assert.equal(ex.status, 2, ex.stderr);
    assert.match(ex.stdout, /explore random \(model stale-mcache, a what-if\)/);
    const token = /--replay (gort1_\S+)/.exec(ex.stdout)?.[1];
    assert.ok(token !== undefined, ex.stdout);
    const t = decodeToken(token);
    assert.ok(typeof t !== "string");
    assert.equal(t.options["model"], "stale-mcache");
    const again = gortRun(["run", "--replay", token, file]);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /what-if stale-mcache: map memory was handed out twice/);
    // A go1.19 token has no model (tokens made before --model existed replay unchanged).
    const file2 = path.join(dir, "example2.go");
    fs.writeFileSync(file2, cgoMapExample);
    const ex0 = gortRun(["run", "--explore", "random", "--budget", "50", file2]);
    assert.equal(ex0.status, 2, ex0.stderr);
    assert.doesNotMatch(ex0.stdout, /--model|model stale/);
    const t0 = decodeToken(/--replay (gort1_\S+)/.exec(ex0.stdout)![1]!);
    assert.ok(typeof t0 !== "string" && t0.options["model"] === undefined);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
