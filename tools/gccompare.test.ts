// Tests of the GC yardstick (tools/gccompare.ts).
//
// Goal: the yardstick itself must be right before it judges gort. Method: the gctrace regex is
// run over lines captured from real Go 1.19.8 (GOMAXPROCS=4, GODEBUG=gctrace=1, on this
// machine's runs of testdata/gc programs) and over hand-broken variants of them; the trace
// rules are run over captured sequences, including the two races real Go shows (a cycle in
// flight at ReadMemStats, and that cycle printing "(forced)"); the compare rules and the record
// format are checked on small tables. The last test is end to end: every testdata/gc program
// under gort against testdata/gc/go1.19.txt. It fails until gort's collector is wired in.

import { GCTRACE_RE } from "../src/runtime/gctrace.js";
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  RECORD_FILE, checkTrace, compareAll, formatRecord, formatTable, listPrograms,
  liveOk, median, numgcOk, parseGcStat, parseGcTraceLine, parseRecorded, ratio, recordedCpus, summarise,
  type RealRecord,
} from "./gccompare.js";

// Captured from real Go 1.19.8 runs of testdata/gc programs.
const REAL = {
  first: "gc 1 @0.004s 5%: 0.029+9.9+0.005 ms clock, 0.059+3.2/0.069/0.050+0.011 ms cpu, " +
    "3->7->6 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 4 P",
  mid: "gc 14 @0.068s 5%: 0.007+0.69+0.047 ms clock, 0.014+0/0.45/0.094+0.094 ms cpu, " +
    "21->21->12 MB, 23 MB goal, 0 MB stacks, 0 MB globals, 4 P",
  wholeMs: "gc 9 @0.080s 9%: 0.012+22+0.004 ms clock, 0.025+6.3/14/36+0.008 ms cpu, " +
    "111->125->124 MB, 123 MB goal, 0 MB stacks, 0 MB globals, 4 P (forced)",
  forced: "gc 16 @0.087s 10%: 0.048+1.4+0.002 ms clock, 0.096+0/1.3/0.25+0.004 ms cpu, " +
    "22->22->12 MB, 33 MB goal, 0 MB stacks, 0 MB globals, 4 P (forced)",
};

test("the gctrace regex accepts lines captured from real Go 1.19", () => {
  for (const line of Object.values(REAL)) assert.match(line, GCTRACE_RE, line);
  assert.deepEqual(parseGcTraceLine(REAL.wholeMs), {
    n: 9, startSec: 0.08, heap0MB: 111, heap1MB: 125, heap2MB: 124, goalMB: 123, procs: 4,
    forced: true,
  });
  assert.equal(parseGcTraceLine(REAL.first)?.forced, false);
});

test("the gctrace regex rejects malformed lines", () => {
  const broken = [
    REAL.mid.replace("@0.068s", "@0.68s"), // the start time always has three decimals
    REAL.mid.replace("@0.068s", "@00.068s"),
    REAL.mid.replace("0.69+", "0.690+"), // fmtNSAsMS keeps two significant digits
    REAL.mid.replace("0.007+", "0.000+"), // under 1 µs prints "0"
    REAL.mid.replace("0.69+", "09+"),
    REAL.mid.replace("0/0.45/0.094+", "0+0.45/0.094+"), // mark parts are split by "/"
    REAL.mid.replace(" ms clock", "ms clock"),
    REAL.mid.replace("21->21->12 MB", "21->21 MB"),
    REAL.mid.replace("23 MB goal", "23.5 MB goal"),
    REAL.mid.replace(", 0 MB globals", ""), // Go 1.19 prints stacks and globals
    REAL.mid.replace(" 4 P", " 4P"),
    REAL.mid + " ",
    REAL.mid + " (forced",
    REAL.mid.replace("gc 14", "gc 0"),
    REAL.mid.replace("5%", "5.0%"),
    "gc 14 @0.068s 5%: forced",
  ];
  for (const line of broken) assert.equal(parseGcTraceLine(line), null, line);
});

test("the gcstat line is read from stdout", () => {
  assert.deepEqual(parseGcStat("checksum 42\ngcstat numgc=7 live=2470504\n"), {
    numgc: 7, live: 2470504,
  });
  assert.equal(parseGcStat("gcstat numgc=7\n"), null);
});

/** Builds a trace of n heap-triggered lines and a final forced one. */
function trace(n: number, forcedAlso: number[] = []): string {
  const lines: string[] = [];
  for (let i = 1; i <= n + 1; i++) {
    const forced = i === n + 1 || forcedAlso.includes(i);
    lines.push(REAL.mid.replace("gc 14", `gc ${i}`) + (forced ? " (forced)" : ""));
  }
  return ["checksum noise on stderr is ignored", ...lines, ""].join("\n");
}

