import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gortRoot } from "../host/node.js";
import { parseShard, shardSeeds } from "./shard.js";

const gort = (args: string[], cwd: string): { out: string; err: string; code: number } => {
  const r = spawnSync(process.execPath, [path.join(gortRoot, "bin", "gort.js"), ...args], { cwd, encoding: "utf8", input: "" });
  return { out: r.stdout, err: r.stderr, code: r.status ?? -1 };
};

test("--shard i/n takes the i-th contiguous part of the seeds", () => {
  assert.deepEqual(parseShard("2/5"), { index: 2, count: 5 });
  for (const bad of ["5/5", "1", "a/2", "0/0"]) assert.equal(typeof parseShard(bad), "string", bad);
  assert.deepEqual([0, 1, 2].map((i) => shardSeeds(1, 10, i, 3)), [[1, 4], [5, 7], [8, 10]]);
  // More shards than runs: the extra ones are empty.
  assert.deepEqual(shardSeeds(1, 2, 2, 3), [3, 2]);
});

test("three shards run as three processes merge into the unsharded campaign's summary", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gort-shard-"));
  try {
    fs.copyFileSync(path.join(gortRoot, "web", "examples", "deadlock.go"), path.join(dir, "deadlock.go"));
    const whole = gort(["run", "--runs", "600", "--jobs", "1", "deadlock.go"], dir);
    assert.equal(whole.code, 0, whole.err);
    for (const i of [0, 1, 2]) {
      const r = gort(["run", "--runs", "600", "--shard", `${i}/3`, "--json", `s${i}.jsonl`, "deadlock.go"], dir);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, new RegExp(`^200 runs \\(seeds ${1 + 200 * i}\\.\\.${200 + 200 * i}\\):`));
    }
    const merged = gort(["merge", "s2.jsonl", "s0.jsonl", "s1.jsonl"], dir);
    assert.equal(merged.code, 0, merged.err);
    assert.equal(merged.out, whole.out);
    const missing = gort(["merge", "s0.jsonl", "s2.jsonl"], dir);
    assert.deepEqual([missing.code, missing.err], [1, "gort merge: missing shard 1/3\n"]);
    const twice = gort(["merge", "s0.jsonl", "s0.jsonl", "s1.jsonl", "s2.jsonl"], dir);
    assert.deepEqual([twice.code, twice.err], [1, "gort merge: s0.jsonl and s0.jsonl are both shard 0/3\n"]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
