// Unit tests of the pacer's goal and trigger math against Go 1.19's mgcpacer.go rules.
//
// Method: build a GcController over a fake memory source, set heapMarked/stack/globals/runway
// directly, commit, and compare goal and trigger with values computed by hand from Go's
// formulas (and, for GOGC=off, with the goal a real Go 1.19 hello-world printed).

import { test } from "node:test";
import assert from "node:assert/strict";
import { GcController, PiController, maxInt64, type PacerMemSource } from "./mgcpacer.js";
import { Heap } from "./malloc.js";

const MiB = 1 << 20;

type MemNumbers = { heapFree: number; ready: number; alloc: number };

function fakeMem(over: Partial<MemNumbers> = {}): PacerMemSource {
  const m = { heapFree: 0, ready: 12 * MiB, alloc: 0, ...over };
  return { heapFree: m.heapFree, mappedReady: () => m.ready, heapAllocFlushed: () => m.alloc };
}

function controller(gogc: number, marked = 0, stacks = 0, globals = 0): GcController {
  const c = new GcController(fakeMem(), gogc);
  c.heapMarked = marked;
  c.heapLive = marked;
  c.lastStackScan = stacks;
  c.globalsScan = globals;
  c.commit(true);
  return c;
}

test("GOGC=100: 4 MiB minimum, then live + (live+stacks+globals)", () => {
  assert.equal(controller(100).heapGoal(), 4 * MiB);
  assert.equal(controller(100, 1 * MiB).heapGoal(), 4 * MiB);
  assert.equal(controller(100, 10 * MiB).heapGoal(), 20 * MiB);
  assert.equal(controller(100, 10 * MiB, MiB, MiB).heapGoal(), 22 * MiB);
});

test("GOGC=50 and GOGC=200 scale the goal and the minimum", () => {
  assert.equal(controller(50).heapGoal(), 2 * MiB);
  assert.equal(controller(50, 10 * MiB).heapGoal(), 15 * MiB);
  assert.equal(controller(200).heapGoal(), 8 * MiB);
  assert.equal(controller(200, 10 * MiB).heapGoal(), 30 * MiB);
  assert.equal(controller(200, 10 * MiB).heapMinimum, 8 * MiB);
});

test("trigger: 61/64 of the runway with no cons/mark history, 45/64 with a long runway", () => {
  const c = controller(100);
  assert.deepEqual(c.trigger(), [(4 * MiB / 64) * 61, 4 * MiB]);
  const d = controller(100, 10 * MiB);
  d.runway = 100 * MiB; // runway > goal -> minTrigger
  assert.equal(d.trigger()[0], 10 * MiB + (10 * MiB / 64) * 45);
  d.runway = 3 * MiB; // 17 MiB is below the 45/64 bound
  assert.equal(d.trigger()[0], 10 * MiB + (10 * MiB / 64) * 45);
  d.runway = 2 * MiB; // inside the bounds
  assert.equal(d.trigger()[0], 18 * MiB);
  // A large heap: the upper bound becomes goal - 4 MiB.
  const e = controller(100, 1000 * MiB);
  assert.equal(e.trigger()[0], 2000 * MiB - 4 * MiB);
});

test("runway comes from consMark and the last scan work", () => {
  const c = controller(100, 10 * MiB);
  c.consMark = 0.5;
  c.lastHeapScan = 2 * MiB;
  c.commit(true);
  assert.equal(c.runway, Math.floor(0.5 * 3 * 2 * MiB));
});

test("sweep distance and minimum runway push the goal up", () => {
  const c = controller(100, 0);
  c.heapLive = 3.9 * MiB;
  c.commit(false); // sweeping unfinished: at least heapLive + 1 MiB
  assert.equal(c.heapGoal(), 3.9 * MiB + MiB);
  c.commit(true);
  c.triggered = 4 * MiB;
  assert.equal(c.heapGoal(), 4 * MiB + (64 << 10));
});

