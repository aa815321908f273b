// Steering and tokens: the explorers' run sequences, deviations, and token round trips.

import { test } from "node:test";
import assert from "node:assert/strict";
import { LONG_STALL, Steering, newExplorer, parseStrategy, replayPolicy, type StrategySpec } from "./steer.js";
import { decodeToken, encodeToken, programHash } from "./token.js";

const spec = (s: string): StrategySpec => parseStrategy(s) as StrategySpec;

/** Drives an explorer over a fake program with k stall decisions per run. */
function stallsOf(s: string, k: number, runs: number): number[][] {
  const ex = newExplorer(spec(s), 1);
  const out: number[][] = [];
  for (let r = 0; r < runs; r++) {
    const next = ex.next();
    if (!next) break;
    const st = next.steering;
    for (let i = 0; i < k; i++) st.steer("stall", 4, 0, 1 + (i % 2), 0);
    ex.observe(st);
    out.push(st.devs);
  }
  return out;
}

test("parseStrategy: names, parameters and errors", () => {
  assert.deepEqual(parseStrategy("pct"), { name: "pct", depth: 3 });
  assert.deepEqual(parseStrategy("pct:5"), { name: "pct", depth: 5 });
  assert.deepEqual(parseStrategy("pbound"), { name: "pbound", bound: 2 });
  assert.match(parseStrategy("pct:0") as string, /integer from 1 to 16/);
  assert.match(parseStrategy("dfs:2") as string, /takes no parameter/);
  assert.match(parseStrategy("chess") as string, /unknown strategy/);
});

test("pbound:k enumerates every set of at most k stalls, fewest first, then stops", () => {
  const runs = stallsOf("pbound:2", 4, 100);
  // 1 default run, 4 single stalls, 6 pairs.
  assert.equal(runs.length, 11);
  assert.deepEqual(runs[0], []);
  assert.deepEqual(runs[1], [0, LONG_STALL]);
  assert.deepEqual(runs[5], [0, LONG_STALL, 1, LONG_STALL]);
  assert.deepEqual(runs[10], [2, LONG_STALL, 3, LONG_STALL]);
});

test("dfs covers the whole tree of binary stalls once", () => {
  const runs = stallsOf("dfs", 3, 100);
  assert.equal(runs.length, 8);
  assert.equal(new Set(runs.map((d) => d.join(","))).size, 8);
});

test("pct:d deviates at most d-1 times per run, and random never", () => {
  for (const d of stallsOf("pct:3", 50, 200)) assert.ok(d.length <= 4);
  for (const d of stallsOf("random", 50, 20)) assert.deepEqual(d, []);
});

test("a replayed schedule answers as the run did", () => {
  const st = new Steering(replayPolicy([2, 3, 5, 1]));
  const got = Array.from({ length: 7 }, (_, i) => st.steer(i === 5 ? "case" : "stall", 4, 0, 1, 0));
  assert.deepEqual(got, [0, 0, 3, 0, 0, 1, 0]);
  assert.deepEqual(st.devs, [2, 3, 5, 1]);
});

test("tokens round-trip, leave defaults out, and refuse garbage", () => {
  const options = { cmd: "test", cpus: 2, race: false, run: "Test|X" };
  const defaults = { cmd: "run", cpus: 4, race: false, run: "" };
  const hash = programHash([{ name: "./a.go", text: "package main" }], options);
  const t = encodeToken({ hash, options, schedule: { seed: 7, devs: [3, 3] } }, defaults);
  assert.match(t, /^gort1_[A-Za-z0-9_-]+$/);
  assert.deepEqual(decodeToken(t, defaults), { hash, options, schedule: { seed: 7, devs: [3, 3] } });
  assert.notEqual(programHash([{ name: "./a.go", text: "package main " }], options), hash);
  assert.match(decodeToken("gort1_!!", defaults) as string, /not a replay token/);
  assert.match(decodeToken("xyz", defaults) as string, /not a replay token/);
});