test("trace rules: numbering, P count, the final forced cycle and the in-flight cycle", () => {
  assert.deepEqual(checkTrace(trace(7), 7, 4), []);
  // A cycle in flight at ReadMemStats is traced but not counted (seen in real runs of list).
  assert.deepEqual(checkTrace(trace(8), 7, 4), []);
  // ...and it may print the forced flag of the runtime.GC() cycle that races with it
  // (seen in real runs of gcpercent: NumGC 8, then gc 9 and gc 10 both "(forced)").
  assert.deepEqual(checkTrace(trace(9, [9]), 8, 4), []);
  assert.equal(checkTrace(trace(9, [9]), 9, 4).length, 1);
  assert.equal(checkTrace(trace(9, [3]), 8, 4).length, 1);
  assert.equal(checkTrace(trace(9), 7, 4).length, 1);
  assert.equal(checkTrace(trace(6), 7, 4).length, 1);
  assert.equal(checkTrace(trace(7), 7, 2).length, 8);
  assert.deepEqual(checkTrace("", 0, 4), ["no gctrace lines on stderr"]);
  const skipped = trace(3).replace("gc 2 ", "gc 3 ");
  assert.ok(checkTrace(skipped, 3, 4).some((p) => p.includes("numbered 1..k")));
  const unforced = trace(3).replace(" (forced)", "");
  assert.ok(checkTrace(unforced, 3, 4).some((p) => p.includes("not (forced)")));
  assert.ok(checkTrace(trace(3) + "gc 5 bogus\n", 3, 4).some((p) => p.startsWith("malformed")));
});

test("compare rules: ratio 1.5, one cycle of slack, real Go's own spread", () => {
  assert.equal(ratio(0, 0), 1);
  assert.equal(ratio(0, 3), Infinity);
  assert.equal(ratio(6, 9), 1.5);
  const rec: RealRecord = {
    name: "x", numgc: 8, live: 1000, spreadNumgc: [4, 8], spreadLive: [990, 1010],
  };
  assert.ok(numgcOk(rec, 12));
  assert.ok(!numgcOk(rec, 13));
  assert.ok(numgcOk(rec, 4)); // ratio 2, but inside real Go's spread
  assert.ok(!numgcOk(rec, 3));
  const small: RealRecord = { ...rec, numgc: 1, spreadNumgc: [1, 1] };
  assert.ok(numgcOk(small, 0) && numgcOk(small, 2) && !numgcOk(small, 3));
  assert.ok(liveOk(rec, 1500) && liveOk(rec, 667) && !liveOk(rec, 1501) && !liveOk(rec, 0));
});

test("records: median, spread and the go1.19.txt line format round-trip", () => {
  assert.equal(median([9, 6, 7, 8, 7]), 7);
  assert.equal(median([4, 1, 3, 2]), 2);
  const r = summarise("list", [
    { numgc: 7, live: 30 }, { numgc: 9, live: 10 }, { numgc: 6, live: 20 },
  ]);
  assert.deepEqual(r, {
    name: "list", numgc: 7, live: 20, spreadNumgc: [6, 9], spreadLive: [10, 30],
  });
  const line = formatRecord(r);
  assert.equal(line, "list numgc=7 live=20 spread_numgc=6..9 spread_live=10..30");
  assert.deepEqual(parseRecorded(`# comment\n\n${line}\n`).get("list"), r);
  assert.throws(() => parseRecorded("list numgc=7\n"));
});

test("go1.19.txt holds one record per testdata/gc program", () => {
  const recs = parseRecorded(fs.readFileSync(RECORD_FILE, "utf8"));
  const names = listPrograms().map((f) => path.basename(f, ".go"));
  assert.ok(names.length >= 8, `only ${names.length} programs`);
  assert.deepEqual([...recs.keys()].sort(), names);
  for (const r of recs.values()) {
    assert.ok(r.spreadNumgc[0] <= r.numgc && r.numgc <= r.spreadNumgc[1], r.name);
    assert.ok(r.spreadLive[0] <= r.live && r.live <= r.spreadLive[1], r.name);
    assert.ok(r.live > 1 << 20, `${r.name} keeps at least 1 MiB live`);
  }
});

test("gort runs on a machine of as many CPUs as the one real Go was recorded on", () => {
  assert.equal(recordedCpus("# x\n# Recorded 2026-11-26 on 2 CPUs (nproc), AMD EPYC.\nchurn numgc=1"), 2);
  assert.equal(recordedCpus(fs.readFileSync(RECORD_FILE, "utf8")) >= 1, true);
  assert.throws(() => recordedCpus("# Recorded somewhere\n"), /on N CPUs/);
});

const E2E = "end to end: gort's NumGC and live heap are within 1.5x of real Go 1.19";
test(E2E, { timeout: 3_600_000 }, async () => {
  const rows = await compareAll([], false);
  const table = formatTable(rows);
  const failed = rows.filter((r) => !r.ok).map((r) => r.name);
  assert.deepEqual(failed, [], `\n${table}`);
});