test("GOGC=off: no GOGC goal, the memory limit paces (Go's 8796093022198 MB goal)", () => {
  // The numbers of a real Go 1.19 hello-world: Sys 12434448, HeapReleased 3604480,
  // HeapIdle 3637248, HeapAlloc 45352; Go printed "8796093022198 MB goal".
  const mem = fakeMem({ heapFree: 3637248 - 3604480, ready: 12434448 - 3604480, alloc: 45352 });
  const c = new GcController(mem, -1);
  assert.equal(c.gcPercentHeapGoal, Infinity);
  assert.equal(c.heapGoalExact(), 9223372036844975383n);
  c.endCycle(0, 1);
  assert.equal(c.lastHeapGoalMB, 8796093022198);
  const heap = new Heap({ gcPercent: -1 });
  const cache = heap.newMCache();
  for (let i = 0; i < 100_000; i++) heap.mallocgc(1000, false, cache);
  assert.equal(heap.startGCRequested, false);
});

test("GOMEMLIMIT below the GOGC goal lowers the goal", () => {
  const mem = fakeMem({ heapFree: 0, ready: 30 * MiB, alloc: 20 * MiB });
  const c = new GcController(mem, 100);
  c.heapMarked = 20 * MiB;
  c.commit(true);
  assert.equal(c.heapGoal(), 40 * MiB);
  c.setMemoryLimit(BigInt(32 * MiB));
  c.commit(true);
  // 32 MiB - (30 - 0 - 20) MiB non-heap - 1 MiB headroom.
  assert.equal(c.heapGoal(), 21 * MiB);
  assert.equal(c.setMemoryLimit(maxInt64), BigInt(32 * MiB));
});

test("SetGCPercent returns the old value and recommits", () => {
  const heap = new Heap();
  assert.equal(heap.setGCPercent(50), 100);
  assert.equal(heap.heapGoal(), 2 * MiB);
  assert.equal(heap.setGCPercent(-1), 50);
  assert.ok(heap.heapGoal() > 2 ** 62);
  assert.equal(heap.setGCPercent(100), -1);
  assert.equal(heap.heapGoal(), 4 * MiB);
});

test("the heap trigger fires at 61/64 of 4 MiB on a fresh heap", () => {
  const heap = new Heap();
  const c = heap.newMCache();
  let n = 0;
  while (!heap.startGCRequested) {
    heap.mallocgc(4096, false, c);
    n++;
  }
  assert.ok(heap.h.gcController.heapLive >= 3997696);
  assert.ok(heap.h.gcController.heapLive - 8192 < 3997696);
  assert.ok(n > 900 && n < 1000, `n=${n}`);
});

test("piController clamps and resets on overflow", () => {
  const p = new PiController(0.9, 4.0, 1000, -1000, 1000);
  const [out, ok] = p.next(0, 1, 1);
  assert.ok(ok);
  assert.ok(Math.abs(out - 0.9) < 1e-12);
  assert.deepEqual(p.next(0, Infinity, 1), [-1000, false]);
  assert.equal(p.errIntegral, 0);
});

test("endCycle updates consMark from the cycle's allocation and scan work", () => {
  const c = controller(100, 10 * MiB);
  c.startCycle(0, 4, false);
  assert.equal(c.dedicatedMarkWorkersNeeded, 1);
  assert.equal(c.fractionalUtilizationGoal, 0);
  c.heapLive = c.triggered + MiB;
  c.heapScanWork = 4 * MiB;
  c.endCycle(1_000_000, 4);
  // currentConsMark = 1 MiB * 0.25 / (4 MiB * 0.75) = 1/12; PI output = 0.9 * 1/12.
  assert.ok(Math.abs(c.consMark - 0.9 / 12) < 1e-12);
  const d = controller(100);
  d.startCycle(0, 2, false);
  assert.equal(d.dedicatedMarkWorkersNeeded, 0);
  assert.equal(d.fractionalUtilizationGoal, 0.25);
});
