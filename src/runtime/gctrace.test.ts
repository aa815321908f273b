// Checks the gctrace line against lines printed by real Go 1.19 (GODEBUG=gctrace=1).
//
// Method: each case gives the inputs that the real line implies (times in ns, sizes in bytes)
// and expects the formatter to print the real line byte for byte. The lines were produced on
// this machine by small Go 1.19.8 programs (a 20k x 1 KiB slice, a 3M-node pointer heap, and
// GOGC=off with runtime.GC()).

import { test } from "node:test";
import assert from "node:assert/strict";
import { GcCpuAccount, fmtNSAsMS, formatGCTrace, itoaDiv, type GcTraceRecord } from "./gctrace.js";

const MB = 1 << 20;

function rec(over: Partial<GcTraceRecord>): GcTraceRecord {
  return {
    numgc: 1, sinceStartNs: 0, utilPercent: 0, tSweepTerm: 0, tMark: 0, tMarkTerm: 0, tEnd: 0,
    sweepTermCpu: 0, assistTime: 0, backgroundMarkTime: 0, idleMarkTime: 0, markTermCpu: 0,
    heap0: 0, heap1: 0, heap2: 0, heapGoalMB: 4, maxStackScan: 0, globalsScan: 0, maxprocs: 2,
    userForced: false, ...over,
  };
}

test("fmtNSAsMS rounding rules", () => {
  assert.equal(fmtNSAsMS(0), "0");
  assert.equal(fmtNSAsMS(999), "0");
  assert.equal(fmtNSAsMS(4_000), "0.004");
  assert.equal(fmtNSAsMS(4_999), "0.004");
  assert.equal(fmtNSAsMS(55_000), "0.055");
  assert.equal(fmtNSAsMS(290_000), "0.29");
  assert.equal(fmtNSAsMS(299_999), "0.29");
  assert.equal(fmtNSAsMS(1_234_000), "1.2");
  assert.equal(fmtNSAsMS(9_999_999), "9.9");
  assert.equal(fmtNSAsMS(10_000_000), "10");
  assert.equal(fmtNSAsMS(52_700_000), "52");
  assert.equal(fmtNSAsMS(1_234_567_890), "1234");
});

test("itoaDiv", () => {
  assert.equal(itoaDiv(0, 3), "0.000");
  assert.equal(itoaDiv(155, 3), "0.155");
  assert.equal(itoaDiv(1234, 3), "1.234");
  assert.equal(itoaDiv(12, 0), "12");
});

test("reproduces a small-heap line", () => {
  const line = formatGCTrace(rec({
    numgc: 1, utilPercent: 10, tSweepTerm: 100, tMark: 100 + 6_000, tMarkTerm: 100 + 226_000,
    tEnd: 100 + 281_000, sweepTermCpu: 12_000, assistTime: 77_000, backgroundMarkTime: 18_000,
    idleMarkTime: 69_000, markTermCpu: 110_000, heap0: 3.5 * MB, heap1: 3.9 * MB,
    heap2: 3.2 * MB, heapGoalMB: 4,
  }));
  assert.equal(line, "gc 1 @0.000s 10%: 0.006+0.22+0.055 ms clock, 0.012+0.077/0.018/0.069+0.11 " +
    "ms cpu, 3->3->3 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P\n");
});

test("reproduces a large-heap forced line with >= 10 ms parts", () => {
  const t0 = 286_000_000;
  const line = formatGCTrace(rec({
    numgc: 8, sinceStartNs: 286_400_000, utilPercent: 23, tSweepTerm: t0, tMark: t0 + 15_500,
    tMarkTerm: t0 + 15_500 + 82_900_000, tEnd: t0 + 15_500 + 82_900_000 + 4_200,
    sweepTermCpu: 31_000, assistTime: 0, backgroundMarkTime: 51_300_000,
    idleMarkTime: 86_000_000, markTermCpu: 9_000, heap0: 187 * MB + 5, heap1: 197 * MB,
    heap2: 161 * MB + MB - 1, heapGoalMB: 220, userForced: true,
  }));
  assert.equal(line, "gc 8 @0.286s 23%: 0.015+82+0.004 ms clock, 0.031+0/51/86+0.009 ms cpu, " +
    "187->197->161 MB, 220 MB goal, 0 MB stacks, 0 MB globals, 2 P (forced)\n");
});

test("reproduces a GOGC=off line (goal near 2^63)", () => {
  const line = formatGCTrace(rec({
    numgc: 5, sinceStartNs: 5_900_000, utilPercent: 8, tSweepTerm: 0, tMark: 4_000,
    tMarkTerm: 264_000, tEnd: 264_500, sweepTermCpu: 9_000, backgroundMarkTime: 34_000,
    idleMarkTime: 230_000, markTermCpu: 1_000, heap0: 20 * MB, heap1: 20 * MB, heap2: 20 * MB,
    heapGoalMB: 8796093022197, userForced: true,
  }));
  assert.equal(line, "gc 5 @0.005s 8%: 0.004+0.26+0 ms clock, 0.009+0/0.034/0.23+0.001 ms cpu, " +
    "20->20->20 MB, 8796093022197 MB goal, 0 MB stacks, 0 MB globals, 2 P (forced)\n");
});

test("GC CPU accounting follows gcMarkTermination", () => {
  const acct = new GcCpuAccount();
  const times = {
    tSweepTerm: 1_000_000, tMark: 1_010_000, tMarkTerm: 1_510_000, tEnd: 1_520_000,
    assistTime: 100_000, dedicatedMarkTime: 0, fractionalMarkTime: 150_000, idleMarkTime: 900_000,
  };
  const r = acct.endCycle(times, 2, 2, 0, 0);
  assert.equal(r.sweepTermCpu, 20_000);
  assert.equal(r.markTermCpu, 20_000);
  // totaltime = 20k + 250k + 20k = 290k over 1.52 ms * 2 P = 9.5%.
  assert.equal(acct.totaltime, 290_000);
  assert.equal(r.utilPercent, 9);
});
